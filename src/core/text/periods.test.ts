import { describe, expect, it } from 'vitest';
import { describePeriod, findPeriods, periodsCompatible, withYear } from './periods.ts';
import type { PeriodKey } from '../directive/types.ts';

const months = (year: number | null, from: number, to: number): PeriodKey => ({ kind: 'months', year, from, to });

describe('findPeriods', () => {
  it.each<[string, string, PeriodKey]>([
    ['GDP quý I/2024 ước tính', 'quý I/2024', months(2024, 1, 3)],
    ['quý 1 năm 2024', 'quý 1 năm 2024', months(2024, 1, 3)],
    ['Q1/2024', 'Q1/2024', months(2024, 1, 3)],
    ['3 tháng đầu năm 2024', '3 tháng đầu năm 2024', months(2024, 1, 3)],
    ['trong 04 tháng đầu năm 2024,', '04 tháng đầu năm 2024', months(2024, 1, 4)],
    ['kim ngạch 04 tháng đạt', '04 tháng', months(null, 1, 4)],
    ['Ba tháng đầu năm, kim ngạch', 'Ba tháng đầu năm', months(null, 1, 3)],
    ['hết tháng 4 đã lên', 'hết tháng 4', months(null, 1, 4)],
    ['Cộng dồn nửa đầu năm,', 'nửa đầu năm', months(null, 1, 6)],
    ['6 tháng cuối năm 2024', '6 tháng cuối năm 2024', months(2024, 7, 12)],
    ['năm 2023', 'năm 2023', months(2023, 1, 12)],
    ['tháng 3/2024', 'tháng 3/2024', months(2024, 3, 3)],
    ['giai đoạn 2021 - 2025', 'giai đoạn 2021 - 2025', { kind: 'years', from: 2021, to: 2025 }],
    ['những tháng đầu năm 2024', 'những tháng đầu năm 2024', { kind: 'partial', year: 2024 }],
    ['từ đầu nhiệm kỳ đến nay', 'từ đầu nhiệm kỳ đến nay', { kind: 'named', name: 'từ đầu nhiệm kỳ đến nay' }],
    ['Vụ Xuân 2024, sản lượng', 'Vụ Xuân 2024', { kind: 'season', name: 'vụ xuân', year: 2024 }],
    ['vụ Đông Xuân 2023 - 2024 đạt', 'vụ Đông Xuân 2023 - 2024', { kind: 'season', name: 'vụ đông xuân', year: 2024 }],
    ['mức của vụ Xuân năm trước.', 'vụ Xuân năm trước', { kind: 'season', name: 'vụ xuân', year: null, yearOffset: -1 }],
    ['dịp Tết Nguyên đán Giáp Thìn năm 2024, toàn tỉnh', 'Tết Nguyên đán Giáp Thìn năm 2024', { kind: 'season', name: 'tết', year: 2024 }],
    ['9 ngày nghỉ Tết Ất Tỵ (từ ngày 25/01', 'Tết Ất Tỵ', { kind: 'season', name: 'tết', year: 2025 }],
    ['Tết Canh Tý, người dân', 'Tết Canh Tý', { kind: 'season', name: 'tết', year: 2020 }],
    ['giảm so với Tết năm trước', 'Tết năm trước', { kind: 'season', name: 'tết', year: null, yearOffset: -1 }],
  ])('%s', (text, phrase, key) => {
    const found = findPeriods(text);
    expect(found.map((p) => p.text)).toEqual([phrase]);
    expect(found[0]!.key).toEqual(key);
  });

  it('does not read a horizon as a period', () => {
    expect(findPeriods('đến năm 2030, tầm nhìn đến năm 2050')).toEqual([]);
  });
});

it('a Tết without a year names no period; other festivals are not Tết Nguyên đán', () => {
  expect(findPeriods('Dịp Tết, nhu cầu đi lại tăng; Tết Trung thu cho thiếu nhi.')).toEqual([]);
});

describe('periods', () => {
  it('quý I/2024 and 3 tháng đầu năm 2024 are the same period; quý I and 4 tháng are not', () => {
    expect(periodsCompatible(months(2024, 1, 3), months(2024, 1, 3))).toBe(true);
    expect(periodsCompatible(months(2024, 1, 3), months(2024, 1, 4))).toBe(false);
    expect(periodsCompatible(months(2024, 1, 3), months(2023, 1, 3))).toBe(false);
  });
  it('part of a year is compatible with any months of that year', () => {
    expect(periodsCompatible({ kind: 'partial', year: 2024 }, months(2024, 1, 4))).toBe(true);
    expect(periodsCompatible({ kind: 'partial', year: 2024 }, months(2023, 1, 4))).toBe(false);
  });
  it('fills a missing year from context', () => {
    expect(withYear(months(null, 1, 4), 2024)).toEqual(months(2024, 1, 4));
    expect(withYear({ kind: 'season', name: 'vụ xuân', year: null, yearOffset: -1 }, 2024)).toEqual({ kind: 'season', name: 'vụ xuân', year: 2023 });
  });
  it('a season is its own period: not the half-year it falls in, nor the same season of another year', () => {
    const spring = (year: number): PeriodKey => ({ kind: 'season', name: 'vụ xuân', year });
    expect(periodsCompatible(spring(2024), spring(2024))).toBe(true);
    expect(periodsCompatible(spring(2024), spring(2023))).toBe(false);
    expect(periodsCompatible(spring(2024), months(2024, 1, 6))).toBe(false);
    expect(periodsCompatible(spring(2024), { kind: 'partial', year: 2024 })).toBe(false);
  });
  it.each<[PeriodKey, string]>([
    [months(2024, 1, 3), 'quý I/2024'],
    [months(2024, 1, 4), '4 tháng đầu năm 2024'],
    [months(2023, 1, 12), 'năm 2023'],
    [{ kind: 'season', name: 'vụ hè thu', year: 2024 }, 'vụ Hè Thu 2024'],
  ])('describes %j', (key, text) => {
    expect(describePeriod(key)).toBe(text);
  });
});
