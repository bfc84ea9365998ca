// Reads a directive or draft file from disk by its extension: .txt (and extension-less) through
// encoding detection, .docx through mammoth, .pdf through pdf.js (see importBytes.ts). Every way
// a file can be unreadable comes back as a Vietnamese message naming the file's problem.

import { readFile, stat } from 'node:fs/promises';
import type { ImportErrorCode, ImportResult } from './ImportResult.ts';
import { importBytes, refuseByNameAndSize } from './importBytes.ts';

export { MAX_IMPORT_BYTES } from './importBytes.ts';

const fail = (code: ImportErrorCode, message: string): ImportResult => ({ ok: false, error: { code, message } });

export async function importFile(path: string): Promise<ImportResult> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => cause);
  if (info instanceof Error) {
    return info.code === 'ENOENT' || info.code === 'ENOTDIR'
      ? fail('not-found', `Không tìm thấy tệp "${path}".`)
      : fail('unreadable', `Không đọc được tệp "${path}" (${info.code ?? info.message}).`);
  }
  if (info.isDirectory()) return fail('unreadable', `"${path}" là một thư mục, không phải tệp.`);
  // Refused before reading: a 2 GB file is not read into memory to be told it is too large.
  const refused = refuseByNameAndSize(path, info.size);
  if (refused !== null) return refused;
  const bytes = await readFile(path).catch((cause: NodeJS.ErrnoException) => cause);
  if (bytes instanceof Error) return fail('unreadable', `Không đọc được tệp "${path}" (${bytes.code ?? bytes.message}).`);
  return importBytes(path, bytes);
}
