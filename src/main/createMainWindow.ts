// Room: main — the one window, with Electron's security checklist applied: isolated and
// sandboxed renderer, no Node in the page, web security on, and the page loaded only from
// the app's own files (or the Vite dev server under `npm run dev`).
import { BrowserWindow } from 'electron';
import type { RendererLocation } from './isAppUrl.ts';

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  renderer: RendererLocation;
  rendererFile: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (options.renderer.kind === 'dev-server') {
    void window.loadURL(options.renderer.url);
  } else {
    void window.loadFile(options.rendererFile);
  }
  return window;
}
