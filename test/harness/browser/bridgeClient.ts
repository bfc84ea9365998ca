// window.soat for the browser harness: the same typed API as the Electron preload
// (src/preload/index.ts), built from the same table of use cases, each a POST to the bridge
// server instead of an IPC message. The page cannot tell the difference. Opening a file shows
// the browser's file picker here where Electron shows its open dialog; menu commands do not
// exist in a browser (the page's own shortcuts do the same). Main's events (the bulk import's
// progress) arrive as server-sent events; a browser cannot tell a folder's path, so the import
// screen asks for it typed (choosesPaths: false).
import { ArticleChannel, IMPORT_EVENT, isImportEvent } from '../../../src/shared/articleChannels.ts';
import type { ArticleApi } from '../../../src/shared/ArticleApi.ts';
import type { ImportEvent } from '../../../src/shared/articleSchemas.ts';
import { AuditChannel } from '../../../src/shared/auditChannels.ts';
import { Channel } from '../../../src/shared/channels.ts';
import { DesktopChannel } from '../../../src/shared/desktopChannels.ts';
import type { AuditApi } from '../../../src/shared/AuditApi.ts';
import type { DesktopApi, SoatApi } from '../../../src/shared/SoatApi.ts';
import { fromWire, toWire, type WireAnswer } from '../wire.ts';

async function call(channel: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: toWire(args),
  });
  const answer = fromWire(await response.text()) as WireAnswer;
  if (!answer.ok) throw new Error(answer.message);
  return answer.value;
}

/** The browser's file picker; the chosen file, or null when the user cancels. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const done = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

const bytesOf = async (file: File) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

const desktop = Object.fromEntries(
  Object.entries({ ...DesktopChannel, ...AuditChannel, ...ArticleChannel }).map(([method, channel]) => [method, (...args: unknown[]) => call(channel, args)]),
) as unknown as DesktopApi & AuditApi & ArticleApi;

/** The bridge's event stream, open while someone listens. */
const importListeners = new Set<(event: ImportEvent) => void>();
let events: EventSource | null = null;

function onImportEvent(listener: (event: ImportEvent) => void): () => void {
  importListeners.add(listener);
  if (events === null) {
    events = new EventSource('/bridge/events');
    events.addEventListener(IMPORT_EVENT, (message) => {
      const event = fromWire((message as MessageEvent<string>).data);
      if (isImportEvent(event)) for (const heard of importListeners) heard(event);
    });
  }
  return () => {
    importListeners.delete(listener);
    if (importListeners.size === 0) {
      events?.close();
      events = null;
    }
  };
}

const api: SoatApi = {
  ...desktop,
  appInfo: () => call(Channel.appInfo, []) as ReturnType<SoatApi['appInfo']>,
  async openDraftFile() {
    const file = await pickFile('.txt,.docx,text/plain');
    return file === null ? null : api.readDraftFile(await bytesOf(file));
  },
  async openDirectiveFile() {
    const file = await pickFile('.txt,.docx,.pdf,text/plain,application/pdf');
    return file === null ? null : api.previewDirectiveFile(await bytesOf(file));
  },
  onCommand: () => () => undefined,
  onImportEvent,
  choosesPaths: false,
};

Object.defineProperty(window, 'soat', { value: Object.freeze(api), enumerable: true });
