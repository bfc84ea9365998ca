// Test helper: every row of every table of a SQLite file, read through a second read-only
// connection, for asserting that a refused command left the database exactly as it was.
import Database from 'better-sqlite3';

export function dumpDatabase(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name`)
      .all() as { name: string }[];
    const dump: Record<string, unknown[]> = { user_version: [db.pragma('user_version', { simple: true })] };
    for (const { name } of tables) dump[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all();
    return dump;
  } finally {
    db.close();
  }
}
