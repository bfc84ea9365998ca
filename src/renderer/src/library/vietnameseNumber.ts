// Room: renderer — numbers as a Vietnamese lead types and reads them: comma for decimals, dot
// for thousands (5,75 · 2.000 · 41.300), a range as "6 - 6,5". A lone dot followed by other than
// three digits ("5.66") is read as a decimal point, the way online outlets sometimes write.

export interface TypedNumber {
  value: number | [number, number];
  /** Decimal places as typed (5,75 → 2; a range: the larger). */
  decimals: number;
}

function parseOne(raw: string): { value: number; decimals: number } | null {
  const s = raw.trim().replace(/\s+/gu, '');
  if (!/^-?\d[\d.,]*$/u.test(s)) return null;
  let integer: string;
  let fraction = '';
  if (s.includes(',')) {
    const [whole, decimal, extra] = s.split(',');
    if (extra !== undefined || !/^-?\d{1,3}(\.\d{3})*$|^-?\d+$/u.test(whole!)) return null;
    integer = whole!.replace(/\./gu, '');
    fraction = decimal!;
  } else if (/^-?\d{1,3}(\.\d{3})+$/u.test(s)) {
    integer = s.replace(/\./gu, '');
  } else if ((s.match(/\./gu) ?? []).length === 1) {
    [integer, fraction] = s.split('.') as [string, string];
  } else if (!s.includes('.')) {
    integer = s;
  } else {
    return null;
  }
  if (!/^\d*$/u.test(fraction) || integer === '' || integer === '-') return null;
  const value = Number(`${integer}.${fraction || '0'}`);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null;
}

/** A number or a range typed by a person, or null when it is not one. */
export function parseVietnameseNumber(input: string): TypedNumber | null {
  const range = /^(.+?)\s*(?:-|–|—|đến)\s*(.+)$/u.exec(input.trim());
  if (range && !input.trim().startsWith('-')) {
    const low = parseOne(range[1]!);
    const high = parseOne(range[2]!);
    if (low === null || high === null || low.value > high.value) return null;
    return { value: [low.value, high.value], decimals: Math.max(low.decimals, high.decimals) };
  }
  const one = parseOne(input);
  return one === null ? null : { value: one.value, decimals: one.decimals };
}

/** 5.75 with 2 decimals → "5,75"; 41300 → "41.300". */
export function formatVietnameseNumber(value: number, decimals = 0): string {
  const [integer, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = integer!.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export function formatFigureValue(value: number | [number, number], decimals = 0): string {
  return Array.isArray(value)
    ? `${formatVietnameseNumber(value[0], decimals)} - ${formatVietnameseNumber(value[1], decimals)}`
    : formatVietnameseNumber(value, decimals);
}
