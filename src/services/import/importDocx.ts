// Reads the text of a Word .docx through mammoth's raw-text extraction (paragraphs separated by
// blank lines). A file that is not a .docx, or a damaged one, is an expected failure.

import mammoth from 'mammoth';
import type { ImportResult } from './ImportResult.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return {
      ok: false,
      error: {
        code: 'docx-unreadable',
        message: 'Tệp là văn bản Word 97-2003 (.doc), Soát chưa đọc được định dạng này. Hãy mở bằng Word và lưu thành .docx rồi nhập lại.',
      },
    };
  }
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    // mammoth rejects on anything that is not a readable Office Open XML package.
    return {
      ok: false,
      error: {
        code: 'docx-unreadable',
        message: 'Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không đúng định dạng .docx. Hãy mở bằng Word, lưu lại rồi nhập lại.',
      },
    };
  }
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'Tệp Word không có nội dung văn bản.' } };
  }
  return { ok: true, text };
}
