// Periods as editors write them, resolved to a canonical PeriodKey:
//
//   "quý I/2024" = "quý 1 năm 2024" = "Q1/2024" = "3 tháng đầu năm 2024"   → months 1–3 of 2024
//   "04 tháng đầu năm 2024" = "4 tháng" = "hết tháng 4" = "lũy kế 4 tháng" → months 1–4
//   "6 tháng đầu năm" = "nửa đầu năm"                                    → months 1–6
//   "năm 2023" = "cả năm 2023"                                           → months 1–12
//   "tháng 3/2024"                                                       → month 3
//   "giai đoạn 2021 - 2025"                                              → years 2021–2025
//   "những tháng đầu năm 2024", "từ đầu năm"                             → part of 2024
//   "từ đầu nhiệm kỳ đến nay"                                            → named
//   "vụ Xuân 2024", "vụ lúa Đông Xuân 2023 - 2024", "vụ Xuân năm trước"  → season
//
// A phrase without a year ("quý I", "4 tháng") gets year null; `withYear` fills it from context.

import type { PeriodKey } from '../directive/types.ts';
import { NUMBER_WORDS } from './numbers.ts';

export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  key: PeriodKey;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = String.raw`((?:19|20)\d{2})`;
const YEAR_TAIL = String.raw`(?:\s*(?:\/|-|năm)\s*${YEAR})?`;
/** After a phrase that already ends in "năm": "đầu năm 2024", "đầu năm/2024". */
const YEAR_AFTER_NAM = String.raw`(?:\s*\/?\s*${YEAR})?`;
const COUNT = String.raw`(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai)?)`;

const E = String.raw`(?![\p{L}\p{N}])`;

function count(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? NaN);
}

function year(y: string | undefined): number | null {
  return y ? Number(y) : null;
}

interface Pattern {
  re: RegExp;
  key: (m: RegExpExecArray) => PeriodKey | null;
}

// Order matters: longer phrases first; a match masks the text it covers.
const PATTERNS: Pattern[] = [
  {
    // "quý I/2024", "quý 1 năm 2024", "quý IV-2023"
    re: new RegExp(String.raw`quý\s+(IV|I{1,3}|[1-4])${E}${YEAR_TAIL}`, 'giu'),
    key: (m) => {
      const q = ROMAN[m[1]!.toLowerCase()] ?? Number(m[1]);
      return { kind: 'months', year: year(m[2]), from: q * 3 - 2, to: q * 3 };
    },
  },
  {
    re: new RegExp(String.raw`Q([1-4])(?:\s*[\/-]\s*${YEAR}|\s+${YEAR})?${E}`, 'gu'),
    key: (m) => {
      const q = Number(m[1]);
      return { kind: 'months', year: year(m[2] ?? m[3]), from: q * 3 - 2, to: q * 3 };
    },
  },
  {
    // "những tháng đầu năm 2024", "các tháng đầu năm"
    re: new RegExp(String.raw`(?:những|các|mấy)\s+tháng\s+đầu\s+năm${YEAR_AFTER_NAM}`, 'giu'),
    key: (m) => ({ kind: 'partial', year: year(m[1]) }),
  },
  {
    // "04 tháng đầu năm 2024", "6 tháng cuối năm", "Ba tháng đầu năm", "9 tháng năm 2023", "4 tháng"
    re: new RegExp(
      String.raw`(?:(?:lũy|luỹ)\s+kế\s+)?${COUNT}\s+tháng(?:\s+(đầu|cuối))?(?:(?:\s+năm)${YEAR_AFTER_NAM}|\s*[\/-]\s*${YEAR})?${E}`,
      'giu',
    ),
    key: (m) => {
      const n = count(m[1]!);
      if (!(n >= 1 && n <= 12)) return null;
      const y = year(m[3] ?? m[4]);
      return m[2]?.toLowerCase() === 'cuối'
        ? { kind: 'months', year: y, from: 13 - n, to: 12 }
        : { kind: 'months', year: y, from: 1, to: n };
    },
  },
  {
    re: new RegExp(String.raw`nửa\s+(đầu|cuối)\s+năm${YEAR_AFTER_NAM}`, 'giu'),
    key: (m) =>
      m[1]!.toLowerCase() === 'đầu'
        ? { kind: 'months', year: year(m[2]), from: 1, to: 6 }
        : { kind: 'months', year: year(m[2]), from: 7, to: 12 },
  },
  {
    // "hết tháng 4", "tính đến hết tháng 4/2024", "lũy kế đến tháng 4": cumulative from January.
    re: new RegExp(
      String.raw`(?:(?:tính\s+)?đến\s+hết|hết|(?:lũy|luỹ)\s+kế\s+đến)\s+tháng\s+(\d{1,2})${YEAR_TAIL}${E}`,
      'giu',
    ),
    key: (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? { kind: 'months', year: year(m[2]), from: 1, to: n } : null;
    },
  },
  {
    // "tháng 3/2024", "tháng 3 năm 2024"; a bare "tháng 3" is a month too.
    re: new RegExp(String.raw`tháng\s+(\d{1,2})${YEAR_TAIL}${E}`, 'giu'),
    key: (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? { kind: 'months', year: year(m[2]), from: n, to: n } : null;
    },
  },
  {
    // "giai đoạn 2021 - 2025", "thời kỳ 2021-2030", "nhiệm kỳ 2020 - 2025"
    re: new RegExp(String.raw`(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+${YEAR}\s*-\s*${YEAR}${E}`, 'giu'),
    key: (m) => ({ kind: 'years', from: Number(m[1]), to: Number(m[2]) }),
  },
  {
    // Crop seasons; a season spanning two years belongs to the later ("vụ Đông Xuân 2023 - 2024").
    re: new RegExp(
      String.raw`vụ(?:\s+lúa)?\s+(đông\s+xuân|hè\s+thu|thu\s+đông|chiêm\s+xuân|xuân|mùa|chiêm|đông)${E}(?:\s*(?:năm\s+)?${YEAR}(?:\s*-\s*${YEAR})?|\s+(năm\s+(?:trước|ngoái)))?${E}`,
      'giu',
    ),
    key: (m) => {
      const name = `vụ ${m[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
      if (m[4]) return { kind: 'season', name, year: null, yearOffset: -1 };
      return { kind: 'season', name, year: year(m[3] ?? m[2]) };
    },
  },
  {
    // Tết Nguyên đán, a reporting period of its own: "Tết Nguyên đán Giáp Thìn năm 2024", "Tết
    // Ất Tỵ" (the year of its name), "Tết 2025", "Tết năm trước". "dịp Tết" alone names no year.
    re: new RegExp(
      String.raw`tết(?:\s+nguyên\s+đán)?(?:\s+(giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý)\s+(tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?(?:\s*(?:năm\s+)?${YEAR}|\s+(năm\s+(?:trước|ngoái)))?${E}`,
      'giu',
    ),
    key: (m) => {
      if (m[4]) return { kind: 'season', name: 'tết', year: null, yearOffset: -1 };
      const named = m[1] && m[2] ? lunarYear(m[1], m[2]) : null;
      const y = year(m[3]) ?? named;
      return y === null ? null : { kind: 'season', name: 'tết', year: y };
    },
  },
  {
    re: new RegExp(String.raw`(?:từ\s+)?đầu\s+nhiệm\s+kỳ(?:\s+(?:đến|tới)\s+nay)?`, 'giu'),
    key: () => ({ kind: 'named', name: 'từ đầu nhiệm kỳ đến nay' }),
  },
  {
    re: new RegExp(String.raw`(nửa\s+(?:đầu\s+|cuối\s+)?nhiệm\s+kỳ)${E}`, 'giu'),
    key: (m) => ({ kind: 'named', name: m[1]!.toLowerCase().replace(/\s+/g, ' ') }),
  },
  {
    // "từ đầu năm (đến nay)": year to date, months unknown.
    re: new RegExp(String.raw`từ\s+đầu\s+năm(?:\s+${YEAR})?(?:\s+(?:đến|tới)\s+nay)?`, 'giu'),
    key: (m) => ({ kind: 'partial', year: year(m[1]) }),
  },
  {
    // "cả năm 2023", "năm 2023" — but not a horizon "đến năm 2030".
    re: new RegExp(String.raw`(?<!đến\s)(?<!tới\s)(?<!hết\s)(?<!đến\s+hết\s)(?:cả\s+)?năm\s+${YEAR}${E}`, 'giu'),
    key: (m) => ({ kind: 'months', year: Number(m[1]), from: 1, to: 12 }),
  },
  {
    re: new RegExp(String.raw`cả\s+năm${E}(?!\s*(?:19|20)\d{2})`, 'giu'),
    key: () => ({ kind: 'months', year: null, from: 1, to: 12 }),
  },
];

/** Every period phrase in text[from, to), in order, longest first where they overlap. */
export function findPeriods(text: string, from = 0, to = text.length): PeriodMention[] {
  const slice = text.slice(from, to);
  const taken = new Uint8Array(slice.length);
  const found: PeriodMention[] = [];
  for (const { re, key } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      if (e === s) {
        re.lastIndex++;
        continue;
      }
      // A whole-word start, checked here rather than by a lookbehind that would slow every regex.
      if (s > 0 && /[\p{L}\p{N}]/u.test(slice[s - 1]!)) {
        re.lastIndex = s + 1;
        continue;
      }
      let free = true;
      for (let i = s; i < e; i++) if (taken[i]) free = false;
      if (!free) continue;
      const k = key(m);
      if (!k) continue;
      taken.fill(1, s, e);
      found.push({ start: from + s, end: from + e, text: m[0], key: k });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const STEMS = ['canh', 'tân', 'nhâm', 'quý', 'giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ'];
const BRANCHES = ['thân', 'dậu', 'tuất', 'hợi', 'tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi'];

/** The year 1984–2043 of a name in the sixty-year cycle ("Giáp Thìn" 2024, "Ất Tỵ" 2025). */
function lunarYear(stem: string, branch: string): number | null {
  const st = STEMS.indexOf(stem.toLowerCase().replace('kỉ', 'kỷ'));
  const br = BRANCHES.indexOf(branch.toLowerCase().replace('mẹo', 'mão').replace('tị', 'tỵ'));
  if (st < 0 || br < 0) return null;
  for (let y = 1984; y < 2044; y++) if (y % 10 === st && y % 12 === br) return y;
  return null;
}

/** The year a period names, if any. */
export function periodYear(key: PeriodKey): number | null {
  switch (key.kind) {
    case 'months':
    case 'partial':
    case 'season':
      return key.year;
    case 'years':
      return null;
    case 'named':
      return null;
  }
}

/** Fills a missing year from context ("quý I" in a text about 2024). */
export function withYear(key: PeriodKey, contextYear: number | null): PeriodKey {
  if (contextYear === null) return key;
  if (key.kind === 'season' && key.year === null) return { kind: 'season', name: key.name, year: contextYear + (key.yearOffset ?? 0) };
  if ((key.kind === 'months' || key.kind === 'partial') && key.year === null) return { ...key, year: contextYear };
  return key;
}

/** Whether two periods may be the same: equal, or one is only "part of" the other's year. */
export function periodsCompatible(a: PeriodKey, b: PeriodKey): boolean {
  if (a.kind === 'partial' || b.kind === 'partial') {
    const ya = periodYear(a);
    const yb = periodYear(b);
    if (a.kind !== 'months' && a.kind !== 'partial') return false;
    if (b.kind !== 'months' && b.kind !== 'partial') return false;
    return ya === null || yb === null || ya === yb;
  }
  return periodsEqual(a, b);
}

export function periodsEqual(a: PeriodKey, b: PeriodKey): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'months': {
      const o = b as typeof a;
      return a.from === o.from && a.to === o.to && (a.year === null || o.year === null || a.year === o.year);
    }
    case 'years': {
      const o = b as typeof a;
      return a.from === o.from && a.to === o.to;
    }
    case 'partial': {
      const o = b as typeof a;
      return a.year === null || o.year === null || a.year === o.year;
    }
    case 'named':
      return a.name === (b as typeof a).name;
    case 'season': {
      const o = b as typeof a;
      return a.name === o.name && (a.year === null || o.year === null || a.year === o.year);
    }
  }
}

/** A short Vietnamese label: "quý I/2024", "4 tháng đầu năm 2024", "năm 2023". */
export function describePeriod(key: PeriodKey): string {
  switch (key.kind) {
    case 'months': {
      const y = key.year === null ? '' : `${key.year}`;
      if (key.from === 1 && key.to === 12) return y ? `năm ${y}` : 'cả năm';
      if (key.to - key.from === 2 && key.from % 3 === 1) {
        const q = ['I', 'II', 'III', 'IV'][(key.from - 1) / 3];
        return `quý ${q}${y ? `/${y}` : ''}`;
      }
      if (key.from === key.to) return `tháng ${key.from}${y ? `/${y}` : ''}`;
      if (key.from === 1) return `${key.to} tháng đầu năm${y ? ` ${y}` : ''}`;
      return `tháng ${key.from}–${key.to}${y ? `/${y}` : ''}`;
    }
    case 'years':
      return `giai đoạn ${key.from} - ${key.to}`;
    case 'partial':
      return key.year === null ? 'những tháng đầu năm' : `những tháng đầu năm ${key.year}`;
    case 'named':
      return key.name;
    case 'season': {
      const name = key.name.replace(/(?<=^vụ |\s)\p{L}/gu, (c) => c.toUpperCase());
      return key.year !== null ? `${name} ${key.year}` : key.yearOffset ? `${name} năm trước` : name;
    }
  }
}
