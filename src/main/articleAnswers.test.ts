// The article channels' answers behind the same gate as IPC, on the app's real services (an empty
// library, so checks find nothing): a draft saved and signed off, the import's events leaving
// through the event gate, the host's dialog for an import's source, and refused arguments.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../services/app/createAppServices.ts';
import { openLibrary, type Library } from '../services/library/openLibrary.ts';
import { ArticleChannel as C, IMPORT_EVENT } from '../shared/articleChannels.ts';
import { answerIpc } from './answerIpc.ts';
import { articleAnswers } from './articleAnswers.ts';
import { gatedEvents } from './gatedEvents.ts';

const dir = mkdtempSync(join(tmpdir(), 'soat-article-answers-'));
let library: Library;
let services: AppServices;
const trusted = () => true;
const sent: [string, unknown][] = [];

beforeAll(async () => {
  const opened = await openLibrary(join(dir, 'soat.db'), { seedFrom: null });
  if (!opened.ok) throw new Error(opened.error.message);
  library = opened.value;
  services = createAppServices({ library, dataFolder: dir, author: 'Lan' });
});
afterAll(() => {
  services.close();
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

const answers = () =>
  articleAnswers({
    services: async () => services,
    chooseImportSource: async (kind) => (kind === 'folder' ? '/home/lan/bai' : null),
    sendEvent: gatedEvents((channel, payload) => void sent.push([channel, payload])),
  });
const call = <K extends keyof typeof C>(method: K, args: unknown[]) => answerIpc(C[method], trusted, answers()[C[method]] as never)('app://', args) as Promise<any>;

describe('article answers', () => {
  it('save, then sign off a draft with no errors', async () => {
    const saved = await call('saveArticle', [{ articleId: null, text: 'Bài không lỗi.', date: '2024-06-05', directives: [], title: 'Bài một', outlet: 'Báo X' }]);
    expect(saved).toMatchObject({ ok: true, value: { change: 'added', article: { id: 1, version: 1, status: 'resolved' } } });
    expect(await call('signOffArticle', [1, 'Trần Thị Lan'])).toMatchObject({ ok: true, value: { status: 'signed', signOff: { name: 'Trần Thị Lan' } } });
    expect(await call('articleOutlets', [])).toEqual({ ok: true, value: ['Báo X'] });
    expect(await call('resolveFinding', [1, 'không-có', { resolution: 'fixed' }])).toMatchObject({ ok: false, error: { code: 'finding-not-found' } });
  });

  it('the host chooses an import source; the import answers, and its events leave through the gate', async () => {
    expect(await call('chooseImportSource', ['folder'])).toBe('/home/lan/bai');
    const folder = join(dir, 'bai');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Bài A\n\nNội dung.');
    expect(await call('startImport', [folder, { outlet: 'Báo X', date: '2024-06-05' }])).toEqual({ ok: true, value: { run: 1 } });
    await expect.poll(() => sent.some(([, e]) => (e as { state: string }).state === 'finished')).toBe(true);
    expect(sent.every(([channel]) => channel === IMPORT_EVENT)).toBe(true);
    expect(await call('importStatus', [])).toMatchObject({ ok: true, value: { current: { state: 'finished', summary: { added: 1 } }, stopped: [] } });
    expect(await call('cancelImport', [1])).toBe(false);
  });

  it('refuses what the contract does not allow', async () => {
    await expect(call('saveArticle', [{ articleId: 0, text: 'x', date: '2024-06-05', directives: [] }])).rejects.toThrow('Tham số không hợp lệ');
    await expect(call('startImport', ['', {}])).rejects.toThrow('Tham số không hợp lệ');
    await expect(call('startImport', ['/tmp', { date: '5/6/2024' }])).rejects.toThrow('Tham số không hợp lệ');
    await expect(call('resolveFinding', [1, 'k', { resolution: 'ignored' }])).rejects.toThrow('Tham số không hợp lệ');
    await expect(call('chooseImportSource', ['drive'])).rejects.toThrow('Tham số không hợp lệ');
  });

  it('an event that breaks the contract never leaves', () => {
    const delivered: unknown[] = [];
    const send = gatedEvents((_channel, payload) => void delivered.push(payload));
    expect(() => send(IMPORT_EVENT, { run: 0, source: 'x', state: 'running' } as never)).toThrow();
    expect(delivered).toEqual([]);
  });
});
