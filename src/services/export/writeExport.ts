// Room: services — writes an exported file whole or not at all: to a temporary file beside it,
// then renamed over the target, so a reader (or a crash) never sees half a .docx.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Result } from '../result.ts';

export async function writeExport(path: string, bytes: Uint8Array): Promise<Result<string>> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    return { ok: true, value: path };
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'thư mục không tồn tại' : code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi' : code ?? (cause as Error).message;
    return { ok: false, error: { code: 'write-failed', message: `Không ghi được tệp "${path}" (${why}).` } };
  }
}
