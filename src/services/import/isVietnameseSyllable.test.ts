import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './isVietnameseSyllable.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    ['Việt', true],
    ['Đảng', true],
    ['tuyên', true],
    ['giáo', true],
    ['quyết', true],
    ['trường', true],
    ['hoặc', true],
    ['khuyến', true],
    ['NGHIÊNG', true],
    ['Tuye\u0302n', true], // NFD
    ['vieệt', false], // VNI bytes read as TCVN3
    ['viưt', false], // TCVN3 bytes read as VNI
    ['cafờ', false],
    ['ảà', false], // two tones
    ['xyz', false],
  ])('%s → %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});
