import { describe, expect, it } from 'vitest';
import { foldWithOffsets } from './foldForSearch.ts';
import { ftsQuery } from './ftsQuery.ts';

describe('ftsQuery', () => {
  it.each([
    ['tuyen giao', '"tuyen" AND "giao" *'],
    ['Tuyên giáo Đảng', '"Tuyên" AND "giáo" AND "Dảng" *'],
    ['98-HD/BTGThU', '"98 HD BTGThU" *'],
    ['kinh tế" OR text:*', '"kinh" AND "tế" AND "OR" AND "text" *'],
    ['  ', null],
    ['-- ** ""', null],
  ])('%s → %s', (input, expected) => {
    expect(ftsQuery(input)?.match ?? null).toBe(expected);
  });
});

describe('foldWithOffsets', () => {
  it('folds marks and đ, keeping the way back to the source', () => {
    const source = 'Đảng Tuye\u0302n';
    const { folded, offsets } = foldWithOffsets(source);
    expect(folded).toBe('dang tuyen');
    expect(offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });
});
