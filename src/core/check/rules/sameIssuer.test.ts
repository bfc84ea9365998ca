import { describe, expect, it } from 'vitest';
import { sameIssuer } from './sameIssuer.ts';

describe('sameIssuer', () => {
  it.each([
    ['Hội nghị Trung ương 8 khóa XII', 'Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII', true],
    ['Hội nghị Trung ương lần thứ tám khóa XII', 'Ban Chấp hành Trung ương', true],
    ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy Lào Cai', true],
    ['Bộ Chính trị khóa XIII', 'Bộ Chính trị', true],
    ['Ban Bí thư', 'Bộ Chính trị', false],
    ['Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', false],
  ] as const)('%s / %s → %s', (a, b, same) => {
    expect(sameIssuer(a, b)).toBe(same);
  });
});
