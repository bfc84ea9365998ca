// Which approved figure a draft figure states, and how it differs. Two figures state the same
// measure when their units agree, both are results (or both forecasts/targets), their periods
// agree once canonical, their places agree, and their subjects share the words that matter
// (weighted by how rare they are among approved figures; disjoint names such as GDP vs IIP or
// two different roads rule a pair out).
//
//   same value, same change        → consistent (perhaps written against convention: figure-format)
//   same value, tăng ↔ giảm         → figure-direction
//   the approved value rounded     → figure-rounded
//   another value                  → figure-mismatch, when the pairing is clear

import type { FoundFigure } from '../figure/findFigures.ts';
import type { PeriodKey, Scope } from '../directive/types.ts';
import { periodsCompatible } from '../text/periods.ts';
import type { ApprovedFigure, CompiledLibrary } from './compileLibrary.ts';
import { measureWords } from '../figure/measureWords.ts';
import { EXCLUSIVE_TERMS } from '../figure/figureWords.ts';
import { libraryMemo } from './libraryMemo.ts';

export type FigureOutcome = 'consistent' | 'format' | 'direction' | 'rounded' | 'mismatch';

export interface FigureMatch {
  draft: FoundFigure;
  approved: ApprovedFigure;
  outcome: FigureOutcome;
  score: number;
}

/** Scores at which a pairing counts: any agreement, and a clear one for a contradiction. */
const LOOSE = 0.34;
const CLEAR = 0.5;

export function dimensionKey(d: string): string {
  return d.toLowerCase().replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether two places may be the same. A figure without a place in a directive of province P may
 * be P's own: it agrees with "tỉnh P" in a draft, not with another province or a district.
 */
function scopesCompatible(approved: Scope | null, draft: Scope | null, approvedProvince: string | null): boolean {
  if (!draft) return true;
  if (!approved) return draft.level === 'national' || (draft.level === 'province' && draft.name !== null && draft.name === approvedProvince);
  if (approved.level !== draft.level) return false;
  return approved.name === null || draft.name === null || approved.name === draft.name;
}

function periodOk(a: PeriodKey | null, d: PeriodKey | null): boolean {
  if (!a || !d) return true;
  return periodsCompatible(a, d);
}

/** Weighted agreement of two measures' words (0..1); 0 when their names disagree. */
/** Sharing a name (GDP, GRDP, FDI, "Cam Lâm") is strong evidence of the same measure. */
const SHARED_NAME = 0.75;

/** Whether the two measures name different members of a set of exclusive terms (exports vs imports). */
function exclusiveClash(a: Set<string>, d: Set<string>): boolean {
  for (const group of EXCLUSIVE_TERMS) {
    const inA = group.filter((t) => a.has(t));
    const inD = group.filter((t) => d.has(t));
    if (inA.length && inD.length && !inA.some((t) => inD.includes(t))) return true;
  }
  return false;
}

export function measureScore(lib: CompiledLibrary, a: ApprovedFigure, dWords: Set<string>, dNames: string[]): number {
  if (a.names.length && dNames.length && !a.names.some((n) => dNames.includes(n))) return 0;
  if (exclusiveClash(a.wordSet, dWords)) return 0;
  const sharesName = a.names.length > 0 && a.names.some((n) => dNames.includes(n));
  const score = wordScore(lib, a, dWords);
  return sharesName ? Math.max(score, SHARED_NAME) : score;
}

function wordScore(lib: CompiledLibrary, a: ApprovedFigure, D: Set<string>): number {
  const weight = (w: string): number => lib.measureIdf.get(w) ?? 1 + Math.log(lib.figures.length + 1);
  const A = a.wordSet;
  if (!A.size || !D.size) return A.size === D.size ? 0.5 : 0;
  let common = 0;
  let total = 0;
  for (const w of A) {
    total += weight(w);
    if (D.has(w)) common += weight(w);
  }
  for (const w of D) {
    total += weight(w);
    if (A.has(w)) common += weight(w);
  }
  return total ? common / total : 0;
}

const eq = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

function sameValue(a: number | [number, number], d: number | [number, number]): boolean {
  if (Array.isArray(a) && Array.isArray(d)) return eq(a[0], d[0]) && eq(a[1], d[1]);
  if (!Array.isArray(a) && !Array.isArray(d)) return eq(a, d);
  return false;
}

/**
 * Whether the draft's value is the approved one rounded to the draft's precision. Precision is
 * compared on the scaled values: "28,9 nghìn tỷ" (to 10¹¹) rounds "28.945 tỷ" (to 10⁹).
 */
function rounds(a: ApprovedFigure, d: FoundFigure): boolean {
  if (Array.isArray(a.scaled) || Array.isArray(d.scaled)) return false;
  const unitA = a.scaled / (a.value as number);
  const unitD = d.scaled / (d.value as number);
  const stepA = unitA / 10 ** a.decimals;
  // A whole number ending in zeros is written to that precision: "14.300" rounds 14.326.
  const zeros = d.decimals === 0 ? trailingZeros(d.value as number) : 0;
  const stepD = (unitD / 10 ** d.decimals) * 10 ** zeros;
  if (!(stepD > stepA * 1.000001)) return false;
  return eq(Math.round(a.scaled / stepD) * stepD, d.scaled) && !eq(a.scaled, d.scaled);
}

function trailingZeros(n: number): number {
  let k = 0;
  while (n !== 0 && Number.isInteger(n) && n % 10 === 0 && k < 6) {
    n /= 10;
    k++;
  }
  return k;
}

/** A value far from the approved one is more likely another measure than a slip of the pen. */
function plausibleSlip(a: number | [number, number], d: number | [number, number]): boolean {
  const x = Array.isArray(a) ? (a[0] + a[1]) / 2 : a;
  const y = Array.isArray(d) ? (d[0] + d[1]) / 2 : d;
  if (x === 0 || y === 0) return false;
  const ratio = x / y;
  return ratio >= 0.5 && ratio <= 2;
}

function opposite(a: string | null, d: string | null): boolean {
  return (a === 'tăng' && d === 'giảm') || (a === 'giảm' && d === 'tăng');
}

const pairings = libraryMemo<Omit<FigureMatch, 'draft'> | null>();

/** What decides a pairing: the same figure read in the same way pairs the same, wherever it stands. */
function pairingKey(d: FoundFigure, province: string | null): string {
  return JSON.stringify([d.text, d.value, d.scaled, d.total, d.dimension, d.convention, d.alt, d.subject, d.change, d.modality, d.periodKey, d.periodStated, d.baseline, d.scope, province]);
}

export function matchFigures(lib: CompiledLibrary, figures: FoundFigure[], province: string | null = null): FigureMatch[] {
  const matches: FigureMatch[] = [];
  for (const d of figures) {
    const pairing = pairings(lib, pairingKey(d, province), () => pairFigure(lib, d, province));
    if (pairing) matches.push({ draft: d, ...pairing });
  }
  // A sentence that states the approved value itself speaks of something else with its other
  // values of that measure: "từ 63 tỉnh, thành phố còn 34 tỉnh, thành phố".
  const agrees = (m: FigureMatch): boolean => m.outcome === 'consistent' || m.outcome === 'format';
  const statedRightly = new Map<number, Set<ApprovedFigure>>();
  for (const m of matches.filter(agrees)) {
    let set = statedRightly.get(m.draft.sentenceStart);
    if (!set) statedRightly.set(m.draft.sentenceStart, (set = new Set()));
    set.add(m.approved);
  }
  return matches.filter((m) => agrees(m) || !statedRightly.get(m.draft.sentenceStart)?.has(m.approved));
}

/** The approved figure a draft figure states, and how it differs; null when none clearly. */
function pairFigure(lib: CompiledLibrary, d: FoundFigure, province: string | null): Omit<FigureMatch, 'draft'> | null {
  const { words, names } = measureWords(d.subject);
  const dim = dimensionKey(d.dimension);
  const prospective = d.modality !== 'actual';
  // A period carried over from an earlier sentence is a hint, not a statement: it may rule out
  // a contradiction, but not an agreement.
  // Approved figures of the draft's own province come first when a measure exists in several.
  const affinity = (a: ApprovedFigure): number =>
    !province || !a.directive.province ? 0 : a.directive.province === province ? 1 : -1;
  const candidates: { a: ApprovedFigure; score: number; periodDoubt: boolean; affinity: number }[] = [];
  const wordSet = new Set(words);
  for (const a of lib.figuresByDimension.get(dim) ?? []) {
    if ((a.modality !== 'actual') !== prospective) continue;
    if (a.total !== null && d.total !== undefined && a.total !== d.total) continue;
    const periodAgrees = periodOk(a.periodKey, d.periodKey);
    if (!periodAgrees && d.periodStated) continue;
    if (!scopesCompatible(a.scope, d.scope, a.directive.province)) continue;
    // A figure that says no place is not a named district's, commune's or region's, nor a named
    // province's unless the article is about that province.
    if (!d.scope && a.scope && a.scope.level !== 'national' && a.scope.name !== null && (a.scope.level !== 'province' || a.scope.name !== province)) continue;
    const score = measureScore(lib, a, wordSet, names);
    if (score >= LOOSE) candidates.push({ a, score, periodDoubt: !periodAgrees, affinity: affinity(a) });
  }
  if (!candidates.length) return null;
  // Candidates whose period agrees come first; among them, the closest measure.
  // "347/411 xã" states the same measure as "345/411 xã": the same total is strong evidence.
  const sameTotal = (c: { a: ApprovedFigure }): number => Number(d.total !== undefined && c.a.total === d.total);
  const scaledD = d.scaled;
  const near = (c: { a: ApprovedFigure }): number => Number(plausibleSlip(c.a.scaled, scaledD));
  candidates.sort(
    (x, y) => Number(x.periodDoubt) - Number(y.periodDoubt) || sameTotal(y) - sameTotal(x) || y.affinity - x.affinity || y.score - x.score || near(y) - near(x),
  );

  // The value of some agreeing approved figure: consistent, or only written the English way.
  const same = candidates.find((c) => sameValue(c.a.scaled, scaledD) && !opposite(c.a.change, d.change));
  if (same) return { approved: same.a, outcome: d.convention === 'en' ? 'format' : 'consistent', score: same.score };
  // A standard of comparison without a period of its own may be any year's: it agrees or says nothing.
  if (d.baseline && !d.periodStated) return null;
  const flipped = candidates.find((c) => sameValue(c.a.scaled, scaledD) && opposite(c.a.change, d.change));
  if (flipped && flipped.score >= CLEAR) return { approved: flipped.a, outcome: 'direction', score: flipped.score };
  // "2,000 tỷ đồng": the English reading is the approved value.
  if (d.alt && !Array.isArray(scaledD)) {
    const factor = (scaledD as number) / (d.value as number);
    const alt = candidates.find((c) => !Array.isArray(c.a.scaled) && eq(c.a.scaled, d.alt!.value * factor));
    if (alt) return { approved: alt.a, outcome: 'format', score: alt.score };
  }
  const best = candidates[0]!;
  if (best.score < CLEAR) return null;
  // Two clear candidates that disagree on the value: the pairing is not clear enough to accuse.
  // One far from the draft's value ("tăng 1,3 tấn/ha" beside "24,6 tấn/ha") is not a rival.
  const rival = candidates[1];
  if (
    rival && rival.periodDoubt === best.periodDoubt && sameTotal(rival) === sameTotal(best) && rival.affinity === best.affinity &&
    rival.score > best.score - 0.1 && !sameValue(rival.a.scaled, best.a.scaled) && near(rival) === 1
  ) return null;
  const a = best.a;
  if (rounds(a, d)) return { approved: a, outcome: 'rounded', score: best.score };
  if (Array.isArray(a.value) !== Array.isArray(d.value)) return null;
  if (best.periodDoubt || !plausibleSlip(a.scaled, scaledD)) return null;
  return { approved: a, outcome: 'mismatch', score: best.score };
}

/**
 * The contradictions worth reporting. A figure that names no place, set against an unplaced
 * figure of a directive the article does not answer to and that is not of the article's
 * province, may well be another body's count ("76 tổ chức cơ sở đảng" of one province's Đảng
 * bộ Khối is not another's 86): it is not accused. Agreements all stand.
 */
export function accusable(matches: FigureMatch[], considered: ReadonlySet<string>, province: string | null): FigureMatch[] {
  return matches.filter(
    (m) =>
      m.outcome === 'consistent' || m.outcome === 'format' || m.draft.scope !== null || m.approved.scope !== null ||
      considered.has(m.approved.directive.id) || (province !== null && m.approved.directive.province === province),
  );
}
