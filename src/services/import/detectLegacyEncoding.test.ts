import { describe, expect, it } from 'vitest';
import { decodeVni } from './decodeVni.ts';
import { detectLegacyEncoding } from './detectLegacyEncoding.ts';
import { tcvn3Bytes, vniBytes } from './legacyBytes.testkit.ts';

const SAMPLE =
  'Thực hiện Hướng dẫn của Ban Tuyên giáo Trung ương về tuyên truyền kết quả phát triển kinh tế - xã hội năm 2023, ' +
  'Đảng Cộng sản Việt Nam quang vinh muôn năm!';
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('detectLegacyEncoding', () => {
  it.each([
    ['TCVN3 (.Vn fonts)', tcvn3Bytes(SAMPLE), 'tcvn3'],
    ['TCVN3, short headline', tcvn3Bytes('Đảng bộ tỉnh Lào Cai tuyên truyền'), 'tcvn3'],
    ['VNI', vniBytes(SAMPLE), 'vni'],
    ['VNI, capitals', vniBytes('ĐẢNG CỘNG SẢN VIỆT NAM, ỦY BAN NHÂN DÂN TỈNH'), 'vni'],
    ['French in Latin-1', latin1('Le café est prêt à être servi, très élégant, déjà là.'), null],
    ['plain ASCII', latin1('Report 2024 on economic growth'), null],
    ['too little to tell', tcvn3Bytes('Việt'), null],
  ] as const)('%s → %s', (_name, bytes, expected) => {
    expect(detectLegacyEncoding(bytes)).toBe(expected);
  });

  it('the VNI test bytes really are VNI', () => {
    expect(decodeVni(vniBytes(SAMPLE))).toBe(SAMPLE);
  });
});
