import { describe, expect, it } from 'vitest';
import { en, vi } from './messages.ts';
import { formatDate, formatNumber, translate } from './translate.ts';

describe('translate', () => {
  it('fills placeholders, and leaves unknown ones visible', () => {
    expect(translate('vi', 'panel.summary', { errors: 4, warnings: 7 })).toBe('4 lỗi, 7 cảnh báo');
    expect(translate('en', 'panel.summary', { errors: 4 })).toBe('4 errors, {warnings} warnings');
  });
  it('every English message has the placeholders of its Vietnamese one', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(names(en[key]), key).toEqual(names(vi[key]));
  });
  it.each([
    ['vi', 5.66, 2, '5,66'],
    ['vi', 51600, 0, '51.600'],
    ['en', 51600, 0, '51,600'],
  ] as const)('formatNumber(%s, %d)', (locale, value, decimals, expected) => {
    expect(formatNumber(locale, value, decimals)).toBe(expected);
  });
  it('formats ISO dates the local way', () => {
    expect(formatDate('vi', '2024-06-03')).toBe('03/06/2024');
    expect(formatDate('en', '2024-06-03')).toBe('6/3/2024');
    expect(formatDate('vi', '2024-06')).toBe('06/2024');
  });
});
