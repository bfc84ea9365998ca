// Room: services — bulk imports for the desktop app: one at a time, run in the background of the
// host's process (Electron's main process, the harness's server) while the page watches. Each run
// is numbered; its progress (at most every PROGRESS_EVERY_MS, and the first and last), its end and
// its failure are told as events, which the host carries to the page. Cancel stops after the
// article in hand; the store's jobs make running the same source again resume where it stopped.
import { resolve } from 'node:path';
import type { Checker } from '../articles/createChecker.ts';
import type { ImportDefaults } from '../articles/import/ImportDefaults.ts';
import type { StoppedImport } from '../articles/import/importJobs.ts';
import type { ImportProgress, ImportSummary } from '../articles/import/runImport.ts';
import type { ArticleStore } from '../articles/openArticleStore.ts';
import type { Result } from '../result.ts';

export type ImportEvent =
  | { run: number; source: string; state: 'running'; progress: ImportProgress }
  | { run: number; source: string; state: 'finished'; summary: ImportSummary }
  | { run: number; source: string; state: 'failed'; error: { code: string; message: string } };

export interface ImportStatus {
  /** The last event of this session's latest import; null before the first. */
  current: ImportEvent | null;
  /** Imports that stopped before their end (cancelled, or cut off with the app): each can be resumed. */
  stopped: StoppedImport[];
}

export interface ImportRunner {
  /** Starts importing a folder or a CSV/JSON export; answers once it is planned (or refused). */
  startImport(source: string, defaults: ImportDefaults, onEvent: (event: ImportEvent) => void): Promise<Result<{ run: number }>>;
  /** Asks the run to stop after its article in hand; false when it is not running. */
  cancelImport(run: number): boolean;
  importStatus(): Result<ImportStatus>;
  /** Stops a run in progress (the app is closing). */
  stopImports(): void;
}

export interface ImportRunnerOptions {
  /** Milliseconds to wait between articles (tests watch the progress and cancel midway). */
  pauseMs?: number;
}

const PROGRESS_EVERY_MS = 100;

export function createImportRunner(store: () => Result<ArticleStore>, checker: Checker, options: ImportRunnerOptions = {}): ImportRunner {
  let runs = 0;
  let running: { run: number; source: string; controller: AbortController } | null = null;
  let latest: ImportEvent | null = null;

  return {
    startImport(source, defaults, onEvent) {
      if (running) {
        return Promise.resolve({
          ok: false,
          error: { code: 'import-running', message: `Đang nhập "${running.source}": hãy đợi lần nhập đó xong, hoặc dừng nó, rồi nhập tiếp.` },
        });
      }
      const s = store();
      if (!s.ok) return Promise.resolve(s);
      const run = ++runs;
      const mine = { run, source: resolve(source), controller: new AbortController() };
      running = mine;
      const emit = (event: ImportEvent): void => {
        latest = event;
        onEvent(event);
      };
      return new Promise((answer) => {
        let planned = false;
        let lastSent = 0;
        // Progress between two sends waits for the next one, so the page always hears the latest.
        let held: { progress: ImportProgress; timer: ReturnType<typeof setTimeout> } | null = null;
        const send = (progress: ImportProgress): void => {
          if (held) clearTimeout(held.timer);
          held = null;
          lastSent = performance.now();
          emit({ run, source: mine.source, state: 'running', progress });
        };
        const begin = (): void => {
          if (!planned) answer({ ok: true, value: { run } });
          planned = true;
        };
        const end = (): void => {
          if (held) clearTimeout(held.timer);
          held = null;
          if (running === mine) running = null;
        };
        s.value
          .importFrom(source, checker, {
            defaults,
            signal: mine.controller.signal,
            ...(options.pauseMs ? { pauseMs: options.pauseMs } : {}),
            onProgress: (progress) => {
              const since = performance.now() - lastSent;
              if (!planned || progress.done === progress.total || since >= PROGRESS_EVERY_MS) send(progress);
              else if (held) held.progress = progress;
              else held = { progress, timer: setTimeout(() => held && send(held.progress), PROGRESS_EVERY_MS - since) };
              begin();
            },
          })
          .then(
            (result) => {
              end();
              if (!result.ok && !planned) {
                // Refused before it began (no such folder, a busy job): the request's answer says why.
                planned = true;
                answer(result);
                return;
              }
              emit(result.ok ? { run, source: mine.source, state: 'finished', summary: result.value } : { run, source: mine.source, state: 'failed', error: result.error });
              begin();
            },
            (cause: unknown) => {
              end();
              const error = { code: 'import-failed', message: `Lần nhập bị gián đoạn: ${cause instanceof Error ? cause.message : String(cause)}. Chạy lại để tiếp tục.` };
              if (!planned) answer({ ok: false, error });
              else emit({ run, source: mine.source, state: 'failed', error });
              planned = true;
            },
          );
      });
    },
    cancelImport(run) {
      if (running?.run !== run) return false;
      running.controller.abort();
      return true;
    },
    importStatus() {
      const s = store();
      if (!s.ok) return s;
      const stopped = s.value.stoppedImports().filter((job) => job.source !== running?.source);
      return { ok: true, value: { current: latest, stopped } };
    },
    stopImports() {
      running?.controller.abort();
    },
  };
}
