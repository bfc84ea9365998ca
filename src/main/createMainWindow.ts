// Room: main — the one window, with Electron's security checklist applied: isolated and
// sandboxed renderer, no Node in the page, web security on, and the page loaded only from
// the app's own files (or the Vite dev server under `npm run dev`). It opens where the user
// left it (windowState.ts).
import { BrowserWindow } from 'electron';
import type { RendererLocation } from './isAppUrl.ts';
import { MIN_SIZE, type WindowState } from './windowState.ts';

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  renderer: RendererLocation;
  rendererFile: string;
  /** Size, place (absent: centred) and whether it was maximized. */
  bounds: WindowState;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { x, y, width, height, maximized } = options.bounds;
  const window = new BrowserWindow({
    title: options.title,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  if (options.renderer.kind === 'dev-server') {
    void window.loadURL(options.renderer.url);
  } else {
    void window.loadFile(options.rendererFile);
  }
  return window;
}
