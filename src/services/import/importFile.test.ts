import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../../test/helpers/makePdf.ts';
import { importFile } from './importFile.ts';
import { tcvn3Bytes, vniBytes } from './legacyBytes.testkit.ts';

let dir: string;
const at = (name: string): string => join(dir, name);
const HEADING = 'KẾ HOẠCH tuyên truyền kết quả phát triển kinh tế - xã hội';
const PARAGRAPH = 'Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền năm 2024.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soat-import-'));
  writeFileSync(at('plain.txt'), `${HEADING}\n${PARAGRAPH}\n`);
  writeFileSync(at('noext'), `${HEADING}\n`);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('tcvn3.txt'), tcvn3Bytes(`${HEADING}\n${PARAGRAPH}`));
  writeFileSync(at('vni.txt'), vniBytes(`${HEADING}\n${PARAGRAPH}`));
  writeFileSync(at('binary.txt'), Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
  const docx = new Document({ sections: [{ children: [new Paragraph(HEADING), new Paragraph(PARAGRAPH)] }] });
  writeFileSync(at('directive.docx'), await Packer.toBuffer(docx));
  writeFileSync(at('empty.docx'), await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })));
  writeFileSync(at('broken.docx'), 'PK\u0003\u0004 này không phải tệp Word');
  writeFileSync(at('old.docx'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const pages = [
    [
      { x: 72, y: 770, text: 'KẾ HOẠCH' },
      { x: 72, y: 750, text: 'Thực hiện Hướng dẫn số' },
      { x: 210, y: 750, text: '127-HD/BTGTW của Ban' },
      { x: 72, y: 730, text: 'Tuyên giáo Trung ương.' },
      { x: 290, y: 40, text: '1' },
    ],
    [
      { x: 72, y: 770, text: 'II. NỘI DUNG' },
      // Drawn out of order on purpose: lines come from positions, not from drawing order.
      { x: 72, y: 730, text: 'quang vinh!' },
      { x: 72, y: 750, text: 'Đảng Cộng sản Việt Nam' },
    ],
  ];
  writeFileSync(at('directive.pdf'), makePdf(pages));
  // A letterhead: two columns on each baseline, far apart.
  writeFileSync(
    at('letterhead.pdf'),
    makePdf([
      [
        { x: 60, y: 780, text: 'TỈNH ỦY BÌNH PHƯỚC' },
        { x: 330, y: 780, text: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
        { x: 70, y: 750, text: 'Số 15-HD/BTGTU' },
        { x: 320, y: 750, text: 'Bình Phước, ngày 22 tháng 5 năm 2024' },
      ],
    ]),
  );
  writeFileSync(at('scanned.pdf'), makePdf([[]]));
  writeFileSync(at('broken.pdf'), Buffer.from(makePdf(pages)).subarray(0, 300));
  writeFileSync(at('notes.odt'), 'x');
  writeFileSync(at('old.doc'), 'x');
  mkdirSync(at('folder.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importFile: text comes back', () => {
  it.each([
    ['plain.txt', `${HEADING}\n${PARAGRAPH}\n`],
    ['noext', `${HEADING}\n`],
    ['directive.docx', `${HEADING}\n\n${PARAGRAPH}\n\n`],
    [
      'directive.pdf',
      'KẾ HOẠCH\nThực hiện Hướng dẫn số 127-HD/BTGTW của Ban\nTuyên giáo Trung ương.\n1\n\f\nII. NỘI DUNG\nĐảng Cộng sản Việt Nam\nquang vinh!\n',
    ],
    ['letterhead.pdf', 'TỈNH ỦY BÌNH PHƯỚC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-HD/BTGTU\nBình Phước, ngày 22 tháng 5 năm 2024\n'],
  ])('%s', async (name, text) => {
    const result = await importFile(at(name));
    expect(result.ok && result.text).toBe(text);
  });
});

describe('importFile: refused with a reason', () => {
  it.each([
    ['missing.txt', 'not-found', 'Không tìm thấy'],
    ['folder.txt', 'unreadable', 'thư mục'],
    ['empty.txt', 'empty', 'rỗng'],
    ['binary.txt', 'binary', 'nhị phân'],
    ['tcvn3.txt', 'legacy-tcvn3', 'TCVN3 (ABC)'],
    ['vni.txt', 'legacy-vni', 'VNI'],
    ['empty.docx', 'empty', 'không có nội dung'],
    ['broken.docx', 'docx-unreadable', '.docx'],
    ['old.docx', 'docx-unreadable', '.doc'],
    ['scanned.pdf', 'pdf-no-text', 'OCR'],
    ['broken.pdf', 'pdf-unreadable', 'PDF'],
    ['notes.odt', 'unsupported-type', '.odt'],
    ['old.doc', 'unsupported-type', '.doc'],
  ])('%s → %s', async (name, code, words) => {
    const result = await importFile(at(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(words);
  });
});
