// Reads a directive or draft file from disk by its extension: .txt (and extension-less) through
// encoding detection, .docx through mammoth, .pdf through pdf.js. Every way a file can be
// unreadable comes back as a Vietnamese message naming the file's problem.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decodeText.ts';
import type { ImportErrorCode, ImportResult } from './ImportResult.ts';
import { importDocx } from './importDocx.ts';
import { importPdf } from './importPdf.ts';

/** Directives are a few hundred kilobytes; anything this large is not one. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md']);

const fail = (code: ImportErrorCode, message: string): ImportResult => ({ ok: false, error: { code, message } });

export async function importFile(path: string): Promise<ImportResult> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => cause);
  if (info instanceof Error) {
    return info.code === 'ENOENT' || info.code === 'ENOTDIR'
      ? fail('not-found', `Không tìm thấy tệp "${path}".`)
      : fail('unreadable', `Không đọc được tệp "${path}" (${info.code ?? info.message}).`);
  }
  if (info.isDirectory()) return fail('unreadable', `"${path}" là một thư mục, không phải tệp.`);
  if (info.size > MAX_IMPORT_BYTES) {
    return fail('too-large', `Tệp "${path}" quá lớn (${Math.round(info.size / 1048576)} MB); văn bản chỉ đạo thường chỉ vài trăm KB.`);
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.doc') {
    return fail('unsupported-type', 'Soát chưa đọc được tệp Word 97-2003 (.doc). Hãy mở bằng Word và lưu thành .docx rồi nhập lại.');
  }
  if (!TEXT_EXTENSIONS.has(extension) && extension !== '.docx' && extension !== '.pdf') {
    return fail('unsupported-type', `Chưa hỗ trợ định dạng "${extension}". Hãy dùng tệp .txt, .docx hoặc .pdf.`);
  }
  const bytes = await readFile(path).catch((cause: NodeJS.ErrnoException) => cause);
  if (bytes instanceof Error) return fail('unreadable', `Không đọc được tệp "${path}" (${bytes.code ?? bytes.message}).`);
  if (bytes.length === 0) return fail('empty', 'Tệp rỗng: không có nội dung văn bản để đọc.');
  if (extension === '.docx') return importDocx(bytes);
  if (extension === '.pdf') return importPdf(bytes);
  return decodeText(bytes);
}
