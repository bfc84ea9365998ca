// Room: main — Electron glue only: app lifecycle, the window, the menu, security settings and
// IPC wiring. Work is done in src/services; this file stays thin.
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, Menu, screen, session, type BrowserWindow } from 'electron';
import type { AppServices } from '../services/app/createAppServices.ts';
import { openAppServices } from '../services/app/openAppServices.ts';
import { defaultDatabasePath } from '../services/defaultDatabasePath.ts';
import { COMMAND_EVENT, type AppCommand } from '../shared/desktopChannels.ts';
import { applicationMenuTemplate } from './applicationMenuTemplate.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { createMainWindow } from './createMainWindow.ts';
import { electronPrinter } from './electronHtmlPrinter.ts';
import { gatedEvents } from './gatedEvents.ts';
import { isAppUrl, type RendererLocation } from './isAppUrl.ts';
import { registerIpcHandlers } from './registerIpcHandlers.ts';
import { rememberWindowState } from './rememberWindowState.ts';
import { fitToScreens, loadWindowState, WINDOW_STATE_FILE } from './windowState.ts';

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

// The same library file as the CLI (`soat … --db` aside): the user's Soát data folder.
const databasePath = defaultDatabasePath(process.platform, process.env, homedir());
const dataFolder = dirname(databasePath);
// The sample directives that seed a new library ship beside the app.
const seedFolder = app.isPackaged ? join(process.resourcesPath, 'directives') : join(app.getAppPath(), 'resources', 'directives');

function userName(): string {
  try {
    return userInfo().username || 'người dùng';
  } catch {
    return 'người dùng';
  }
}

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

  // No page may navigate away (a file dropped outside the drop zones included), open windows
  // or embed webviews.
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

  void app.whenReady().then(async () => {
    const policy = contentSecurityPolicy(isDevelopment ? 'development' : 'production');
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    // The window shows at once; the library opens (and, the first time, is created and seeded)
    // meanwhile, and requests wait for it.
    // A thrown error (a disk that fails mid-seed) becomes the same message as a refused opening.
    const opening = openAppServices({ databasePath, seedFrom: seedFolder, author: userName() }).catch(
      (cause: unknown) =>
        ({ ok: false, error: { code: 'open-failed', message: `Không mở được thư viện ${databasePath}: ${cause instanceof Error ? cause.message : String(cause)}` } }) as const,
    );
    const services = async (): Promise<AppServices> => {
      const opened = await opening;
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.value.services;
    };
    void opening.then((opened) => {
      if (!opened.ok) dialog.showErrorBox('Không mở được thư viện văn bản chỉ đạo', opened.error.message);
    });

    const chooseFile = async (purpose: 'draft' | 'directive'): Promise<string | null> => {
      const options = {
        title: purpose === 'draft' ? 'Mở bản thảo' : 'Nhập văn bản chỉ đạo',
        properties: ['openFile' as const],
        filters:
          purpose === 'draft'
            ? [{ name: 'Bản thảo (.txt, .docx)', extensions: ['txt', 'docx'] }]
            : [{ name: 'Văn bản chỉ đạo (.txt, .docx, .pdf)', extensions: ['txt', 'docx', 'pdf'] }],
      };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    };
    const library = async () => {
      const opened = await opening;
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.value.library;
    };
    const chooseImportSource = async (kind: 'folder' | 'file'): Promise<string | null> => {
      const options =
        kind === 'folder'
          ? { title: 'Chọn thư mục bài viết', properties: ['openDirectory' as const] }
          : {
              title: 'Chọn tệp xuất từ hệ thống quản trị nội dung',
              properties: ['openFile' as const],
              filters: [{ name: 'Tệp CSV hoặc JSON', extensions: ['csv', 'tsv', 'json', 'ndjson', 'jsonl'] }],
            };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    };
    // Events reach the window's page only, checked against the shared contract first.
    const sendEvent = gatedEvents((channel, payload) => mainWindow?.webContents.send(channel, payload));
    registerIpcHandlers({
      isTrustedSender: isTrusted,
      appName: APP_NAME,
      appVersion: app.getVersion(),
      services,
      chooseFile,
      chooseImportSource,
      sendEvent,
      library,
      printer: electronPrinter,
    });

    const showAbout = (): void => {
      void dialog.showMessageBox({
        type: 'info',
        title: 'Giới thiệu về Soát',
        message: `${APP_NAME} ${app.getVersion()}`,
        detail: `Kiểm tra bản thảo theo các văn bản chỉ đạo, định hướng tuyên truyền cho tòa soạn.\n\nThư viện: ${databasePath}`,
        buttons: ['Đóng'],
      });
    };
    const send = (command: AppCommand): void => mainWindow?.webContents.send(COMMAND_EVENT, command);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, isDevelopment, showAbout, send })),
    );

    const stateFile = join(dataFolder, WINDOW_STATE_FILE);
    const bounds = fitToScreens(await loadWindowState(stateFile), screen.getAllDisplays().map((display) => display.workArea));
    mainWindow = createMainWindow({
      title: WINDOW_TITLE,
      preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      renderer,
      rendererFile,
      bounds,
    });
    rememberWindowState(mainWindow, stateFile);
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });

  app.on('window-all-closed', () => {
    app.quit();
  });
}

