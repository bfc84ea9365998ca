// quote-mismatch: a slogan, theme of the year or set phrase quoted with words changed, dropped
// or added. Compared on syllables, so tone placement, case and punctuation never count; an
// exact quote yields nothing. Quoted words that no directive comes close to are the writer's own
// (“ATM gạo”, a source's words) and are left alone. Only quotations count: prose that says
// what a slogan says in its own words ("xây dựng môi trường du lịch văn minh") quotes nothing.

import { diffWords } from 'diff';
import type { DiffPart } from '../types.ts';
import type { RawFinding, Rule, RuleContext } from '../rule.ts';
import type { ApprovedQuote } from '../compileLibrary.ts';
import { placeTones } from '../../text/tonePlacement.ts';
import { syllables } from '../../text/syllables.ts';
import { findingSource, directiveLabel } from '../findingSource.ts';
import { libraryMemo } from '../libraryMemo.ts';

/** Share of syllables in common, in order, over the longer of the two. */
function similarity(a: string[], b: string[]): { lcs: number; score: number } {
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  const lcs = prev[m]!;
  return { lcs, score: lcs / Math.max(n, m) };
}

const TYPE_LABEL = { slogan: 'khẩu hiệu', theme: 'chủ đề/tên phong trào', phrase: 'cụm từ' } as const;

/** A numeral, Arabic or Roman (syllables are lower-cased): "2025", "xxi". */
const NUMERAL = /^(?:\d+|[ivxlc]+)$/;

/**
 * Whether two wordings name different numbers: "Đại hội Đảng bộ tỉnh lần thứ XX" is another
 * congress than "... lần thứ XXI", not the same one misquoted.
 */
function numeralsDiffer(a: string[], b: string[]): boolean {
  const na = a.filter((k) => NUMERAL.test(k));
  const nb = b.filter((k) => NUMERAL.test(k));
  return na.length > 0 && nb.length > 0 && na.sort().join(' ') !== nb.sort().join(' ');
}

/** The approved quote a draft wording comes closest to, if close enough to be a misquote. */
function closest(ctx: RuleContext, keys: string[], exclaims: boolean): ApprovedQuote | null {
  const joined = keys.join(' ');
  if (ctx.library.distinctQuotes.some((q) => q.joined === joined)) return null;
  // Part of any approved wording, word for word, is a quotation of it, not a misquote of another
  // (“Kỷ cương, trách nhiệm, đổi mới…” cut from a longer theme).
  if (!exclaims && keys.length >= 2 && ctx.library.distinctQuotes.some((q) => ` ${q.joined} `.includes(` ${joined} `))) return null;
  let best: { q: ApprovedQuote; score: number } | null = null;
  const set = new Set(keys);
  for (const q of ctx.library.distinctQuotes) {
    if (q.keys.length < 2 || keys.length < 2) continue;
    if (q.keys.length > keys.length * 2 || keys.length > q.keys.length * 2) continue;
    let shared = 0;
    for (const k of new Set(q.keys)) if (set.has(k)) shared++;
    if (shared < 2) continue;
    // Quoting part of a slogan word for word ("nước Cộng hòa xã hội chủ nghĩa Việt Nam") is not a
    // misquote; a quote that ends like a slogan ("...!") presents itself as the whole one.
    if (numeralsDiffer(keys, q.keys)) continue;
    const { lcs, score } = similarity(keys, q.keys);
    // Short phrases may differ by one word in three or four; long ones by a few words.
    const enough = q.keys.length <= 5 ? lcs >= q.keys.length - 2 && score >= 0.6 : score >= 0.7;
    if (enough && lcs >= 2 && (!best || score > best.score)) best = { q, score };
  }
  if (best || keys.length < PART_MIN) return best?.q ?? null;
  // Part of a long set phrase, with words changed: “ai có gì góp nấy, ai có công góp công” for
  // the first clauses of “ai có gì giúp nấy, ai có công giúp công, ...”.
  for (const q of ctx.library.distinctQuotes) {
    if (q.keys.length <= keys.length) continue;
    const score = bestWindow(keys, q.keys);
    if (score >= 0.7 && score < 1 && (!best || score > best.score)) best = { q, score };
  }
  return best?.q ?? null;
}

/** Quoting part of a phrase is compared with parts of it at least this long (in syllables). */
const PART_MIN = 6;

/** The best similarity of a wording to a stretch of a longer one of about its length. */
function bestWindow(keys: string[], longer: string[]): number {
  const set = new Set(keys);
  let shared = 0;
  for (const k of new Set(longer)) if (set.has(k)) shared++;
  if (shared < set.size / 2) return 0;
  let best = 0;
  for (let len = Math.max(2, keys.length - 2); len <= keys.length + 2; len++) {
    for (let i = 0; i + len <= longer.length; i++) {
      const window = longer.slice(i, i + len);
      if (!numeralsDiffer(keys, window)) best = Math.max(best, similarity(keys, window).score);
    }
  }
  return best;
}

function toDiff(actual: string, expected: string): DiffPart[] {
  return diffWords(actual, expected).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

function finding(ctx: RuleContext, start: number, end: number, q: ApprovedQuote): RawFinding {
  const actual = ctx.draft.normal.text.slice(start, end);
  const expected = q.quote.text;
  const replacement = ctx.options.tonePlacement ? placeTones(expected, ctx.options.tonePlacement) : expected;
  return {
    kind: 'quote-mismatch',
    severity: 'error',
    start,
    end,
    expected,
    message: `Trích dẫn ${TYPE_LABEL[q.quote.type]} chưa đúng nguyên văn; văn bản ${directiveLabel(q.directive)} ghi: “${expected}”.`,
    source: findingSource(q.directive, q.quote.sectionPath, expected),
    fix: { start, end, replacement },
    diff: toDiff(actual, expected),
  };
}

const closestMemo = libraryMemo<ApprovedQuote | null>();

export const quoteMismatch: Rule = {
  kind: 'quote-mismatch',
  run: (ctx) => {
    const text = ctx.draft.normal.text;
    const out: RawFinding[] = [];
    for (const span of ctx.draft.quotations) {
      const keys = syllables(text, span.start, span.end).map((s) => s.text.toLowerCase());
      const exclaims = /!\s*$/u.test(text.slice(span.start, span.end));
      const q = closestMemo(ctx.library, `${exclaims}\u0000${keys.join(' ')}`, () => closest(ctx, keys, exclaims));
      if (q) out.push(finding(ctx, span.start, span.end, q));
    }
    return out;
  },
};
