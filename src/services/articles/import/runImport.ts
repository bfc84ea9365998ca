// Room: services — a bulk import: every article of a folder or CMS export read, checked and
// stored, with progress (count, time left), cancel (an AbortSignal, honoured between articles) and
// resume after a crash. Each article is stored in its own transaction together with the job's
// record of that item, so a process killed at any moment leaves every finished article stored and
// recorded, and nothing half-written; running the same import again skips what is recorded.
// Files that cannot be read are recorded as failures with the reason, and the import goes on.
import type Database from 'better-sqlite3';
import type { Result } from '../../result.ts';
import type { Checker } from '../createChecker.ts';
import { saveArticle } from '../saveArticle.ts';
import type { ImportDefaults } from './ImportDefaults.ts';
import { importJobs, type ItemRecord } from './importJobs.ts';
import { planImport } from './planImport.ts';

export interface ImportProgress {
  total: number;
  /** Items finished, by this run and by earlier runs of the same job. */
  done: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Time this run has taken, and the estimate of the time left at its pace. */
  elapsedMs: number;
  remainingMs: number | null;
  /** The item just finished. */
  current: string | null;
}

export interface ImportOptions {
  defaults?: ImportDefaults;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Milliseconds to wait between articles (the desktop app's tests watch progress and cancel). */
  pauseMs?: number;
}

export interface ImportSummary {
  jobId: number;
  source: string;
  kind: 'folder' | 'csv' | 'json';
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Every item of the job that could not be imported, with the reason in Vietnamese. */
  failed: { key: string; message: string }[];
  /** Files of the folder that are not articles. */
  ignored: string[];
  /** Whether this run continued an interrupted one, and how many items that one had finished. */
  resumed: boolean;
  alreadyDone: number;
  cancelled: boolean;
  elapsedMs: number;
}

/** Let the event loop run (a Ctrl+C handler, a progress repaint) between articles. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runImport(
  db: Database.Database,
  sourcePath: string,
  checker: Checker,
  options: ImportOptions & { now: () => string },
): Promise<Result<ImportSummary>> {
  const { now } = options;
  const defaults = options.defaults ?? {};
  const planned = await planImport(sourcePath, defaults);
  if (!planned.ok) return planned;
  const plan = planned.value;

  let job = importJobs.unfinished(db, plan.source);
  if (job && importJobs.busyElsewhere(job, new Date(now()))) {
    return {
      ok: false,
      error: {
        code: 'import-busy',
        message: `"${sourcePath}" đang được nhập bởi một tiến trình khác (số ${job.pid}). Hãy đợi tiến trình đó xong, hoặc dừng nó rồi chạy lại để tiếp tục.`,
      },
    };
  }
  // An export file that changed since the interrupted run is a new import; its rows are not the same.
  if (job && (job.kind !== plan.kind || (job.defaults.fingerprint ?? null) !== plan.fingerprint)) {
    importJobs.finish(db, job.id, 'done', now());
    job = null;
  }
  const resumed = job !== null;
  if (job) importJobs.resume(db, job.id, plan.items.length, now());
  else job = importJobs.start(db, plan.source, plan.kind, plan.items.length, { ...defaults, fingerprint: plan.fingerprint }, now());
  const jobId = job.id;

  const earlier = importJobs.items(db, jobId);
  const recorded = new Set(earlier.map((r) => r.key));
  const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of earlier) counts[r.outcome] += 1;
  const alreadyDone = earlier.length;
  const total = plan.items.length;
  const started = performance.now();
  let doneThisRun = 0;
  let cancelled = false;

  const progress = (current: string | null): void => {
    if (!options.onProgress) return;
    const elapsedMs = performance.now() - started;
    const done = alreadyDone + doneThisRun;
    options.onProgress({
      total,
      done,
      ...counts,
      elapsedMs,
      remainingMs: doneThisRun > 0 ? ((total - done) * elapsedMs) / doneThisRun : null,
      current,
    });
  };
  progress(null);

  for (const item of plan.items) {
    if (recorded.has(item.key)) continue;
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const loaded = await item.load();
    let record: ItemRecord;
    if (!loaded.ok) {
      record = { key: item.key, outcome: 'failed', articleId: null, errorCode: loaded.error.code, message: loaded.error.message };
      db.transaction(() => importJobs.record(db, jobId, record, now()))();
    } else {
      const at = now();
      const saved = saveArticle(db, { input: loaded.value }, { checker, now: at, by: null }, (outcome) => {
        record = { key: item.key, outcome: outcome.change, articleId: outcome.article.id, errorCode: null, message: null };
        importJobs.record(db, jobId, record, at);
      });
      if (!saved.ok) {
        record = { key: item.key, outcome: 'failed', articleId: null, errorCode: saved.error.code, message: saved.error.message };
        db.transaction(() => importJobs.record(db, jobId, record, now()))();
      }
    }
    counts[record!.outcome] += 1;
    doneThisRun += 1;
    progress(item.key);
    await (options.pauseMs ? new Promise((resolve) => setTimeout(resolve, options.pauseMs)) : breathe());
  }

  importJobs.finish(db, jobId, cancelled ? 'cancelled' : 'done', now());
  const failed = importJobs
    .items(db, jobId)
    .filter((r) => r.outcome === 'failed')
    .map((r) => ({ key: r.key, message: r.message ?? '' }));
  return {
    ok: true,
    value: {
      jobId,
      source: plan.source,
      kind: plan.kind,
      total,
      ...counts,
      failed,
      ignored: plan.ignored,
      resumed,
      alreadyDone,
      cancelled,
      elapsedMs: performance.now() - started,
    },
  };
}
