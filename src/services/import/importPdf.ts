// Reads the text layer of a PDF with pdf.js (legacy build, the one meant for Node). pdf.js
// returns positioned text runs, not lines: runs are grouped into lines by their baseline, ordered
// left to right, and pages are separated by a form feed on its own line (as pdftotext does), so
// the directive parser sees the hard-wrapped lines it expects. Runs far apart on one baseline are
// columns (the letterhead's issuer and "ĐẢNG CỘNG SẢN VIỆT NAM", number and date, signature
// blocks): they become lines of their own, as the parser reads letterheads line by line. A scanned PDF has no text layer:
// that is said plainly instead of importing an empty directive.

import type { ImportResult } from './ImportResult.ts';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between runs is a space. */
const WORD_GAP = 0.15;
/** A gap wider than this many font sizes separates columns, never words of one sentence. */
const COLUMN_GAP = 3;

function toLines(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * SAME_LINE) line.push(run);
    else lines.push([run]);
  }
  return lines.flatMap((line) => {
    const columns: string[] = [];
    let text = '';
    let end = -Infinity;
    for (const run of line.sort((a, b) => a.x - b.x)) {
      const gap = run.x - end;
      if (text !== '' && gap > run.size * COLUMN_GAP) {
        columns.push(text);
        text = '';
      }
      if (text !== '' && gap > run.size * WORD_GAP && !/\s$/u.test(text) && !/^\s/u.test(run.str)) text += ' ';
      text += run.str;
      end = run.x + run.width;
    }
    columns.push(text);
    return columns.map((column) => column.trim()).filter((column) => column !== '');
  });
}

const unreadable = (message: string): ImportResult => ({ ok: false, error: { code: 'pdf-unreadable', message } });

export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: string[];
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false })
      .promise;
    try {
      pages = [];
      for (let n = 1; n <= doc.numPages; n += 1) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const runs: Run[] = [];
        for (const item of content.items) {
          // pdf.js adds whitespace runs of its own across gaps; spacing is decided from positions.
          if (!('str' in item) || item.str.trim() === '') continue;
          const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
          runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 1 });
        }
        pages.push(toLines(runs).join('\n'));
      }
    } finally {
      await doc.destroy();
    }
  } catch (cause) {
    const name = (cause as { name?: string }).name;
    if (name === 'PasswordException') return unreadable('Tệp PDF được đặt mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.');
    return unreadable('Không đọc được tệp PDF: tệp bị hỏng hoặc không đúng định dạng PDF.');
  }
  const text = pages.join('\n\f\n');
  if (text.replace(/\f/gu, '').trim() === '') {
    return {
      ok: false,
      error: {
        code: 'pdf-no-text',
        message: 'Tệp PDF không có lớp chữ (có thể là bản quét ảnh). Hãy nhận dạng chữ (OCR) hoặc dùng bản .docx/.txt của văn bản.',
      },
    };
  }
  return { ok: true, text: `${text}\n` };
}
