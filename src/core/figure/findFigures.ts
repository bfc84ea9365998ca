// Figures in a normal text (normalizeText): every quantity stated as a fact, result, forecast or
// target, with what it measures, for which period and place. The same reader serves directives
// (what is approved) and drafts (what is claimed), so both sides are understood alike.
//
//   "GDP quý I/2024 ước tính tăng 5,66% so với cùng kỳ năm trước."
//    ^^^ ^^^^^^^^^^ ^^^^^^^^ ^^^^ ^^^^^
//    subject period approx  change value+unit
//
//   "Tổng kim ngạch xuất nhập khẩu hàng hóa 04 tháng đạt 238,9 tỷ USD, tăng 15,2%."
//    the second figure has no words of its own: it shares the first one's subject.
//
// Not figures: dates, document numbers, periods ("04 tháng đầu năm"), ordinals and names
// ("lần thứ XIV", "Kỳ họp thứ 5", "Ban Chỉ đạo 35", "Điều 10"), list numbering, years, and
// numbers that count nothing we know.

import type { Change, Modality, PeriodKey, Scope } from '../directive/types.ts';
import { scanNumbers, type NumberReading, type NumberToken } from '../text/numbers.ts';
import { periodYear, withYear, type PeriodMention } from '../text/periods.ts';
import { scanText, type TextScan } from '../text/scanText.ts';
import { canonicalProvince, CENTRAL_CITIES, findProvinces } from '../text/places.ts';
import { canonicalTones } from '../text/tonePlacement.ts';
import type { TextSpan } from '../text/splitSentences.ts';
import { phraseAt, phraseBefore, skipSpaces } from '../text/phraseAt.ts';
import { countNounAt } from './countNouns.ts';
import { measureWords, withoutPlaces } from './measureWords.ts';
import {
  ANAPHORA,
  CHANGE_WORDS,
  BASELINE_BEFORE,
  CLAUSE_QUALIFIERS,
  COMPARISON_BEFORE,
  FORECAST_MARKERS,
  NAME_BEFORE,
  NATIONAL_MARKERS,
  NOT_CHANGE,
  NOT_SUBJECT,
  ORGANISATION_AFTER_PLACE,
  REGIONS,
  LOCAL_MARKER,
  PROVINCE_MARKERS,
  QUALIFIERS,
  TARGET_MARKERS,
  YEAR_FRAME_AFTER,
} from './figureWords.ts';
import { readUnit as unitAt } from './readUnit.ts';

export interface FoundFigure {
  /** Normal-text span of the figure's text: the number(s) and the unit. */
  start: number;
  end: number;
  text: string;
  value: number | [number, number];
  total?: number;
  decimals: number;
  convention: 'vi' | 'en';
  /** The other reading of an ambiguous number ("2,000" → 2000), for figure-format. */
  alt: NumberReading | null;
  unit: string;
  /** What the unit measures, for comparing: "%", "USD", "đồng", "km", or the count noun. */
  dimension: string;
  /** value × the unit's scale ("2.000 tỷ đồng" → 2e12), for comparing across scales. */
  scaled: number | [number, number];
  subject: string;
  /** Lower-case syllables naming the measure, for matching. */
  subjectWords: string[];
  change: Change | null;
  approx: string | null;
  modality: Modality;
  period: string | null;
  periodKey: PeriodKey | null;
  /** Whether the period is stated in the figure's own sentence, not carried over from context. */
  periodStated: boolean;
  /** A standard the text compares with ("cao hơn mức 65,8 tạ/ha"), not a claim of its own. */
  baseline: boolean;
  scope: Scope | null;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface FigureContext {
  /** The year a period without one belongs to when the text does not say (publication date). */
  defaultYear: number | null;
  /** The outline of a directive: a period is carried over within a section, and its headings frame it. */
  sections?: { start: number; end: number; headingStart: number; headingEnd: number }[];
  /** The home province of the text, for scopes that say only "tỉnh". */
  province?: string | null;
  /** The titles of cited documents: a period there is the document's ("... năm 2025"), no figure's. */
  citedTitles?: { start: number; end: number }[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function lower(s: string): string {
  return s.toLowerCase();
}

interface Masks {
  covered: Uint8Array;
  periods: PeriodMention[];
  periodStarts: number[];
  /** Periods never a figure's own: those it is compared with ("so với năm 2023"), those of cited titles. */
  comparison: Set<PeriodMention>;
  /** Periods of a standard of comparison ("cao hơn mức 31,5% của năm 2022"): that figure's, carried to no other. */
  baselinePeriods: Set<PeriodMention>;
}

/** The period of a standard of comparison: "cao hơn mức 31,5% của năm 2022". */
const BASELINE_PERIOD_BEFORE = /(?:hơn|so với|so)\s+(?:mức\s+)?[^;.]{1,24}\scủa\s*$/u;

function buildMasks(scan: TextScan, citedTitles: { start: number; end: number }[] = []): Masks {
  const text = scan.text;
  const covered = new Uint8Array(text.length);
  const periods = scan.periods;
  for (const p of periods) covered.fill(1, p.start, p.end);
  for (const d of scan.dates) covered.fill(1, d.start, d.end);
  for (const d of scan.documentNumbers) covered.fill(1, d.start, d.end);
  // Outline markers at a paragraph's start: "1.", "1.1.", "a)", "(1)".
  for (const m of text.matchAll(/(^|\n)\s*(\(?\d{1,2}(?:\.\d{1,2})*[.)\-](?:\s|$)|\(\d{1,2}\))/g)) {
    const s = m.index + m[1]!.length;
    covered.fill(1, s, s + m[2]!.length);
  }
  for (const m of text.matchAll(/\(\d{1,2}\)/g)) covered.fill(1, m.index, m.index + m[0].length);
  const comparison = new Set(
    periods.filter((p) => {
      const before = text.slice(Math.max(0, p.start - 40), p.start);
      return COMPARISON_BEFORE.test(before) || citedTitles.some((t) => t.start <= p.start && p.end <= t.end);
    }),
  );
  const baselinePeriods = new Set(periods.filter((p) => BASELINE_PERIOD_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))));
  return { covered, periods, periodStarts: periods.map((p) => p.start), comparison, baselinePeriods };
}

function isMasked(masks: Masks, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (masks.covered[i]) return true;
  return false;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** One test for all phrases, as whole words, at the end of a string. */
const endsWithAny = (phrases: readonly string[], flags = 'u'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*$`, flags);
/** One test for all phrases, as whole words, anywhere in a string. */
const containsAny = (phrases: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const NAME_BEFORE_RE = endsWithAny(NAME_BEFORE);
const QUALIFIER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${[...QUALIFIERS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*$`, 'iu');
const CLAUSE_QUALIFIER_RE = containsAny(CLAUSE_QUALIFIERS);
const FORECAST_RE = containsAny(FORECAST_MARKERS);
const TARGET_RE = containsAny(TARGET_MARKERS);
const DU_BAO_RE = containsAny(['dự báo']);
const WHEN_RE = containsAny(['khi', 'lúc', 'thời điểm']);
/** Words that say a result was reached, ending a run of targets: "kế hoạch 50.000 tỷ, thực hiện đạt ...". */
const ACTUAL_RE = containsAny(['thực hiện', 'thực tế', 'ước', 'đã', 'kết quả']);
const NATIONAL_RE = new RegExp(`(?<![\\p{L}])(?:${NATIONAL_MARKERS.map(escape).join('|')})(?![\\p{L}])`, 'giu');
const PROVINCE_MARKER_RE = new RegExp(`(?<![\\p{L}])(?:${PROVINCE_MARKERS.map(escape).join('|')})(?![\\p{L}])`, 'giu');
const LOCAL_MARKER_RE = new RegExp(`(?<![\\p{L}])${escape(LOCAL_MARKER)}(?!\\s+(?:tỉnh|huyện|thị xã|thị trấn|xã|phường|quận|thành phố|toàn quốc|cả nước))(?![\\p{L}])`, 'giu');
const DISTRICT_AREA_RE = /(?<![\p{L}])địa bàn (?:huyện|thị xã|quận)(?![\p{L}])/giu;
// "vùng đồng bằng sông Cửu Long", "Tây Nguyên", and "toàn vùng" alone.
const REGION_RE = new RegExp(`(?<![\\p{L}])(?:(?:toàn )?(?:vùng|khu vực) )?(${REGIONS.map(escape).join('|')})(?![\\p{L}])|(?<![\\p{L}])toàn vùng(?![\\p{L}])`, 'gu');

/** "thứ 5, 6, 7": every number in a list that an ordinal word opens. */
function isNameOrOrdinal(text: string, tok: NumberToken, sentenceStart: number): boolean {
  const before = text.slice(Math.max(0, tok.start - 24), tok.start);
  // "năm 2024", "tháng 3" name a time; "cả năm 2.114 ha" is a quantity after a period.
  if (NAME_BEFORE_RE.test(before) && !(/[.,]/.test(tok.raw) && /(?:năm|tháng|ngày|quý)\s*$/iu.test(before))) return true;
  // A list after "thứ": walk back over ", N" items.
  let i = tok.start;
  while (true) {
    let j = i;
    while (j > sentenceStart && text[j - 1] === ' ') j--;
    if (text[j - 1] !== ',' && !text.slice(Math.max(0, j - 3), j).endsWith(' và')) break;
    j = text[j - 1] === ',' ? j - 1 : j - 3;
    while (j > sentenceStart && text[j - 1] === ' ') j--;
    const m = /\d+$/.exec(text.slice(sentenceStart, j));
    if (!m) break;
    const prevStart = j - m[0].length;
    if (phraseBefore(text, prevStart, 'thứ') >= 0) return true;
    i = prevStart;
  }
  // Glued to a dash after letters: "Covid-19".
  if (/\p{L}-$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start))) return true;
  return false;
}

function isYearLike(tok: NumberToken): boolean {
  return tok.decimals === 0 && tok.convention === 'vi' && !tok.raw.includes('.') && tok.value >= 1900 && tok.value <= 2100;
}

/** The clause a figure sits in: from the last ";", ":" or opening bracket, or the previous figure. */
function clauseStart(text: string, sentenceStart: number, at: number, previousEnd: number): number {
  let i = at;
  let depth = 0;
  while (i > Math.max(sentenceStart, previousEnd)) {
    const ch = text[i - 1]!;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (ch === ';' || ch === ':')) return i;
    i--;
  }
  return Math.max(sentenceStart, previousEnd);
}

/** Removes bracketed asides: they never name the measure of the number after them. */
function withoutAsides(s: string): string {
  let out = s;
  let prev = '';
  while (prev !== out) {
    prev = out;
    // "(GDP)", "(IIP)" name the measure; other asides do not.
    out = out.replace(/\(([^()]*)\)/g, (_w, inner: string) => (/^[\p{Lu}\d]{2,8}$/u.test(inner.trim()) ? ` ${inner} ` : ' '));
  }
  return out;
}

function contentWords(s: string): string[] {
  const words: string[] = [];
  for (const m of withoutAsides(s).matchAll(WORD)) {
    const w = lower(m[0]);
    if (/^\d/.test(w)) continue;
    if (NOT_SUBJECT.has(w)) continue;
    words.push(w);
  }
  return words;
}

/** The periods inside [start, end), found by binary search over their sorted starts. */
function periodMentionsIn(masks: Masks, start: number, end: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (let i = lastAtOrBefore(masks.periodStarts, start - 1) + 1; i < masks.periods.length; i++) {
    const p = masks.periods[i]!;
    if (p.start >= end) break;
    if (p.end <= end) out.push(p);
  }
  return out;
}

function nearestChange(text: string, from: number, to: number): Change | null {
  // The verb governing a number is among the last words before it.
  const words = [...text.slice(Math.max(from, to - 80), to).matchAll(WORD)];
  from = Math.max(from, to - 80);
  let seen = 0;
  for (let k = words.length - 1; k >= 0 && seen < 10; k--, seen++) {
    const w = lower(words[k]![0]);
    const hit = CHANGE_WORDS.find(([word]) => word === w);
    if (!hit) continue;
    const at = from + words[k]!.index;
    if (NOT_CHANGE.some((c) => phraseAt(text, at, c))) continue;
    return hit[1];
  }
  return null;
}

function qualifierBefore(text: string, at: number): string | null {
  const m = QUALIFIER_RE.exec(text.slice(Math.max(0, at - 16), at));
  return m ? lower(m[1]!) : null;
}

function includesPhrase(hay: string, re: RegExp): string | null {
  const m = re.exec(hay);
  return m ? lower(m[0]).replace(/\s+/g, ' ') : null;
}

interface PlaceMarker {
  pos: number;
  scope: Scope;
  /** A place named in parentheses is an aside: it is no scope past the closing parenthesis. */
  until?: number;
}

const PLACE_WORD = /(?<![\p{L}])([Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Qq]uận)(?:\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*))?/gu;
const ORGANISATION_BEFORE = /(?:đảng bộ|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|ban chấp hành|ban thường vụ|thường trực)\s*$/iu;

/** Every word of a sentence that says where something applies, in order (read once per sentence). */
function placeMarkers(text: string, sentence: TextSpan, provinces: readonly { start: number; end: number; name: string }[], province: string | null): PlaceMarker[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: PlaceMarker[] = [];
  const asides: [number, number][] = [];
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
    const close = s.indexOf(')', i);
    if (close > i) asides.push([i, close]);
  }
  const add = (pos: number, scope: Scope): void => {
    const aside = asides.find(([open, close]) => open < pos && pos < close);
    out.push(aside ? { pos: sentence.start + pos, scope, until: sentence.start + aside[1] } : { pos: sentence.start + pos, scope });
  };
  for (const m of s.matchAll(NATIONAL_RE)) {
    // "thuộc nhóm dẫn đầu cả nước", "so với cả nước": the nation is a yardstick, not the place.
    if (COMPARISON_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    add(m.index, { level: 'national', name: null });
  }
  for (const m of s.matchAll(PLACE_WORD)) {
    const kindWord = lower(m[1]!);
    const next = lower(s.slice(m.index + m[0].length, m.index + m[0].length + 12).trimStart());
    const name = m[2] ?? null;
    // "Tỉnh ủy", "Đảng bộ tỉnh", "UBND tỉnh": an organisation, not where a figure applies.
    if (!name && ORGANISATION_AFTER_PLACE.some((w) => next.startsWith(w + ' ') || next === w)) continue;
    if (!name && ORGANISATION_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (/^\p{Lu}/u.test(m[1]!) && /^(ủy|uỷ)/u.test(next)) continue;
    if (name && ORGANISATION_AFTER_PLACE.some((w) => lower(name).startsWith(w))) continue;
    const level: Scope['level'] =
      kindWord === 'tỉnh' ? 'province'
      : kindWord === 'thành phố' || kindWord.startsWith('tp') ? (name && findProvinces(name).length ? 'province' : 'district')
      : kindWord === 'huyện' || kindWord === 'thị xã' || kindWord === 'quận' ? 'district'
      : 'commune';
    // "thành phố" alone in a text of a city run by the centre (Huế, Đà Nẵng) is that city.
    if (!name && kindWord === 'thành phố' && province && CENTRAL_CITIES.includes(province)) {
      add(m.index, { level: 'province', name: province });
      continue;
    }
    if (!name && level !== 'province') continue;
    add(m.index, { level, name: name ? (level === 'province' ? canonicalProvince(name) : name) : null });
  }
  for (const m of s.matchAll(PROVINCE_MARKER_RE)) add(m.index, { level: 'province', name: null });
  for (const m of s.matchAll(LOCAL_MARKER_RE)) add(m.index, { level: 'province', name: null });
  for (const m of s.matchAll(DISTRICT_AREA_RE)) add(m.index + 1, { level: 'district', name: null });
  for (const m of s.matchAll(REGION_RE)) add(m.index, { level: 'region', name: m[1] ? canonicalTones(m[1]).toLowerCase() : null });
  for (const p of provinces) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    // "Báo Lai Châu", "Ban Tuyên giáo Tỉnh ủy Lào Cai": a newspaper or a body, not a place.
    if (/(báo|đài|ban|ủy|uỷ)\s*$/u.test(lower(text.slice(Math.max(sentence.start, p.start - 12), p.start)))) continue;
    add(p.start - sentence.start, { level: 'province', name: p.name });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** The place a figure applies to: the last marker right after it, else the last one before it. */
function scopeOf(markers: readonly PlaceMarker[], at: number, rightEnd: number, province: string | null): Scope | null {
  let before: PlaceMarker | null = null;
  let after: PlaceMarker | null = null;
  for (const m of markers) {
    if (m.pos < at) {
      if (m.until === undefined || at <= m.until) before = m;
    } else if (m.pos < rightEnd) after = m;
  }
  const chosen = after ?? before;
  if (!chosen) return null;
  const scope = chosen.scope;
  if (scope.level === 'province' && scope.name === null && province) return { level: 'province', name: province };
  return scope;
}

const RIGHT_END = /[,;:.()]|\s(?:so với|được|đã|là|và|tăng|giảm|đạt|với|nhằm|để|trong đó)\s|\d/u;
const RIGHT_END_COUNT = /[,;:.()]|\s(?:so với|được|đã|là|và|tăng|giảm|với|nhằm|để|trong đó)\s|\d/u;

/** A measure that says where it applies: GRDP is a province's, GDP the nation's. */
function measureScope(words: string[], province: string | null): Scope | null {
  if (words.includes('grdp')) return { level: 'province', name: province };
  if (words.includes('gdp')) return { level: 'national', name: null };
  return null;
}

/** The last n words of s, as text (a backward scan over spaces). */
function lastWords(s: string, n: number): string {
  let spaces = 0;
  for (let i = s.length - 2; i >= 0; i--) {
    if (s.charCodeAt(i) === 32 && ++spaces >= n) return s.slice(i + 1);
  }
  return s;
}

/** A subject to show: without periods, and without the verbs and qualifiers at its edges. */
function displaySubject(s: string, periods: PeriodMention[], offset: number): string {
  let out = s;
  for (const p of [...periods].reverse()) {
    const rel = p.start - offset;
    if (rel >= 0 && rel + (p.end - p.start) <= out.length) out = out.slice(0, rel) + out.slice(rel + p.end - p.start);
  }
  out = withoutAsides(out).replace(/\s+/g, ' ').trim();
  let words = out.split(' ');
  while (words.length && NOT_SUBJECT.has(lower(words[words.length - 1]!))) words.pop();
  // Leading verbs go, but not the first half of a noun: "Tăng trưởng kinh tế".
  while (words.length && NOT_SUBJECT.has(lower(words[0]!)) && !NOT_CHANGE.includes(lower(`${words[0]} ${words[1] ?? ''}`))) {
    words.shift();
  }
  return words.join(' ').replace(/[,;:\s-]+$/u, '');
}

function modalityOf(windowText: string): Modality {
  if (FORECAST_RE.test(windowText)) return 'forecast';
  if (TARGET_RE.test(windowText)) return 'target';
  return 'actual';
}

/** The last index i with starts[i] <= at, or -1. */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Reads every figure of a normal text. */
export function findFigures(text: string, context: FigureContext, scan: TextScan = scanText(text)): FoundFigure[] {
  const masks = buildMasks(scan, context.citedTitles);
  const sentences = scan.sentences;
  const paragraphStarts = scan.paragraphs.map((p) => p.start);
  const sections = context.sections ?? [];
  const sectionStarts = sections.map((x) => x.start).sort((a, b) => a - b);
  const figures: FoundFigure[] = [];

  /** Where a period may be carried over from: the paragraph, or the section in a directive. */
  const carryStart = (at: number): number => {
    const start = paragraphStarts[lastAtOrBefore(paragraphStarts, at)] ?? 0;
    if (sectionStarts.length) return Math.min(start, sectionStarts[lastAtOrBefore(sectionStarts, at)] ?? 0);
    return start;
  };

  const sentenceStarts = sentences.map((x) => x.start);
  /**
   * Whether a period frames what follows: it stands in a heading, is set off by a comma
   * ("Năm 2024, ...", "Ba tháng đầu năm, ..."), or opens its sentence after a preposition
   * ("Trong 04 tháng đầu năm 2024 ..."). "GDP quý I/2024 tăng ..." belongs to GDP alone.
   */
  const isFrame = (p: PeriodMention): boolean => {
    const s = sentenceStarts[lastAtOrBefore(sentenceStarts, p.start)] ?? 0;
    const before = text.slice(s, p.start);
    if (sectionStarts.length && /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)\-]|[a-zđ][.)]|[IVX]+[.\-])\s/u.test(before)) return true;
    if (/^\s*[,:]/u.test(text.slice(p.end, p.end + 2))) return true;
    return /^[\s\-+•]*(?:(?:trong|trong suốt|tính đến|tính chung|tính riêng|lũy kế|luỹ kế|hết|sau|qua|riêng|từ|theo số liệu)\s+)?$/iu.test(before);
  };

  /** The year a period without one belongs to: the nearest year before it, else the default. */
  const yearBefore = (at: number, floor: number): number | null => {
    for (let k = lastAtOrBefore(masks.periodStarts, at - 1); k >= 0; k--) {
      const p = masks.periods[k]!;
      if (p.start < floor) break;
      if (p.end > at || masks.comparison.has(p) || masks.baselinePeriods.has(p)) continue;
      const y = periodYear(p.key);
      if (y !== null) return y;
    }
    return context.defaultYear;
  };

  const provinces = findProvinces(text);
  for (const sentence of sentences) {
    const tokens = scanNumbers(text, sentence.start, sentence.end).filter((t) => !isMasked(masks, t.start, t.end));
    if (tokens.length === 0) continue;
    let markers: PlaceMarker[] | null = null;
    let previous: FoundFigure | null = null;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      if (previous && tok.start < previous.end) continue;
      if (isNameOrOrdinal(text, tok, sentence.start)) continue;
      if (isYearLike(tok) && !/^\s*(?:%|tỷ|triệu|nghìn|ngàn)/u.test(text.slice(tok.end, tok.end + 8))) continue;

      // A range: "từ 6 đến 6,5%", "6-6,5%", "3 - 4 cặp", "từ 30 đến 50 hộ".
      let low: NumberToken = tok;
      let high: NumberToken | null = null;
      const next = tokens[k + 1];
      if (next) {
        const between = text.slice(tok.end, next.start);
        if (/^\s*(?:-|đến|tới|–)\s*$/u.test(between)) {
          high = next;
        }
      }
      const last = high ?? tok;
      // A fraction "37/43 chỉ tiêu".
      let total: number | undefined;
      let numEnd = last.end;
      const frac = /^\/(\d+)/.exec(text.slice(last.end));
      if (!high && frac && tok.decimals === 0) {
        total = Number(frac[1]);
        numEnd = last.end + frac[0].length;
        if (total < tok.value) total = undefined;
      }
      if (frac && total === undefined) continue;

      let unit = unitAt(text, numEnd);
      // "N năm" as a time frame or a plan's name is not a count of years.
      if (unit && unit.dimension === 'năm') {
        const rest = text.slice(skipSpaces(text, unit.end), unit.end + 30);
        if (/^(?:\(?\s*(?:19|20)\d{2}|tiếp theo\s*\(|tiếp theo\s+(?:19|20)\d{2}|giai đoạn|thời kỳ|nhiệm kỳ)/u.test(rest) || YEAR_FRAME_AFTER.some((w) => phraseAt(rest, 0, w))) {
          if (high) k++;
          continue;
        }
      }
      let start = low.start;
      const fromWord = phraseBefore(text, low.start, 'từ');
      if (high && fromWord >= 0) start = fromWord;

      const clause = clauseStart(text, sentence.start, start, previous ? previous.end : sentence.start);
      const left = text.slice(clause, start);

      // A bare number counts what "số <noun>" before it names: "số doanh nghiệp thành lập mới 51.600".
      if (!unit) {
        const m = /(?:^|\s)số\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)/iu.exec(left);
        const noun = m ? countNounAt(m[1]!, 0) : null;
        if (!noun) {
          if (high) k++;
          continue;
        }
        unit = { end: numEnd, unit: noun, dimension: lower(noun), multiplier: 1, countNoun: true };
      }
      const end = unit.end > numEnd ? unit.end : numEnd;
      if (high) k++;

      // What the figure measures: the clause before it, or after a count noun, or the previous figure's.
      let leftSubject = left;
      const comma = left.lastIndexOf(',');
      if (comma >= 0) leftSubject = left.slice(comma + 1);
      const periodSpans = periodMentionsIn(masks, clause, start);
      let leftClean = leftSubject;
      for (const p of periodSpans) {
        const rel = p.start - (clause + (comma >= 0 ? comma + 1 : 0));
        if (rel >= 0) leftClean = leftClean.slice(0, rel) + ' '.repeat(p.end - p.start) + leftClean.slice(rel + p.end - p.start);
      }
      // What a count counts may go on with a verb ("xã đạt chuẩn nông thôn mới"); a measure's value does not.
      const rightEndMatch = (unit.countNoun ? RIGHT_END_COUNT : RIGHT_END).exec(text.slice(end, sentence.end));
      const rightEnd = rightEndMatch ? end + rightEndMatch.index : sentence.end;
      const right = text.slice(end, rightEnd);
      let leftWords = contentWords(withoutPlaces(leftClean));
      if (leftWords.length && ANAPHORA.has(leftWords.join(' '))) leftWords = [];
      let subject: string;
      const leftOffset = clause + (comma >= 0 ? comma + 1 : 0);
      if (unit.countNoun && unit.end > numEnd) {
        const head = unit.unit.replace(/^(?:nghìn|ngàn|triệu|tỷ)\s+/u, '');
        // "khách quốc tế đạt 2,98 triệu lượt": a noun that says nothing more is named by the clause before.
        const named = contentWords(right).length === 0 && leftWords.length ? `${displaySubject(leftSubject, periodSpans, leftOffset)} ` : '';
        subject = `${named}${head}${right.trim() ? ` ${right.trim()}` : ''}`.replace(/[,;:\s-]+$/u, '');
      } else if (leftWords.length) {
        subject = displaySubject(leftSubject, periodSpans, leftOffset);
      } else if (previous && !(/[;:]/u.test(text[clause - 1] ?? '') && contentWords(right).length)) {
        // "đạt 238,9 tỷ USD, tăng 15,2%" goes on with the same measure; "…; 100% cơ quan …" starts another.
        subject = previous.subject;
      } else {
        subject = right.trim();
      }
      const subjectWords = measureWords(subject).words;

      // Period: stated in the sentence (one attached right after, else nearest before, else just
      // after), else carried over. A standard of comparison has only a period attached to it.
      const baseline =
        BASELINE_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start)) ||
        (phraseBefore(text, start, 'từ') >= 0 && /^\s*(?:lên|xuống)\s/u.test(text.slice(end, end + 8)));
      // A yardstick period is not the figure's own, unless a clause says what happened then:
      // "so với năm 2019, khi nước ta đón 18 triệu lượt khách".
      const inSentence = periodMentionsIn(masks, sentence.start, sentence.end).filter(
        (p) => !masks.comparison.has(p) || (p.end <= start && WHEN_RE.test(text.slice(p.end, start))),
      );
      const beforeIt = inSentence.filter((p) => p.end <= start && !masks.baselinePeriods.has(p));
      // A period after the figure is its own only before the next number ("7,16 tấn/ha, cao hơn
      // mức 7,06 tấn/ha của vụ Đông Xuân năm trước": the season is the second figure's).
      const nextNumber = tokens.find((t) => t.start >= end)?.start ?? sentence.end;
      const afterIt = inSentence.filter((p) => p.start >= end && p.start < Math.min(rightEnd + 40, nextNumber));
      const attached = afterIt[0] && /^\s*(?:của|trong|vào)?\s*$/u.test(text.slice(end, afterIt[0].start)) ? afterIt[0] : null;
      let mention: PeriodMention | null = baseline ? attached : (attached ?? beforeIt[beforeIt.length - 1] ?? afterIt[0] ?? null);
      const periodStated = mention !== null;
      const floor = carryStart(sentence.start);
      if (!mention && !baseline) {
        // Carried over: the last period that frames what follows — one that opens its sentence
        // ("Năm 2024, ...", "Trong 04 tháng đầu năm 2024, ...") or stands in a heading of an
        // enclosing section — rather than one that belongs to another measure mid-sentence
        // ("Kim ngạch xuất khẩu 6 tháng đạt ..."); failing those, the last period before.
        let nearest: PeriodMention | null = null;
        for (let k = lastAtOrBefore(masks.periodStarts, sentence.start - 1); k >= 0; k--) {
          const p = masks.periods[k]!;
          if (p.start < floor) break;
          if (p.end > sentence.start || masks.comparison.has(p) || masks.baselinePeriods.has(p)) continue;
          nearest ??= p;
          if (isFrame(p)) {
            mention = p;
            break;
          }
        }
        if (!mention) {
          const enclosing = sections.filter((x) => x.start <= sentence.start && sentence.start < x.end).sort((a, b) => b.start - a.start);
          for (const x of enclosing) {
            const inHeading = masks.periods.filter((p) => p.start >= x.headingStart && p.end <= x.headingEnd && !masks.comparison.has(p));
            if (inHeading.length) {
              mention = inHeading[inHeading.length - 1]!;
              break;
            }
          }
        }
        mention ??= nearest;
      }
      let periodKey = mention ? mention.key : null;
      if (periodKey && mention) periodKey = withYear(periodKey, yearBefore(mention.start, floor));
      // "kỷ niệm 134 năm Ngày sinh ... (19/5/1890 - 19/5/2024)": an anniversary belongs to the year it ends.
      let anniversary: { text: string; year: number } | null = null;
      if (unit.dimension === 'năm') {
        const m = /^[^()]{0,80}\(([^()]*?(?:19|20|18)\d{2}\s*-\s*[^()]*?((?:19|20)\d{2}))\)/u.exec(text.slice(end, sentence.end));
        if (m) anniversary = { text: m[1]!, year: Number(m[2]) };
      }
      if (anniversary) periodKey = { kind: 'months', year: anniversary.year, from: 1, to: 12 };

      const q = qualifierBefore(text, start);
      const windowText = lastWords(text.slice(Math.max(sentence.start, previous ? previous.end : sentence.start), start), 15);
      const approx = q ?? includesPhrase(text.slice(clause, start), CLAUSE_QUALIFIER_RE) ?? (DU_BAO_RE.test(windowText) ? 'dự báo' : null);
      const change = nearestChange(text, clause, start);
      // "Tỉnh phấn đấu GRDP tăng trên 11%; thu ngân sách đạt ...": a target goes on through its sentence.
      const ownModality = modalityOf(windowText);
      const modality =
        ownModality === 'actual' && previous && previous.modality !== 'actual' && !ACTUAL_RE.test(windowText) ? previous.modality : ownModality;

      const value: number | [number, number] = high ? [low.value, high.value] : tok.value;
      const decimals = Math.max(tok.decimals, high?.decimals ?? 0);
      const scaled: number | [number, number] = Array.isArray(value)
        ? [value[0] * unit.multiplier, value[1] * unit.multiplier]
        : value * unit.multiplier;
      const figure: FoundFigure = {
        start,
        end,
        text: text.slice(start, end),
        value,
        ...(total !== undefined ? { total } : {}),
        decimals,
        convention: tok.convention === 'en' || high?.convention === 'en' ? 'en' : 'vi',
        alt: high ? null : tok.alt,
        unit: unit.unit,
        dimension: unit.dimension,
        scaled,
        subject,
        subjectWords,
        change,
        approx,
        modality,
        period: anniversary ? anniversary.text : mention ? mention.text : null,
        periodKey,
        periodStated: periodStated || anniversary !== null,
        baseline,
        scope: scopeOf((markers ??= placeMarkers(text, sentence, provinces, context.province ?? null)), start, rightEnd, context.province ?? null) ?? measureScope(subjectWords, context.province ?? null),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      };
      figures.push(figure);
      previous = figure;
    }
  }
  return figures;
}

export type { TextSpan };
