// Electron cannot start on our build machines, so main's wiring is checked against a stand-in
// `electron` module: the security settings of the window, the policy header, blocked
// navigation and pop-ups, denied permissions, the single-instance lock and the IPC gate.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Channel } from '../shared/channels.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

// The data folder (library, draft, window place) of these tests: never the user's own.
const configHome = mkdtempSync(join(tmpdir(), 'soat-main-'));
process.env['XDG_CONFIG_HOME'] = configHome;
const dataFolder = join(configHome, 'Soat');
const repository = fileURLToPath(new URL('../../', import.meta.url));

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
    sent: [] as unknown[][],
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    errorBoxes: [] as string[],
  };
  class BrowserWindow {
    loadedFile?: string;
    loadedUrl?: string;
    listeners = new Map<string, Listener>();
    webContents = { send: (...args: unknown[]) => void state.sent.push(args) };
    constructor(public options: any) {
      state.windows.push(this as never);
    }
    once() {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    show() {}
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width, height: this.options.height };
    }
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
      getAppPath: () => repository,
      quit: () => void (state.quit += 1),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
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
    dialog: {
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve(state.openDialogAnswer),
      showErrorBox: (title: string) => void state.errorBoxes.push(title),
    },
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
  state.sent.length = 0;
  state.quit = 0;
  await import('./index.ts');
  await vi.waitUntil(() => state.windows.length > 0 || state.quit > 0, { timeout: 5000 }); // let app.whenReady() settle
  // Let the library finish opening (and seeding, the first time) before the next test opens it again.
  if (state.windows.length > 0) await invoke(Channel.listDirectives);
}

/** Calls a channel the way the page does: from the app's own page. */
async function invoke(channel: string, ...args: unknown[]): Promise<any> {
  const appPage = pathToFileURL(state.windows[0]!.loadedFile!).href;
  return state.ipc.get(channel)!({ senderFrame: { url: appPage } }, ...args);
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

  it('sets the Vietnamese menu, whose commands reach the page', async () => {
    await startMain();
    const labels = state.menuTemplate?.map((item) => item.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']));
    const open = state.menuTemplate?.find((item) => item.label === 'Tệp').submenu[0];
    open.click();
    expect(state.sent).toEqual([['soat:command', 'open-draft']]);
  });

  it('answers every channel of the contract, each behind the gate', async () => {
    await startMain();
    expect([...state.ipc.keys()].sort()).toEqual(Object.values(Channel).sort());
    const checkDraft = state.ipc.get(Channel.checkDraft)!;
    await expect(checkDraft({ senderFrame: { url: 'https://example.com/' } }, 'bài', { date: '2024-06-03' })).rejects.toThrow(/Từ chối/);
    await expect(invoke(Channel.checkDraft, 'bài', { date: 'hôm nay' })).rejects.toThrow(/Tham số không hợp lệ/);
  });

  it('creates and seeds the library in the data folder on first start, and checks drafts against it', async () => {
    await startMain();
    const directives = await invoke(Channel.listDirectives);
    expect(directives.length).toBe(5);
    expect(existsSync(join(dataFolder, 'soat.db'))).toBe(true);
    const draft = readFileSync(join(repository, 'resources/samples/ban-thao-mau.txt'), 'utf8');
    const report = await invoke(Channel.checkDraft, draft, { date: '2024-06-03' });
    expect(report.summary.errors).toBeGreaterThan(0);
  }, 30_000);

  it('opens a draft through the open dialog; cancelling opens nothing', async () => {
    await startMain();
    state.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(await invoke(Channel.openDraftFile)).toBeNull();
    const path = join(repository, 'resources/samples/ban-thao-mau.txt');
    state.openDialogAnswer = { canceled: false, filePaths: [path] };
    expect(await invoke(Channel.openDraftFile)).toEqual({ ok: true, value: { name: 'ban-thao-mau.txt', text: readFileSync(path, 'utf8') } });
  }, 30_000);

  it('opens the window where it was left, and remembers where it is when closed', async () => {
    mkdirSync(dataFolder, { recursive: true });
    writeFileSync(join(dataFolder, 'cua-so.json'), JSON.stringify({ x: 40, y: 30, width: 1000, height: 700, maximized: false }));
    await startMain();
    expect(state.windows[0]!.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    const window = state.windows[0] as any;
    window.options.x = 60;
    window.listeners.get('close')();
    await vi.waitUntil(() => JSON.parse(readFileSync(join(dataFolder, 'cua-so.json'), 'utf8')).x === 60);
  });

  it('a library that cannot be opened is said in words, and requests are refused with the reason', async () => {
    const blocked = mkdtempSync(join(tmpdir(), 'soat-main-blocked-'));
    writeFileSync(join(blocked, 'Soat'), 'a file where the data folder should be');
    process.env['XDG_CONFIG_HOME'] = blocked;
    state.errorBoxes.length = 0;
    try {
      vi.resetModules();
      state.windows.length = 0;
      await import('./index.ts');
      await vi.waitUntil(() => state.windows.length > 0);
      await vi.waitUntil(() => state.errorBoxes.length > 0);
      expect(state.errorBoxes).toEqual(['Không mở được thư viện văn bản chỉ đạo']);
      const appPage = pathToFileURL(state.windows[0]!.loadedFile!).href;
      await expect(state.ipc.get(Channel.listDirectives)!({ senderFrame: { url: appPage } })).rejects.toThrow(/Không tạo được thư mục dữ liệu/);
    } finally {
      process.env['XDG_CONFIG_HOME'] = configHome;
    }
  });

  it('a broken window file opens the default window', async () => {
    mkdirSync(dataFolder, { recursive: true });
    writeFileSync(join(dataFolder, 'cua-so.json'), '{"x": 4');
    await startMain();
    expect(state.windows[0]!.options).toMatchObject({ width: 1280, height: 820 });
    expect(state.windows[0]!.options).not.toHaveProperty('x');
  });

  it('a second instance quits and opens no window', async () => {
    state.hasLock = false;
    vi.resetModules();
    state.windows.length = 0;
    state.quit = 0;
    await import('./index.ts');
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
  });
});
