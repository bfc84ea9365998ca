// The library a command works on: --db PATH, or soat.db in the user's Soát data folder (made
// if missing). A new database is created, migrated and seeded with the sample directives.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defaultDatabasePath } from '../services/defaultDatabasePath.ts';
import { openLibrary, type Library } from '../services/library/openLibrary.ts';
import type { Result } from '../services/result.ts';
import type { CliIo } from './CliIo.ts';

export async function openCliLibrary(db: string | boolean | undefined, io: CliIo): Promise<Result<Library>> {
  if (typeof db === 'string') {
    if (db.trim() === '') return { ok: false, error: { code: 'bad-option', message: 'Tùy chọn --db cần đường dẫn tệp cơ sở dữ liệu.' } };
    return openLibrary(db);
  }
  const path = defaultDatabasePath(io.platform, io.env, io.home);
  const made = await mkdir(dirname(path), { recursive: true }).then(
    () => null,
    (cause: Error) => cause,
  );
  if (made !== null) {
    return { ok: false, error: { code: 'db-open-failed', message: `Không tạo được thư mục dữ liệu "${dirname(path)}": ${made.message}` } };
  }
  return openLibrary(path);
}
