// Bulk imports as the desktop app runs them: the answer once the import is planned (or why it is
// refused), its progress as events (throttled, the last one always told), cancel after the article
// in hand, the stopped import listed and resumed, one import at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeChecker } from '../articles/fakeChecker.testkit.ts';
import type { ArticleStore } from '../articles/openArticleStore.ts';
import { tempArticleStore, type TempArticleStore } from '../articles/tempArticleStore.testkit.ts';
import { createImportRunner, type ImportEvent, type ImportRunner } from './importRunner.ts';

let temp: TempArticleStore;
let dir: string;
let store: ArticleStore;

beforeEach(() => {
  temp = tempArticleStore('runner');
  ({ dir, store } = temp);
});
afterEach(() => {
  temp.close();
});

function folder(count: number): string {
  const path = join(dir, 'bai');
  mkdirSync(path, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(path, `2024-06-0${i}-bai-${i}.txt`), `Bài số ${i}\n\n[cover A#1] [figure-mismatch ${i},1%>${i},2%]`);
  writeFileSync(join(path, 'hong.docx'), 'không phải tệp Word');
  return path;
}

function runner(pauseMs?: number): ImportRunner {
  return createImportRunner(() => ({ ok: true, value: store }), fakeChecker, pauseMs ? { pauseMs } : {});
}

/** Starts an import and resolves with its events once it has ended. */
function run(imports: ImportRunner, source: string, onEvent: (event: ImportEvent, events: ImportEvent[]) => void = () => undefined) {
  const events: ImportEvent[] = [];
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const started = imports.startImport(source, { outlet: 'Báo X' }, (event) => {
    events.push(event);
    onEvent(event, events);
    if (event.state !== 'running') ended();
  });
  return { started, ended: end.then(() => events) };
}

describe('createImportRunner', () => {
  it('answers once planned, tells its progress and its end; the unreadable file is listed with the reason', async () => {
    const imports = runner();
    const { started, ended } = run(imports, folder(4));
    expect(await started).toEqual({ ok: true, value: { run: 1 } });
    const events = await ended;
    const running = events.filter((e) => e.state === 'running');
    expect(running[0]).toMatchObject({ run: 1, state: 'running', progress: { done: 0, total: 5 } });
    // Throttled, but the last progress is always told before the end.
    expect(running.at(-1)).toMatchObject({ progress: { done: 5, total: 5 } });
    const end = events.at(-1)!;
    expect(end.state === 'finished' && end.summary).toMatchObject({ added: 4, cancelled: false, failed: [{ key: 'hong.docx', message: expect.stringContaining('Không đọc được tệp Word') }] });
    expect(store.list().articles.every((a) => a.outlet === 'Báo X')).toBe(true);
    expect(imports.importStatus()).toMatchObject({ ok: true, value: { current: end, stopped: [] } });
  });

  it('refuses in the answer what cannot begin: a missing folder, a second import at once', async () => {
    const imports = runner(30);
    expect(await imports.startImport(join(dir, 'không-có'), {}, () => undefined)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { started, ended } = run(imports, folder(2));
    expect((await started).ok).toBe(true);
    expect(await imports.startImport(folder(2), {}, () => undefined)).toMatchObject({ ok: false, error: { code: 'import-running' } });
    await ended;
  });

  it('cancel stops after the article in hand; the stopped import is listed and resumes where it stopped', async () => {
    const imports = runner(60);
    const source = folder(4);
    const first = run(imports, source, (event) => {
      if (event.state === 'running' && event.progress.done >= 1) imports.cancelImport(event.run);
    });
    expect(await first.started).toEqual({ ok: true, value: { run: 1 } });
    const stoppedRun = (await first.ended).at(-1)!;
    expect(stoppedRun.state === 'finished' && stoppedRun.summary.cancelled).toBe(true);
    expect(imports.cancelImport(1)).toBe(false);
    const status = imports.importStatus();
    expect(status.ok && status.value.stopped).toEqual([
      { jobId: 1, source, kind: 'folder', total: 5, done: expect.any(Number), failed: expect.any(Number), defaults: { outlet: 'Báo X' }, updatedAt: expect.any(String) },
    ]);

    const second = run(imports, source);
    expect(await second.started).toEqual({ ok: true, value: { run: 2 } });
    const end = (await second.ended).at(-1)!;
    expect(end.state === 'finished' && end.summary).toMatchObject({ resumed: true, added: 4, cancelled: false, total: 5 });
    expect(store.list().total).toBe(4);
    expect(imports.importStatus()).toMatchObject({ ok: true, value: { stopped: [] } });
  });
});
