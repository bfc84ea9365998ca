// Room: main — Electron glue only: app lifecycle, the window, the menu, security settings and
// IPC wiring. Work is done in src/services; this file stays thin.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { applicationMenuTemplate } from './applicationMenuTemplate.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { createMainWindow } from './createMainWindow.ts';
import { isAppUrl, type RendererLocation } from './isAppUrl.ts';
import { registerIpcHandlers } from './registerIpcHandlers.ts';

const APP_NAME = 'Soát';
const WINDOW_TITLE = 'Soát — kiểm tra tuân thủ';

// electron-vite sets ELECTRON_RENDERER_URL under `npm run dev` only.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
const renderer: RendererLocation = devServerUrl
  ? { kind: 'dev-server', url: devServerUrl }
  : { kind: 'file', url: pathToFileURL(rendererFile).href };
const isDevelopment = renderer.kind === 'dev-server';
const isTrusted = (url: string | undefined): boolean => isAppUrl(url, renderer);

let mainWindow: BrowserWindow | undefined;

// Every renderer is sandboxed, whatever a future window forgets to say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // No page may navigate away, open windows or embed webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrusted(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrusted(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    const policy = contentSecurityPolicy(isDevelopment ? 'development' : 'production');
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    registerIpcHandlers({ isTrustedSender: isTrusted, appName: APP_NAME, appVersion: app.getVersion() });

    const showAbout = (): void => {
      void dialog.showMessageBox({
        type: 'info',
        title: 'Giới thiệu về Soát',
        message: `${APP_NAME} ${app.getVersion()}`,
        detail: 'Kiểm tra bản thảo theo các văn bản chỉ đạo, định hướng tuyên truyền cho tòa soạn.',
        buttons: ['Đóng'],
      });
    };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, isDevelopment, showAbout })),
    );

    mainWindow = createMainWindow({
      title: WINDOW_TITLE,
      preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      renderer,
      rendererFile,
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });

  app.on('window-all-closed', () => {
    app.quit();
  });
}
