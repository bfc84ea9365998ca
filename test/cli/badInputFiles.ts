// Test helper: one file for every way an input can be refused, written into `dir`. Each entry
// says which words the Vietnamese message must contain.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { tcvn3Bytes, vniBytes } from '../../src/services/import/legacyBytes.testkit.ts';
import { makePdf } from '../helpers/makePdf.ts';

const VIETNAMESE = 'Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023.';

export interface BadInput {
  name: string;
  path: string;
  says: string;
}

export function writeBadInputs(dir: string): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const file = (name: string, bytes: Uint8Array | string): string => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  return [
    { name: 'missing file', path: join(dir, 'khong-co.txt'), says: 'Không tìm thấy tệp' },
    { name: 'empty file', path: file('rong.txt', ''), says: 'Tệp rỗng' },
    { name: 'blank file', path: file('trang.txt', '\n  \n'), says: 'Tệp rỗng' },
    { name: 'binary file', path: file('nhi-phan.txt', Uint8Array.from({ length: 256 }, (_, i) => i)), says: 'nhị phân' },
    { name: 'TCVN3 file', path: file('tcvn3.txt', tcvn3Bytes(VIETNAMESE)), says: 'TCVN3 (ABC)' },
    { name: 'VNI file', path: file('vni.txt', vniBytes(VIETNAMESE)), says: 'VNI' },
    { name: 'Windows-1252 file', path: file('latin1.txt', new Uint8Array(iconv.encode('Le café est prêt à être servi.', 'win1252'))), says: 'UTF-8' },
    { name: 'broken .docx', path: file('hong.docx', 'PK\u0003\u0004 không phải Word'), says: '.docx' },
    { name: 'broken .pdf', path: file('hong.pdf', '%PDF-1.4\nrác'), says: 'PDF' },
    { name: 'PDF without text', path: file('quet.pdf', makePdf([[]])), says: 'OCR' },
    { name: 'unsupported type', path: file('ghi-chu.odt', 'x'), says: '.odt' },
  ];
}
