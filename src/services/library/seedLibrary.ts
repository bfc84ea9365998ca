// Fills a new library with the sample directives shipped in resources/directives, once: the
// `meta` row `seeded_at` is written in the same transaction, so a library the user emptied is
// not refilled, and a crash mid-seed leaves nothing and seeds again next time. Two processes
// opening a new library at once (the app and the CLI) both read the samples; the first to take
// the write lock seeds, the other finds `seeded_at` under the same lock and leaves it.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importFile } from '../import/importFile.ts';
import type { ServiceError } from '../result.ts';
import type { ImportOutcome, ParseDirective } from './importDirective.ts';
import { importDirectives } from './importDirectives.ts';

export interface SeedReport {
  imported: ImportOutcome[];
  failed: { file: string; error: ServiceError }[];
}

const SEEDABLE = /\.(txt|docx|pdf)$/iu;

/** Seeds once; null when the library was seeded before or the folder cannot be listed. */
export async function seedLibrary(db: Database.Database, parse: ParseDirective, folder: string, now: string): Promise<SeedReport | null> {
  if (db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded_at'`).get() !== undefined) return null;
  const names = await readdir(folder).catch(() => null);
  if (names === null) return null;
  const report: SeedReport = { imported: [], failed: [] };
  const documents: { text: string; file: string }[] = [];
  for (const file of names.filter((n) => SEEDABLE.test(n)).sort()) {
    const read = await importFile(join(folder, file));
    if (read.ok) documents.push({ text: read.text, file });
    else report.failed.push({ file, error: read.error });
  }
  const seeded = db.transaction((): boolean => {
    if (db.prepare(`SELECT 1 FROM meta WHERE key = 'seeded_at'`).get() !== undefined) return false;
    for (const document of documents) {
      const imported = importDirectives(db, parse, [document], now);
      if (imported.ok) report.imported.push(...imported.value);
      else report.failed.push({ file: document.file, error: imported.error });
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_at', ?)`).run(now);
    return true;
  }).immediate();
  return seeded ? report : null;
}
