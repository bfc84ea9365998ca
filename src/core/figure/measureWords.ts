// What a figure measures, as words to compare: the content syllables of its subject without
// places, verbs and function words, and the names in it (acronyms such as GDP, FDI, IIP and
// proper names such as "Cam Lâm - Vĩnh Hảo") that tell two similar measures apart.

import { findProvinces } from '../text/places.ts';
import { MEASURE_TERMS, NATIONAL_MARKERS, NOT_SUBJECT, PROVINCE_MARKERS } from './figureWords.ts';

// Capitalised words that are common nouns in these texts, not names that set a measure apart.
const COMMON_CAPITALS = new Set([
  'nhà', 'nước', 'nhân', 'dân', 'đảng', 'trung', 'ương', 'chính', 'phủ', 'quốc', 'hội', 'tỉnh', 'ủy', 'uỷ', 'ban',
  'bộ', 'thủ', 'tướng', 'tổng', 'nghị', 'quyết', 'kế', 'hoạch', 'chấp', 'hành', 'thường', 'vụ', 'bí', 'thư', 'trị',
  'đại', 'đoàn', 'mặt', 'trận', 'tổ', 'thành', 'phố', 'huyện', 'xã',
]);

export interface MeasureWords {
  words: string[];
  names: string[];
}

/** Drops place words from a subject: "Việt Nam", "cả nước", "tỉnh" say where, not what. */
const PLACE_MARKERS = new RegExp([...NATIONAL_MARKERS, ...PROVINCE_MARKERS].join('|'), 'giu');

export function withoutPlaces(s: string): string {
  let out = s.replace(PLACE_MARKERS, ' ');
  // Province names are capitalised: skip the search when nothing after the first letter is.
  if (/.\p{Lu}/su.test(out)) for (const p of findProvinces(out).reverse()) out = out.slice(0, p.start) + ' ' + out.slice(p.end);
  return out.replace(/(?<![\p{L}])(?:tỉnh|huyện|xã|phường|thị xã|thành phố)(?![\p{L}])/gu, ' ');
}

const TERMS_RE = new RegExp(`(?<![\\p{L}])(?:${MEASURE_TERMS.map(([t]) => t.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
const TERM_OF = new Map(MEASURE_TERMS.map(([t, as]) => [t, as]));

/** A subject with each measure's names read as one word ("đầu tư trực tiếp nước ngoài" → FDI). */
function withTerms(subject: string): string {
  return subject.replace(TERMS_RE, (m) => ` ${TERM_OF.get(m.toLowerCase().replace(/\s+/g, ' ')) ?? m} `);
}

/** Words and names of a subject string ("vốn FDI thực hiện" → words vốn, fdi, thực, hiện; names fdi). */
export function measureWords(subject: string): MeasureWords {
  const words: string[] = [];
  const names: string[] = [];
  const tokens = [...withoutPlaces(withTerms(subject)).matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]);
  tokens.forEach((token, i) => {
    const w = token.toLowerCase();
    if (/^\d/.test(w)) return;
    const acronym = token.length >= 2 && /^[\p{Lu}\d]+$/u.test(token) && /\p{Lu}/u.test(token);
    if (acronym) {
      names.push(w);
      words.push(w);
      return;
    }
    if (NOT_SUBJECT.has(w)) return;
    words.push(w);
    if (i > 0 && /^\p{Lu}/u.test(token) && !COMMON_CAPITALS.has(w)) names.push(w);
  });
  return { words, names };
}
