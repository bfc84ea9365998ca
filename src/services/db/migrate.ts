// Brings a database to the newest schema: each pending migration runs in its own transaction
// together with its `PRAGMA user_version` bump, so a crash leaves the database at a whole version.

import type Database from 'better-sqlite3';
import type { Result } from '../result.ts';
import type { Migration } from './migrations.ts';

export interface MigrateOutcome {
  from: number;
  to: number;
}

/** Applies the migrations the database lacks; refuses a database made by a newer Soát. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): Result<MigrateOutcome> {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) {
    return {
      ok: false,
      error: {
        code: 'db-too-new',
        message: `Cơ sở dữ liệu được tạo bởi phiên bản Soát mới hơn (lược đồ ${from}, phiên bản này chỉ biết đến ${migrations.length}). Hãy cập nhật Soát.`,
      },
    };
  }
  for (let version = from; version < migrations.length; version += 1) {
    const migration = migrations[version]!;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { ok: true, value: { from, to: migrations.length } };
}
