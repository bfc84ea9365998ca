// Imports several documents as one: all are stored, or — when any is refused (no id, a number
// already used by another issuer) — none is, and the database is as it was.

import type Database from 'better-sqlite3';
import type { Result, ServiceError } from '../result.ts';
import { importDirective, type ImportOutcome, type ParseDirective } from './importDirective.ts';

/** Thrown only to unwind better-sqlite3's transaction; never escapes this file. */
class Refused {
  constructor(readonly error: ServiceError) {}
}

export function importDirectives(
  db: Database.Database,
  parse: ParseDirective,
  documents: readonly { text: string; file?: string | null }[],
  now: string,
): Result<ImportOutcome[]> {
  try {
    const outcomes = db.transaction(() =>
      documents.map((document) => {
        const imported = importDirective(db, parse, document.text, { file: document.file ?? null, now });
        if (!imported.ok) {
          const where = document.file ? `${document.file}: ` : '';
          throw new Refused({ code: imported.error.code, message: `${where}${imported.error.message}` });
        }
        return imported.value;
      }),
    )();
    return { ok: true, value: outcomes };
  } catch (cause) {
    if (cause instanceof Refused) return { ok: false, error: cause.error };
    throw cause;
  }
}
