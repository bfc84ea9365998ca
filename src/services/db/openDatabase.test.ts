import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { migrations } from './migrations.ts';
import { openDatabase } from './openDatabase.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soat-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables = (db: Database.Database): string[] =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('openDatabase', () => {
  it('creates a new database at the newest schema, in WAL mode with foreign keys', () => {
    const opened = openDatabase(join(dir, 'soat.db'));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { db, migrated } = opened.value;
    expect(migrated).toEqual({ from: 0, to: migrations.length });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual([
      'article_directives', 'article_findings', 'article_signoffs', 'article_themes', 'article_versions', 'articles',
      'citations', 'directive_versions', 'directives', 'directives_fts', 'edits', 'figures', 'implements', 'import_items', 'import_jobs',
      'meta', 'quotes', 'sections', 'themes',
    ]);
    db.close();
  });

  it('reopening runs no migration again', () => {
    const path = join(dir, 'soat.db');
    const first = openDatabase(path);
    if (first.ok) first.value.db.close();
    const second = openDatabase(path);
    expect(second.ok && second.value.migrated).toEqual({ from: migrations.length, to: migrations.length });
    if (second.ok) second.value.db.close();
  });

  it.each([
    ['a folder that does not exist', (d: string) => join(d, 'missing', 'soat.db'), 'db-open-failed'],
    ['a file that is not SQLite', (d: string) => (writeFileSync(join(d, 'x.db'), 'đây không phải cơ sở dữ liệu '.repeat(200)), join(d, 'x.db')), 'db-invalid'],
    [
      'a database from a newer Soát',
      (d: string) => {
        const db = new Database(join(d, 'new.db'));
        db.pragma(`user_version = ${migrations.length + 1}`);
        db.close();
        return join(d, 'new.db');
      },
      'db-too-new',
    ],
  ] as const)('refuses %s (%s)', (_name, makePath, code) => {
    const opened = openDatabase(makePath(dir));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe(code);
  });
});

describe('migrate', () => {
  it('a failing migration leaves the database at the last whole version', () => {
    const db = new Database(':memory:');
    const steps = [
      { name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { name: 'two, broken halfway', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, steps)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['a']);
  });

  it('applies only the pending migrations', () => {
    const db = new Database(':memory:');
    const steps = [
      { name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { name: 'two', sql: 'CREATE TABLE b (x INTEGER);' },
    ];
    expect(migrate(db, steps.slice(0, 1))).toEqual({ ok: true, value: { from: 0, to: 1 } });
    expect(migrate(db, steps)).toEqual({ ok: true, value: { from: 1, to: 2 } });
    expect(tables(db)).toEqual(['a', 'b']);
  });
});
