// The unit written after a number: a scale and currency ("tỷ USD", "nghìn tỷ đồng"), a measure
// ("%", "km", "điểm phần trăm") or a count noun ("chỉ tiêu", "doanh nghiệp"). `unitInfo` reads a
// unit string alone, for figures a lead has typed in.

import { phraseAt, skipSpaces } from '../text/phraseAt.ts';
import { countNounAt } from './countNouns.ts';
import { CURRENCIES, MEASURES, SCALES } from './units.ts';

function lower(s: string): string {
  return s.toLowerCase();
}

export interface Unit {
  end: number;
  unit: string;
  dimension: string;
  multiplier: number;
  countNoun: boolean;
}

// First words of scales, currencies and measures: most numbers are followed by none of them.
const FIRST_WORDS = new Set(
  [...SCALES.map(([w]) => w), ...CURRENCIES.map(([w]) => w), ...MEASURES.map(([w]) => w)].map((w) => lower(w.split(' ')[0]!)),
);
const WORD_AT = /[\p{L}\p{M}\p{N}²³%-]+/uy;

// A rate after the unit: "25 triệu hành khách/năm", "1,2 triệu tấn hàng hóa/năm",
// "52,8 triệu đồng/người/năm", "17,4 tiêu chí/xã", "6.800 đồng/kg".
const PER = String.raw`\/\s?(năm|tháng|ngày|người|giờ|km²|ha|xã|hộ|kg|tấn|lít|m²|m³)(?![\p{L}\p{N}])`;
const RATE = new RegExp(String.raw`^(?:\s+[\p{Ll}\p{M}]+){0,2}${PER}(?:${PER.replace('(năm', '(?:năm')})?`, 'u');

// A list of count nouns counted together: "63 tỉnh, thành phố", "18 vụ án, vụ việc", "176 thôn, xóm".
function withList(text: string, unit: Unit | null): Unit | null {
  if (!unit || !unit.countNoun) return unit;
  let end = unit.end;
  let written = unit.unit;
  for (;;) {
    const m = /^,\s*/u.exec(text.slice(end, end + 3));
    if (!m) break;
    const next = countNounAt(text, end + m[0].length);
    // "35 tỉnh, 12 thành phố" lists counts, not nouns; a noun followed by a number ends it.
    if (!next || /^\s*\d/u.test(text.slice(end + m[0].length + next.length, end + m[0].length + next.length + 3))) break;
    written = `${written}${text.slice(end, end + m[0].length)}${next}`;
    end = end + m[0].length + next.length;
  }
  return end === unit.end ? unit : { ...unit, end, unit: written };
}

/**
 * A rate per area or per head measures something else than the total ("67,2 tạ/ha" is a yield,
 * not a harvest); a rate per unit of time is how a total is often written ("25 triệu khách/năm").
 */
function withRate(text: string, unit: Unit | null): Unit | null {
  if (!unit || unit.dimension === '%') return unit;
  const m = RATE.exec(text.slice(unit.end, unit.end + 40));
  if (!m) return unit;
  const per = m[1]!;
  const dimension = /^(?:năm|tháng|ngày|giờ)$/u.test(per) ? unit.dimension : `${unit.dimension}/${per}`;
  return { ...unit, end: unit.end + m[0].length, unit: `${unit.unit}${m[0]}`, dimension };
}

/** The unit written after a number: a scale and currency, a measure, or a count noun. */
export function readUnit(text: string, at: number): Unit | null {
  return withRate(text, withList(text, readBareUnit(text, at)));
}

function readBareUnit(text: string, at: number): Unit | null {
  const s = text[at] === '%' ? at : skipSpaces(text, at);
  if (text[s] === '%') {
    // "2% GDP" is a share of the economy, not a growth rate.
    const share = /^ (GDP|GRDP)(?![\p{L}\p{N}])/u.exec(text.slice(s + 1, s + 7));
    if (share) return { end: s + 1 + share[0].length, unit: `%${share[0]}`, dimension: `%${share[0]}`, multiplier: 1, countNoun: false };
    return { end: s + 1, unit: '%', dimension: '%', multiplier: 1, countNoun: false };
  }
  WORD_AT.lastIndex = s;
  const first = WORD_AT.exec(text)?.[0];
  if (!first) return null;
  if (!FIRST_WORDS.has(lower(first))) {
    const noun = countNounAt(text, s);
    return noun ? { end: s + noun.length, unit: noun, dimension: lower(noun), multiplier: 1, countNoun: true } : null;
  }
  for (const [scale, mult] of SCALES) {
    if (!phraseAt(text, s, scale)) continue;
    const after = skipSpaces(text, s + scale.length);
    for (const [cur, dim] of CURRENCIES) {
      if (phraseAt(text, after, cur, false) || phraseAt(text, after, cur)) {
        const written = `${text.slice(s, s + scale.length)} ${text.slice(after, after + cur.length)}`;
        return { end: after + cur.length, unit: written, dimension: dim, multiplier: mult, countNoun: false };
      }
    }
    for (const [measure, dim, m] of MEASURES) {
      if (phraseAt(text, after, measure, false)) {
        return { end: after + measure.length, unit: `${text.slice(s, s + scale.length)} ${measure}`, dimension: dim, multiplier: mult * m, countNoun: false };
      }
    }
    const noun = countNounAt(text, after);
    if (noun) {
      return { end: after + noun.length, unit: `${text.slice(s, s + scale.length)} ${noun}`, dimension: lower(noun), multiplier: mult, countNoun: true };
    }
    return { end: s + scale.length, unit: text.slice(s, s + scale.length), dimension: '', multiplier: mult, countNoun: false };
  }
  for (const [cur, dim] of CURRENCIES) {
    if (phraseAt(text, s, cur, false)) return { end: s + cur.length, unit: cur, dimension: dim, multiplier: 1, countNoun: false };
  }
  for (const [measure, dim, m] of MEASURES) {
    if (phraseAt(text, s, measure, measure.length > 3)) {
      return { end: s + measure.length, unit: text.slice(s, s + measure.length), dimension: dim, multiplier: m, countNoun: false };
    }
  }
  const noun = countNounAt(text, s);
  if (noun) return { end: s + noun.length, unit: noun, dimension: lower(noun), multiplier: 1, countNoun: true };
  return null;
}

/** Dimension and scale of a unit string: "tỷ đồng" → đồng ×10⁹, "chỉ tiêu" → chỉ tiêu. */
export function unitInfo(unit: string): { dimension: string; multiplier: number } {
  const u = readUnit(unit, 0);
  if (u && u.end >= unit.trim().length) return { dimension: u.dimension, multiplier: u.multiplier };
  return { dimension: lower(unit.trim()), multiplier: 1 };
}
