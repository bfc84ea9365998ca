import { describe, expect, it } from 'vitest';
import { findDates, formatDate } from './dates.ts';

describe('findDates', () => {
  it.each([
    ['ngày 05/6/2023', '2023-06-05'],
    ['05/6/2023', '2023-06-05'],
    ['ngày 05 tháng 6 năm 2023', '2023-06-05'],
    ['Lào Cai, ngày      tháng 11 năm 2023', '2023-11'],
    ['ngày     /11/2023', '2023-11'],
    ['ngày 9/1/2023', '2023-01-09'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('a day without a year has no ISO date', () => {
    const [d] = findDates('Ngày 19/6, Đảng ủy xã');
    expect(d).toMatchObject({ day: 19, month: 6, year: null, iso: null });
  });

  it('a fraction is not a date', () => {
    expect(findDates('đạt và vượt 37/43 chỉ tiêu')).toEqual([]);
  });

  it('formats as the text writes it', () => {
    expect(formatDate('2024-05-22')).toBe('22/5/2024');
  });
});
