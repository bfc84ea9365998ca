// Resume after a crash, for real: `soat import` runs in a child process and is killed with
// SIGKILL in the middle of a folder. Nothing it had stored is lost or half-written, the job says
// which files are done, and running the same command again finishes the rest without importing
// anything twice.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli/runCli.ts';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'soat-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNT = 200;
/** Kill once this many articles are recorded: well into the run, far from its end. */
const KILL_AFTER = 20;

/** COUNT article files made of the labelled drafts, each with its own date and a line of its own. */
function articleFolder(): string {
  const eval_ = join(root, 'test/fixtures/eval');
  const drafts = readdirSync(eval_)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.txt$/u, ''), text: readFileSync(join(eval_, f), 'utf8'), date: (JSON.parse(readFileSync(join(eval_, f.replace(/\.txt$/u, '.json')), 'utf8')) as { date: string }).date }));
  const folder = join(dir, 'bai');
  mkdirSync(folder);
  for (let i = 0; i < COUNT; i++) {
    const d = drafts[i % drafts.length]!;
    writeFileSync(join(folder, `${d.date}-${String(i).padStart(3, '0')}-${d.slug}.txt`), `${d.text}\n\nBài số ${i} của đợt nhập thử.\n`);
  }
  return folder;
}

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

describe('soat import killed mid-way', () => {
  it('keeps every article already imported and resumes where it stopped', async () => {
    const folder = articleFolder();
    const dbPath = join(dir, 'soat.db');
    const child = spawn(process.execPath, [join(root, 'bin/soat.mjs'), 'import', folder, '--db', dbPath, '--outlet', 'Báo thử'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

    // Watch the database from outside, as a second reader (WAL lets it read while the child writes).
    let recorded = 0;
    const deadline = Date.now() + 60_000;
    while (recorded < KILL_AFTER && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        const db = new Database(dbPath, { readonly: true, fileMustExist: true });
        try {
          recorded = count(db, 'SELECT count(*) AS n FROM import_items');
        } finally {
          db.close();
        }
      } catch {
        // Not created or not migrated yet.
      }
    }
    child.kill('SIGKILL');
    const exit = await exited;
    expect(exit.signal, `the import ended before it could be killed:\n${stderr}`).toBe('SIGKILL');

    const db = new Database(dbPath);
    const done = count(db, 'SELECT count(*) AS n FROM import_items');
    const articles = count(db, 'SELECT count(*) AS n FROM articles');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(done).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(done).toBeLessThan(COUNT);
    // Each recorded item has its article, complete with its version and findings, and no article
    // exists without its record: the two were written in one transaction.
    expect(articles).toBe(done);
    expect(count(db, 'SELECT count(*) AS n FROM import_items i JOIN articles a ON a.id = i.article_id')).toBe(done);
    expect(count(db, 'SELECT count(*) AS n FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.version')).toBe(done);
    expect(count(db, `SELECT count(*) AS n FROM import_jobs WHERE status = 'running'`)).toBe(1);
    const before = new Map((db.prepare('SELECT origin, id FROM articles').all() as { origin: string; id: number }[]).map((r) => [r.origin, r.id]));
    const findingsBefore = count(db, 'SELECT count(*) AS n FROM article_findings');
    db.close();

    // The same command again, after the crash.
    const rerun = await runCli(['import', folder, '--db', dbPath, '--outlet', 'Báo thử', '--json'], dir);
    expect(rerun.code, rerun.err).toBe(0);
    const summary = JSON.parse(rerun.out) as { resumed: boolean; alreadyDone: number; added: number; total: number; failed: unknown[] };
    expect(summary).toMatchObject({ resumed: true, alreadyDone: done, added: COUNT, total: COUNT, failed: [] });
    expect(rerun.err).toContain(`tiếp tục: ${done} mục đã xong từ lần trước`);

    const after = new Database(dbPath, { readonly: true });
    expect(count(after, 'SELECT count(*) AS n FROM articles')).toBe(COUNT);
    expect(count(after, 'SELECT count(DISTINCT origin) AS n FROM articles')).toBe(COUNT);
    expect(count(after, `SELECT count(*) AS n FROM import_jobs WHERE status = 'done'`)).toBe(1);
    // What was imported before the crash is the same rows, untouched.
    for (const [origin, id] of before) expect((after.prepare('SELECT id FROM articles WHERE origin = ?').get(origin) as { id: number }).id).toBe(id);
    expect(count(after, `SELECT count(*) AS n FROM article_findings WHERE article_id IN (${[...before.values()].join(',')})`)).toBe(findingsBefore);
    after.close();
  }, 120_000);
});
