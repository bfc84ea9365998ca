// Dates as Vietnamese documents write them:
//   "05/6/2023", "ngày 05/6/2023", "ngày 05 tháng 6 năm 2023", "9/1/2023"
//   a form with blanks: "ngày      tháng 11 năm 2023" or "ngày    /11/2023" → "2023-11"
//   a date without a year: "ngày 19/6" → month and day only.

export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** "YYYY-MM-DD", "YYYY-MM" when the day is blank, or null when the year is unknown. */
  iso: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null) return null;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function valid(year: number | null, month: number | null, day: number | null): boolean {
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && (day < 1 || day > 31)) return false;
  if (year !== null && (year < 1900 || year > 2100)) return false;
  return true;
}

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number | null, number | null, number | null] }[] = [
  {
    // "ngày 05 tháng 6 năm 2023", "ngày    tháng 11 năm 2023"
    re: new RegExp(String.raw`ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})(?![\p{N}])`, 'giu'),
    parts: (m) => [Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null],
  },
  {
    // "ngày    /11/2023"
    re: new RegExp(String.raw`ngày\s+\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\p{N}])`, 'giu'),
    parts: (m) => [Number(m[2]), Number(m[1]), null],
  },
  {
    // "05/6/2023", "5-6-2023"
    re: new RegExp(String.raw`(?:ngày\s+)?(\d{1,2})\s*([\/-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\p{N}\/])`, 'giu'),
    parts: (m) => [Number(m[4]), Number(m[3]), Number(m[1])],
  },
  {
    // "ngày 19/6" (no year): only after "ngày" or "sáng/chiều/tối", so "37/43" stays a fraction.
    re: new RegExp(String.raw`(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(\d{1,2})\/(\d{1,2})(?![\p{N}\/])`, 'giu'),
    parts: (m) => [null, Number(m[2]), Number(m[1])],
  },
];

/** Every date in text[from, to), in order. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const taken = new Uint8Array(slice.length);
  const found: DateMention[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      // A date starts a word: not "1383-CV/BTGTU" nor "quý I/2024" (checked here, not by a slow lookbehind).
      if (s > 0 && /[\p{L}\p{N}\/.,-]/u.test(slice[s - 1]!)) {
        re.lastIndex = s + 1;
        continue;
      }
      if (taken.subarray(s, e).some((x) => x === 1)) continue;
      const [year, month, day] = parts(m);
      if (!valid(year, month, day)) continue;
      taken.fill(1, s, e);
      found.push({ start: from + s, end: from + e, text: m[0], year, month, day, iso: isoOf(year, month, day) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "2024-05-22" → "22/5/2024", the way the text writes it. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!d) return `${Number(m)}/${y}`;
  return `${d}/${Number(m)}/${y}`;
}
