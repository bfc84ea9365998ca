import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';
import { tcvn3Bytes, vniBytes } from './legacyBytes.testkit.ts';

const TEXT = 'Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023.';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'utf-16le'));
const utf16be = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'utf-16be'));
/** TCVN3 bytes saved again as UTF-8 by a program that read them as Windows-1252. */
const mojibake = (legacy: Uint8Array): Uint8Array => new Uint8Array(iconv.encode(iconv.decode(Buffer.from(legacy), 'win1252'), 'utf-8'));

describe('decodeText: readable text', () => {
  it.each([
    ['UTF-8', 'utf-8', TEXT, utf8(TEXT)],
    ['UTF-8 with BOM', 'utf-8', TEXT, bytes([0xef, 0xbb, 0xbf], utf8(TEXT))],
    ['UTF-8, decomposed (NFD), kept as given', 'utf-8', TEXT.normalize('NFD'), utf8(TEXT.normalize('NFD'))],
    ['UTF-16 LE with BOM', 'utf-16le', TEXT, bytes([0xff, 0xfe], utf16le(TEXT))],
    ['UTF-16 BE with BOM', 'utf-16be', TEXT, bytes([0xfe, 0xff], utf16be(TEXT))],
    ['UTF-16 LE without BOM', 'utf-16le', TEXT, utf16le(TEXT)],
    ['UTF-16 BE without BOM', 'utf-16be', TEXT, utf16be(TEXT)],
    ['UTF-8 French, Latin-1 letters but no legacy Vietnamese', 'utf-8', 'Le café est prêt à être servi, très élégant.', utf8('Le café est prêt à être servi, très élégant.')],
  ] as const)('%s → %s', (_name, encoding, text, input) => {
    expect(decodeText(input)).toEqual({ ok: true, text, encoding });
  });
});

describe('decodeText: refused with a reason', () => {
  it.each([
    ['empty file', 'empty', 'rỗng', new Uint8Array()],
    ['only a BOM and blanks', 'empty', 'rỗng', bytes([0xef, 0xbb, 0xbf], utf8('  \n\t\n'))],
    ['only blanks in UTF-16', 'empty', 'rỗng', bytes([0xff, 0xfe], utf16le('   \r\n'))],
    ['binary with NUL bytes', 'binary', 'nhị phân', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00])],
    ['a PDF named .txt', 'binary', '.pdf', utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj')],
    ['a .docx named .txt', 'binary', '.docx', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['TCVN3 (.Vn fonts)', 'legacy-tcvn3', 'TCVN3 (ABC)', tcvn3Bytes(TEXT)],
    ['VNI', 'legacy-vni', 'VNI', vniBytes(TEXT)],
    ['TCVN3 re-saved as UTF-8', 'legacy-tcvn3', 'TCVN3 (ABC)', mojibake(tcvn3Bytes(TEXT))],
    ['TCVN3 re-saved as UTF-8 with a BOM', 'legacy-tcvn3', 'TCVN3 (ABC)', bytes([0xef, 0xbb, 0xbf], mojibake(tcvn3Bytes(TEXT)))],
    ['VNI re-saved as UTF-8', 'legacy-vni', 'VNI', mojibake(vniBytes(TEXT))],
    ['Windows-1252 French', 'not-utf8', 'UTF-8', new Uint8Array(iconv.encode('Le café est prêt à être servi.', 'win1252'))],
    ['binary that passes the UTF-16 sniff', 'binary', 'nhị phân', Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 1 ? 0 : (i % 6) + 1))],
    ['UTF-16 with a broken surrogate', 'not-utf8', 'UTF-16', bytes([0xff, 0xfe], utf16le('Tuyên giáo '), [0x00, 0xd8, 0x41, 0x00])],
  ] as const)('%s → %s', (_name, code, words, input) => {
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(words);
  });
});
