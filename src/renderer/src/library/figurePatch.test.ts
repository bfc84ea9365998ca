import { describe, expect, it } from 'vitest';
import { figureValuePatch } from './figurePatch.ts';
import { formatFigureValue, formatVietnameseNumber, parseVietnameseNumber } from './vietnameseNumber.ts';

describe('parseVietnameseNumber', () => {
  it.each([
    ['5,66', { value: 5.66, decimals: 2 }],
    ['2.000', { value: 2000, decimals: 0 }],
    ['51.600', { value: 51600, decimals: 0 }],
    ['1.234.567,8', { value: 1234567.8, decimals: 1 }],
    ['5.66', { value: 5.66, decimals: 2 }],
    ['7', { value: 7, decimals: 0 }],
    [' 7,50 ', { value: 7.5, decimals: 2 }],
    ['6 - 6,5', { value: [6, 6.5], decimals: 1 }],
    ['6,5–7', { value: [6.5, 7], decimals: 1 }],
    ['-0,3', { value: -0.3, decimals: 1 }],
  ] as const)('%s', (input, expected) => {
    expect(parseVietnameseNumber(input)).toEqual(expected);
  });
  it.each(['', 'năm', '5,6,6', '1.2.3', '7 - 6', '5%'])('%j is not a number', (input) => {
    expect(parseVietnameseNumber(input)).toBeNull();
  });
});

describe('formatVietnameseNumber', () => {
  it.each([
    [5.66, 2, '5,66'],
    [51600, 0, '51.600'],
    [1234567.8, 1, '1.234.567,8'],
    [-0.3, 1, '-0,3'],
  ])('%d', (value, decimals, expected) => {
    expect(formatVietnameseNumber(value, decimals)).toBe(expected);
    expect(parseVietnameseNumber(expected)?.value).toBe(value);
  });
  it('a range', () => expect(formatFigureValue([6, 6.5], 1)).toBe('6,0 - 6,5'));
});

describe('figureValuePatch', () => {
  it('changes the value, its decimals and the number in the words', () => {
    expect(figureValuePatch({ text: '5,66%', value: 5.66, decimals: 2 }, '5,76')).toEqual({ value: 5.76, decimals: 2, text: '5,76%' });
    expect(figureValuePatch({ text: '238,9 tỷ USD', value: 238.9, decimals: 1 }, '240')).toEqual({ value: 240, decimals: 0, text: '240 tỷ USD' });
  });
  it('leaves words that do not show the number alone', () => {
    expect(figureValuePatch({ text: 'hơn 15,66%', value: 5.66, decimals: 2 }, '5,7')).toEqual({ value: 5.7, decimals: 1 });
    expect(figureValuePatch({ text: 'gần hai nghìn', value: 2000, decimals: 0 }, '2.100')).toEqual({ value: 2100, decimals: 0 });
  });
  it('not a number: no patch', () => {
    expect(figureValuePatch({ text: '5,66%', value: 5.66, decimals: 2 }, 'năm')).toBeNull();
  });
});
