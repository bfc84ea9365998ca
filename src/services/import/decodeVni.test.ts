import { describe, expect, it } from 'vitest';
import { decodeVni } from './decodeVni.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeVni', () => {
  it.each([
    ['Ñaûng Coäng saûn Vieät Nam', 'Đảng Cộng sản Việt Nam'],
    ['Tröôøng hoïc', 'Trường học'],
    ['tuyeân giaùo', 'tuyên giáo'],
    ['hoaëc ñaït', 'hoặc đạt'],
    ['ÑAÛNG', 'ĐẢNG'],
    ['chæ thò', 'chỉ thị'],
    ['plain ASCII', 'plain ASCII'],
  ])('%s → %s', (input, expected) => {
    expect(decodeVni(latin1(input))).toBe(expected);
  });
});
