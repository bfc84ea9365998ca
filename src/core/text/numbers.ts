// Vietnamese numbers as editors write them: decimal comma, thousands dot ("5,66", "51.600",
// "2.000"). The English convention ("5.66", "2,000") is read too and remembered, so the
// checker can say it is written against convention. Where a string reads both ways ("2,000":
// 2 or 2000) the Vietnamese reading comes first and the other is kept as `alt`.
//
//   "5,66"    → 5.66   vi, 2 decimals
//   "51.600"  → 51600  vi
//   "5.66"    → 5.66   en (a dot before 1–2 digits cannot group thousands)
//   "2,000"   → 2      vi, alt 2000 en
//   "1,234,5" → null   (no convention writes that)

export interface NumberReading {
  value: number;
  decimals: number;
  convention: 'vi' | 'en';
}

export interface NumberToken extends NumberReading {
  start: number;
  end: number;
  raw: string;
  alt: NumberReading | null;
}

const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const VI_PLAIN = /^\d+(?:,\d+)?$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EN_PLAIN = /^\d+\.\d+$/;

function reading(intPart: string, fraction: string, convention: 'vi' | 'en'): NumberReading {
  const value = Number(`${intPart}${fraction ? `.${fraction}` : ''}`);
  return { value, decimals: fraction.length, convention };
}

/** Reads one number string; null when no convention writes it so. */
export function readNumber(raw: string): (NumberReading & { alt: NumberReading | null }) | null {
  if (/^\d+$/.test(raw)) return { value: Number(raw), decimals: 0, convention: 'vi', alt: null };
  if (VI_PLAIN.test(raw)) {
    const [int = '', frac = ''] = raw.split(',');
    const vi = reading(int, frac, 'vi');
    // "2,000": a comma before exactly three digits may be an English thousands separator.
    const alt = frac.length === 3 && int.length <= 3 && int !== '0' ? reading(int + frac, '', 'en') : null;
    return { ...vi, alt };
  }
  if (VI_GROUPED.test(raw)) {
    const [int = '', frac = ''] = raw.split(',');
    const vi = reading(int.replaceAll('.', ''), frac, 'vi');
    // "1.500": a single group may also be an English decimal point.
    const groups = int.split('.');
    const alt = groups.length === 2 && !frac ? reading(groups[0]!, groups[1]!, 'en') : null;
    return { ...vi, alt };
  }
  if (EN_PLAIN.test(raw)) {
    const [int = '', frac = ''] = raw.split('.');
    return { ...reading(int, frac, 'en'), alt: null };
  }
  if (EN_GROUPED.test(raw)) {
    const [int = '', frac = ''] = raw.split('.');
    return { ...reading(int.replaceAll(',', ''), frac, 'en'), alt: null };
  }
  return null;
}

const NUMBER_RUN = /\d+(?:[.,]\d+)*/g;

/** Every number in text[from, to): not glued to letters ("COP26", "T3", "95b", "QH15"). */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RUN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RUN.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (/[\p{L}_]/u.test(before) || /[\p{L}_]/u.test(after)) continue;
    const read = readNumber(m[0]);
    if (!read) continue;
    tokens.push({ start, end, raw: m[0], ...read });
  }
  return tokens;
}

/** Writes a number the Vietnamese way: "5,66", "51.600", "2.000". */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Vietnamese number words that name small counts: "Ba tháng đầu năm", "bốn tháng". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12,
};
