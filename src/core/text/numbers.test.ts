import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, readNumber, scanNumbers } from './numbers.ts';

describe('readNumber', () => {
  it.each([
    ['5,66', 5.66, 2, 'vi', null],
    ['51.600', 51600, 0, 'vi', 51.6],
    ['2.000', 2000, 0, 'vi', 2],
    ['238,9', 238.9, 1, 'vi', null],
    ['5.66', 5.66, 2, 'en', null],
    ['238.9', 238.9, 1, 'en', null],
    ['2,000', 2, 3, 'vi', 2000],
    ['1,234,567', 1234567, 0, 'en', null],
    ['1.234.567,5', 1234567.5, 1, 'vi', null],
    ['37', 37, 0, 'vi', null],
  ])('%s → %d', (raw, value, decimals, convention, alt) => {
    const r = readNumber(raw)!;
    expect(r.value).toBeCloseTo(value);
    expect(r.decimals).toBe(decimals);
    expect(r.convention).toBe(convention);
    if (alt === null) expect(r.alt).toBeNull();
    else expect(r.alt?.value).toBeCloseTo(alt);
  });

  it('rejects what no convention writes', () => {
    expect(readNumber('1,234,5')).toBeNull();
    expect(readNumber('1.23.4')).toBeNull();
  });
});

describe('scanNumbers', () => {
  it('skips numbers glued to letters', () => {
    const found = scanNumbers('COP26, Covid-19, T3, 95b, QH15 và 5,66%').map((t) => t.raw);
    expect(found).toEqual(['19', '5,66']);
  });
});

describe('formatNumber', () => {
  it.each([
    [5.66, 2, '5,66'],
    [51600, 0, '51.600'],
    [2000, 0, '2.000'],
    [238.9, 1, '238,9'],
    [1234567.5, 1, '1.234.567,5'],
  ])('%d', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('property: formatting then reading gives the value back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const read = readNumber(formatNumber(value, decimals))!;
        expect(read.value).toBeCloseTo(value, 6);
        expect(read.convention).toBe('vi');
      }),
      { numRuns: 500 },
    );
  });
});
