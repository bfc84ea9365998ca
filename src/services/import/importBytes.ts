// Reads a document that arrives as bytes with its file name — dropped on the window, chosen in
// a browser's file input — by its extension: .txt (and extension-less) through encoding
// detection, .docx through mammoth, .pdf through pdf.js. importFile reads a path and comes here,
// so a file read from disk and the same file dropped give the same text and the same errors.

import { extname } from 'node:path';
import { decodeText } from './decodeText.ts';
import type { ImportErrorCode, ImportResult } from './ImportResult.ts';
import { importDocx } from './importDocx.ts';
import { importPdf } from './importPdf.ts';

/** Directives are a few hundred kilobytes; anything this large is not one. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md']);

const fail = (code: ImportErrorCode, message: string): ImportResult => ({ ok: false, error: { code, message } });

/** Why a file of this name and size cannot be read, or null when it may be. */
export function refuseByNameAndSize(name: string, size: number): ImportResult | null {
  if (size > MAX_IMPORT_BYTES) {
    return fail('too-large', `Tệp "${name}" quá lớn (${Math.round(size / 1048576)} MB); văn bản chỉ đạo thường chỉ vài trăm KB.`);
  }
  const extension = extname(name).toLowerCase();
  if (extension === '.doc') {
    return fail('unsupported-type', 'Soát chưa đọc được tệp Word 97-2003 (.doc). Hãy mở bằng Word và lưu thành .docx rồi nhập lại.');
  }
  if (!TEXT_EXTENSIONS.has(extension) && extension !== '.docx' && extension !== '.pdf') {
    return fail('unsupported-type', `Chưa hỗ trợ định dạng "${extension}". Hãy dùng tệp .txt, .docx hoặc .pdf.`);
  }
  return null;
}

/** The text of the file `name` whose content is `bytes`. */
export async function importBytes(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const refused = refuseByNameAndSize(name, bytes.length);
  if (refused !== null) return refused;
  if (bytes.length === 0) return fail('empty', 'Tệp rỗng: không có nội dung văn bản để đọc.');
  const extension = extname(name).toLowerCase();
  if (extension === '.docx') return importDocx(bytes);
  if (extension === '.pdf') return importPdf(bytes);
  return decodeText(bytes);
}
