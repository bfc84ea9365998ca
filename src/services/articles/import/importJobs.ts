// Room: services — bulk imports as rows, so an import outlives the process that ran it. A job is
// found again by its source: one left 'running' (the process died) or 'cancelled' continues with
// the items it has not recorded. Another process still working on it (alive, seen recently) is
// not disturbed. An export file that changed since is a new import.
import type Database from 'better-sqlite3';
import type { ImportDefaults } from './ImportDefaults.ts';

export interface ImportJob {
  id: number;
  source: string;
  kind: 'folder' | 'csv' | 'json';
  status: 'running' | 'cancelled' | 'done';
  total: number;
  defaults: ImportDefaults & { fingerprint?: string | null };
  pid: number | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ItemRecord {
  key: string;
  outcome: 'added' | 'updated' | 'unchanged' | 'failed';
  articleId: number | null;
  errorCode: string | null;
  message: string | null;
}

/** An import that stopped before its end (cancelled, or its process died), as a list shows it. */
export interface StoppedImport {
  jobId: number;
  source: string;
  kind: ImportJob['kind'];
  total: number;
  /** Items recorded, and how many of them failed. */
  done: number;
  failed: number;
  defaults: ImportDefaults;
  updatedAt: string;
}

/** A job whose process has not written for this long is taken to be dead. */
const STALE_MS = 60_000;

interface JobRow {
  id: number;
  source: string;
  source_kind: ImportJob['kind'];
  status: ImportJob['status'];
  total: number;
  defaults: string;
  pid: number | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

function job(r: JobRow): ImportJob {
  return {
    id: r.id,
    source: r.source,
    kind: r.source_kind,
    status: r.status,
    total: r.total,
    defaults: JSON.parse(r.defaults) as ImportJob['defaults'],
    pid: r.pid,
    startedAt: r.started_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    // EPERM: the process exists but belongs to someone else.
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const importJobs = {
  /** The unfinished job of this source, if any. */
  unfinished(db: Database.Database, source: string): ImportJob | null {
    const row = db
      .prepare(`SELECT * FROM import_jobs WHERE source = ? AND status IN ('running', 'cancelled') ORDER BY id DESC LIMIT 1`)
      .get(source) as JobRow | undefined;
    return row ? job(row) : null;
  },

  /** Every job that can be resumed: cancelled, or left running by a process that is gone (or by
   * this one: the caller knows which of its own imports is still running). */
  stopped(db: Database.Database, now: Date): StoppedImport[] {
    const rows = db
      .prepare(
        `SELECT j.*, count(i.item_key) AS done, coalesce(sum(i.outcome = 'failed'), 0) AS failed
           FROM import_jobs j LEFT JOIN import_items i ON i.job_id = j.id
          WHERE j.status IN ('running', 'cancelled') GROUP BY j.id ORDER BY j.updated_at DESC, j.id DESC`,
      )
      .all() as (JobRow & { done: number; failed: number })[];
    return rows
      .filter((r) => !importJobs.busyElsewhere(job(r), now))
      .map((r) => {
        const { fingerprint: _fingerprint, ...defaults } = job(r).defaults;
        return { jobId: r.id, source: r.source, kind: r.source_kind, total: r.total, done: r.done, failed: r.failed, defaults, updatedAt: r.updated_at };
      });
  },

  /** Whether another live process is running this job right now. */
  busyElsewhere(j: ImportJob, now: Date): boolean {
    if (j.status !== 'running' || j.pid === null || j.pid === process.pid) return false;
    return alive(j.pid) && now.getTime() - Date.parse(j.updatedAt) < STALE_MS;
  },

  start(db: Database.Database, source: string, kind: ImportJob['kind'], total: number, defaults: ImportJob['defaults'], now: string): ImportJob {
    const id = Number(
      db
        .prepare(
          `INSERT INTO import_jobs (source, source_kind, status, total, defaults, pid, started_at, updated_at) VALUES (?, ?, 'running', ?, ?, ?, ?, ?)`,
        )
        .run(source, kind, total, JSON.stringify(defaults), process.pid, now, now).lastInsertRowid,
    );
    return job(db.prepare('SELECT * FROM import_jobs WHERE id = ?').get(id) as JobRow);
  },

  /** Takes a job over: this process runs it now, with the current count of items. */
  resume(db: Database.Database, id: number, total: number, now: string): void {
    db.prepare(`UPDATE import_jobs SET status = 'running', pid = ?, total = ?, updated_at = ?, finished_at = NULL WHERE id = ?`).run(process.pid, total, now, id);
  },

  finish(db: Database.Database, id: number, status: 'cancelled' | 'done', now: string): void {
    db.prepare('UPDATE import_jobs SET status = ?, updated_at = ?, finished_at = ? WHERE id = ?').run(status, now, status === 'done' ? now : null, id);
  },

  /** Call inside the transaction that stores the item's article. */
  record(db: Database.Database, jobId: number, item: ItemRecord, now: string): void {
    db.prepare(
      `INSERT OR REPLACE INTO import_items (job_id, item_key, outcome, article_id, error_code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(jobId, item.key, item.outcome, item.articleId, item.errorCode, item.message, now);
    db.prepare('UPDATE import_jobs SET updated_at = ? WHERE id = ?').run(now, jobId);
  },

  items(db: Database.Database, jobId: number): ItemRecord[] {
    return (
      db.prepare('SELECT item_key, outcome, article_id, error_code, message FROM import_items WHERE job_id = ? ORDER BY at, item_key').all(jobId) as {
        item_key: string;
        outcome: ItemRecord['outcome'];
        article_id: number | null;
        error_code: string | null;
        message: string | null;
      }[]
    ).map((r) => ({ key: r.item_key, outcome: r.outcome, articleId: r.article_id, errorCode: r.error_code, message: r.message }));
  },
};
