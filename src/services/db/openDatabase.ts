// Opens the library database the way every caller needs it: WAL (readers never block the
// writer, and a crash loses at most the transaction in flight), foreign keys on, schema current.
// A path that cannot be opened or a file that is not a Soát database is an expected failure.

import Database from 'better-sqlite3';
import type { Result } from '../result.ts';
import { migrate, type MigrateOutcome } from './migrate.ts';
import { migrations } from './migrations.ts';

export interface OpenedDatabase {
  db: Database.Database;
  /** Schema versions before and after opening; `from === 0` means the file was new. */
  migrated: MigrateOutcome;
}

export function openDatabase(path: string): Result<OpenedDatabase> {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    // better-sqlite3 throws when the folder is missing or the file cannot be created.
    return {
      ok: false,
      error: { code: 'db-open-failed', message: `Không mở được cơ sở dữ liệu "${path}": ${(cause as Error).message}` },
    };
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrated = migrate(db, migrations);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
    return { ok: true, value: { db, migrated: migrated.value } };
  } catch (cause) {
    // The first statement on a file that is not SQLite fails with SQLITE_NOTADB.
    db.close();
    return {
      ok: false,
      error: {
        code: 'db-invalid',
        message: `Tệp "${path}" không phải cơ sở dữ liệu của Soát hoặc đã hỏng: ${(cause as Error).message}`,
      },
    };
  }
}
