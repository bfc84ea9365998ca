// Electron cannot start on our build machines, so main's wiring is checked against a stand-in
// `electron` module: the security settings of the window, the policy header, blocked
// navigation and pop-ups, denied permissions, the single-instance lock and the IPC gate.
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

type Listener = (...args: any[]) => unknown;

const electron = vi.hoisted(() => {
  const state = {
    hasLock: true,
    appEvents: new Map<string, Listener>(),
    windows: [] as { options: any; loadedFile?: string; loadedUrl?: string }[],
    ipc: new Map<string, Listener>(),
    onHeadersReceived: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    menuTemplate: undefined as any[] | undefined,
    quit: 0,
    sandboxEnabled: 0,
  };
  class BrowserWindow {
    loadedFile?: string;
    loadedUrl?: string;
    constructor(public options: unknown) {
      state.windows.push(this as never);
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    loadFile(file: string) {
      this.loadedFile = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  const module = {
    app: {
      isPackaged: false,
      enableSandbox: () => void (state.sandboxEnabled += 1),
      requestSingleInstanceLock: () => state.hasLock,
      on: (event: string, listener: Listener) => void state.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      quit: () => void (state.quit += 1),
    },
    BrowserWindow,
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: Listener) => void (state.onHeadersReceived = listener) },
        setPermissionRequestHandler: (listener: Listener) => void (state.permissionRequest = listener),
        setPermissionCheckHandler: (listener: Listener) => void (state.permissionCheck = listener),
      },
    },
    Menu: {
      buildFromTemplate: (template: any[]) => ({ template }),
      setApplicationMenu: (menu: { template: any[] }) => void (state.menuTemplate = menu.template),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => void state.ipc.set(channel, listener) },
    dialog: { showMessageBox: () => Promise.resolve({ response: 0 }) },
  };
  return { state, module };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { state } = electron;

async function startMain(): Promise<void> {
  vi.resetModules();
  state.appEvents.clear();
  state.ipc.clear();
  state.windows.length = 0;
  state.quit = 0;
  await import('./index.ts');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let app.whenReady() settle
}

/** A stand-in webContents that records its listeners. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => void (openHandler = handler),
    fire(event: string, url?: string): boolean {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

describe('main process (with a stand-in electron)', () => {
  beforeEach(() => {
    state.hasLock = true;
    delete process.env['ELECTRON_RENDERER_URL'];
  });

  it('opens one isolated, sandboxed window without Node, loading the built renderer', async () => {
    await startMain();
    expect(state.sandboxEnabled).toBeGreaterThan(0);
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window.options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.loadedFile).toMatch(/[/\\]renderer[/\\]index\.html$/);
    expect(window.options.title).toBe('Soát — kiểm tra tuân thủ');
  });

  it('sends the strict Content-Security-Policy with every response', async () => {
    await startMain();
    let answer: any;
    state.onHeadersReceived?.({ responseHeaders: { 'X-Other': ['1'] } }, (response: unknown) => (answer = response));
    expect(answer.responseHeaders).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [contentSecurityPolicy('production')],
    });
  });

  it('denies every permission request', async () => {
    await startMain();
    let granted: boolean | undefined;
    state.permissionRequest?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(state.permissionCheck?.()).toBe(false);
  });

  it('blocks navigation away from the app, new windows and webviews', async () => {
    await startMain();
    const contents = fakeContents();
    state.appEvents.get('web-contents-created')?.({}, contents);
    const appPage = pathToFileURL(state.windows[0]!.loadedFile!).href;
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', appPage)).toBe(false);
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('answers appInfo only to the app page', async () => {
    await startMain();
    const appInfo = state.ipc.get('soat:app-info')!;
    const appPage = pathToFileURL(state.windows[0]!.loadedFile!).href;
    await expect(appInfo({ senderFrame: { url: appPage } })).resolves.toEqual({ name: 'Soát', version: '0.1.0' });
    await expect(appInfo({ senderFrame: { url: 'https://example.com/' } })).rejects.toThrow(/Từ chối/);
    await expect(appInfo({ senderFrame: { url: appPage } }, 'thừa')).rejects.toThrow(/Tham số không hợp lệ/);
  });

  it('sets the Vietnamese menu', async () => {
    await startMain();
    const labels = state.menuTemplate?.map((item) => item.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']));
  });

  it('a second instance quits and opens no window', async () => {
    state.hasLock = false;
    await startMain();
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
  });
});
