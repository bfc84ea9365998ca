// citation-mismatch: a document cited with a number, date, issuer or kind that disagrees with
// what the library knows of it — from the directives themselves and from the documents they
// cite. The same number can exist in two provinces (09-NQ/TU of Lào Cai and of Bình Phước):
// only records of the draft's province, or any when the draft names none, are compared, and a
// field is called wrong only when no record supports it.

import type { RawFinding, Rule, RuleContext } from '../rule.ts';
import { shiftCitation, type FoundCitation } from '../../citation/findCitations.ts';
import type { DocumentRecord } from '../compileLibrary.ts';
import { isLocalNumber } from '../compileLibrary.ts';
import { KIND_WORDS } from '../../text/documentKinds.ts';
import { documentNumberKey } from '../../text/documentNumbers.ts';
import { normalizeText } from '../../text/normalizeText.ts';
import { syllableKeys, syllables } from '../../text/syllables.ts';
import { diffArrays } from 'diff';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { findingSource } from '../findingSource.ts';
import { sameIssuer } from './sameIssuer.ts';
import { libraryMemo } from '../libraryMemo.ts';

function titleSimilarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const strip = (k: string[]): string[] => (k[0] === 'về' ? k.slice(1) : k);
  const x = strip(a);
  const y = new Set(strip(b));
  let shared = 0;
  for (const w of new Set(x)) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(new Set(x).size, y.size));
}

/** "22/5/2024" in the draft's own padding style. */
function writeDate(iso: string, like: string | null): string {
  const [y, m, d] = iso.split('-');
  const padDay = like ? /^(?:ngày\s+)?0\d/u.test(like) : false;
  const padMonth = like ? /^(?:ngày\s+)?\d{1,2}\/0\d/u.test(like) : false;
  if (!d) return `${padMonth ? m : Number(m)}/${y}`;
  return `${padDay ? d : Number(d)}/${padMonth ? m : Number(m)}/${y}`;
}

function kindWordOf(letters: string | null, fallback: string | null): string | null {
  if (fallback) return fallback;
  const hit = KIND_WORDS.find(([, k]) => k === letters);
  return hit ? hit[0] : null;
}

function recordsFor(ctx: RuleContext, number: string): DocumentRecord[] {
  const all = ctx.library.records.get(documentNumberKey(number)) ?? [];
  if (!isLocalNumber(number) || !ctx.draft.province) return all;
  const mine = all.filter((r) => r.province === null || r.province === ctx.draft.province);
  return mine;
}

export const citationMismatch: Rule = {
  kind: 'citation-mismatch',
  run: (ctx) => {
    const text = ctx.draft.normal.text;
    const out: RawFinding[] = [];
    for (const c of ctx.draft.citations) {
      const number = c.number;
      if (!number) continue;
      // Judged on the citation's own words, placed at 0, and remembered: a draft checked again
      // as it is typed judges only the citations that changed.
      const from = c.start;
      const to = Math.max(c.end, c.titleSpan?.end ?? 0, c.dateSpan?.end ?? 0, c.issuerSpan?.end ?? 0);
      const local = { ...shiftCitation(c, -from), number };
      const words = text.slice(from, to);
      const finding = judged(ctx.library, `${ctx.draft.province}\u0000${words}\u0000${JSON.stringify(local)}`, () => judge(ctx, local, words));
      if (finding) out.push(shiftFinding(finding, from));
    }
    return out;
  },
};

const judged = libraryMemo<RawFinding | null>();

function shiftFinding(f: RawFinding, by: number): RawFinding {
  return { ...f, start: f.start + by, end: f.end + by, fix: f.fix && { ...f.fix, start: f.fix.start + by, end: f.fix.end + by } };
}

/** What is wrong with one citation (offsets into `text`, the citation's own words), if anything. */
function judge(ctx: RuleContext, c: FoundCitation & { number: string }, text: string): RawFinding | null {
  const records = recordsFor(ctx, c.number);
  const titleKeys = c.title ? syllableKeys(normalizeText(c.title).text) : [];
  const dateText = c.dateSpan ? text.slice(c.dateSpan.start, c.dateSpan.end) : null;
  const kindWord = c.kindWord ?? kindWordOf(c.kind, null);

  // A wrong number: the title and date fit another document of the library, not this one.
  if (titleKeys.length >= 4) {
    const fitsThis = records.some((r) => r.titleKeys.length && titleSimilarity(titleKeys, r.titleKeys) >= 0.6);
    if (!fitsThis) {
      const other = otherDocument(ctx, c, titleKeys);
      if (other) {
        const expected = `${kindWord ?? ''} số ${other.number}${other.date ? ` ngày ${writeDate(other.date, dateText)}` : ''}`.trim();
        return report(c, c.start, c.dateSpan?.end ?? c.numberEnd, expected, `Số hiệu văn bản chưa đúng: văn bản có trích yếu này là ${expected}.`, other, { start: c.numberStart, end: c.numberEnd, replacement: other.number });
      }
    }
  }
  if (!records.length) {
    // An unknown number whose kind, day and issuer are those of one known document with a
    // number one keystroke away: "Kế hoạch số 18-KH/TW ngày 06/4/2023" for 16-KH/TW.
    const other = nearMiss(ctx, c);
    if (other) {
      const expected = `${kindWord ?? ''} số ${other.number} ngày ${writeDate(other.date!, dateText)}`.trim();
      return report(c, c.start, c.dateSpan!.end, expected, `Số hiệu văn bản chưa đúng: văn bản ban hành ngày này là ${expected}.`, other, { start: c.numberStart, end: c.numberEnd, replacement: other.number });
    }
    return null;
  }

  // The kind word must agree with the letters of the number ("Nghị quyết số 64-KL/TW").
  if (c.kindWord && c.kind) {
    const said = KIND_WORDS.find(([w]) => w.toLowerCase() === c.kindWord!.toLowerCase().replace(/\s+/g, ' '))?.[1];
    const letters = /^\d+-([^/]+)\//u.exec(c.number)?.[1] ?? /^\d+\/(?:\d{4}\/)?([^-]+)-/u.exec(c.number)?.[1] ?? null;
    if (said && letters && said !== letters && !(said === 'CTr' && letters === 'CTr')) {
      const right = kindWordOf(letters, null);
      if (right) {
        const expected = `${right} số ${c.number}`;
        return report(c, c.start, c.numberEnd, expected, `Loại văn bản không khớp số hiệu: ${c.number} là ${right.toLowerCase()}.`, records[0]!, { start: c.start, end: c.start + c.kindWord.length, replacement: right });
      }
    }
  }

  // Date.
  const dated = records.filter((r) => r.date);
  if (c.date && dated.length && !dated.some((r) => r.date === c.date || (r.date!.length === 7 && c.date!.startsWith(r.date!)))) {
    const dates = new Set(dated.map((r) => r.date));
    if (dates.size === 1) {
      const r = dated[0]!;
      const expected = `${kindWord ?? ''} số ${c.number} ngày ${writeDate(r.date!, dateText)}`.trim();
      return report(c, c.start, c.dateSpan!.end, expected, `Ngày ban hành chưa đúng: ${c.number} ban hành ngày ${writeDate(r.date!, null)}.`, r, { start: c.dateSpan!.start, end: c.dateSpan!.end, replacement: `${/^ngày/u.test(dateText ?? '') ? 'ngày ' : ''}${writeDate(r.date!, dateText)}` });
    }
  }

  // A title that names another year or figure: "tầm nhìn đến năm 2045" for 2050.
  const title = c.titleSpan ? text.slice(c.titleSpan.start, c.titleSpan.end) : null;
  const slip = title ? titleNumberSlip(title, records) : null;
  if (slip) {
    const start = c.titleSpan!.start + slip.start;
    const end = c.titleSpan!.start + slip.end;
    const cited = text.slice(c.start, c.titleSpan!.end);
    const expected = `${cited.slice(0, start - c.start)}${slip.replacement}${cited.slice(end - c.start)}`;
    return report(c, c.start, c.titleSpan!.end, expected, `Trích yếu chưa đúng: ${c.number} ghi “${slip.replacement}”, không phải “${text.slice(start, end)}”.`, slip.record, { start, end, replacement: slip.replacement });
  }

  // Issuer.
  if (c.issuerSpan) {
    const issued = records.filter((r) => r.issuer);
    if (issued.length && !issued.some((r) => sameIssuer(r.issuer!, c.issuer!))) {
      const names = new Set(issued.map((r) => r.issuer));
      if (names.size === 1 || issued.every((r) => sameIssuer(r.issuer!, issued[0]!.issuer!))) {
        const r = issued[0]!;
        const expected = `${kindWord ?? ''} số ${c.number}${c.dateSpan ? ` ngày ${writeDate(c.date ?? r.date ?? '', dateText)}` : ''} của ${r.issuer}`.replace(/ ngày $/u, '').trim();
        return report(c, c.start, c.issuerSpan.end, expected, `Cơ quan ban hành chưa đúng: ${c.number} là văn bản của ${r.issuer}.`, r, { start: c.issuerSpan.start, end: c.issuerSpan.end, replacement: r.issuer! });
      }
    }
  }
  return null;
}

/** A number changed in a cited title: its offsets in the title, and the known title's number. */
interface TitleSlip {
  start: number;
  end: number;
  replacement: string;
  record: DocumentRecord;
}

const NUMBER_TOKEN = /^\d[\d.,/]*$/u;

/**
 * The one number a cited title changes in a known document's title ("2045" for "2050"), when the
 * titles are otherwise alike. A title that runs on past the record's is not a slip.
 */
function titleNumberSlip(title: string, records: DocumentRecord[]): TitleSlip | null {
  const cited = syllables(title);
  const keys = cited.map((s) => s.text.toLowerCase());
  for (const r of records) {
    if (r.titleKeys.length < 4 || titleSimilarity(keys, r.titleKeys) < 0.8) continue;
    let at = 0;
    let slip: TitleSlip | null = null;
    const parts = diffArrays(keys, r.titleKeys);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (!part.added && !part.removed) {
        at += part.count ?? part.value.length;
        continue;
      }
      const next = parts[i + 1];
      if (part.removed && next?.added && part.value.length === 1 && next.value.length === 1 && NUMBER_TOKEN.test(part.value[0]!) && NUMBER_TOKEN.test(next.value[0]!)) {
        if (slip) return null;
        slip = { start: cited[at]!.start, end: cited[at]!.end, replacement: next.value[0]!, record: r };
        at += 1;
        i++;
        continue;
      }
      // Any other difference must be the cited title running on at its end, or stopping short.
      const trailing = parts.slice(i + 1).every((p) => p.added || p.removed);
      if (!trailing) return null;
      break;
    }
    if (slip) return slip;
  }
  return null;
}

/** Two numbers one keystroke apart: a digit changed, added or dropped, or two neighbours swapped. */
const oneKeystrokeApart = (a: string, b: string): boolean => a !== b && DamerauLevenshteinDistance(a, b) === 1;

function nearMiss(ctx: RuleContext, c: FoundCitation): DocumentRecord | null {
  if (!c.number || !c.date || c.date.length !== 10 || !c.kind) return null;
  const [, digits, rest] = /^(\d+)(.+)$/u.exec(c.number) ?? [];
  if (!digits || !rest) return null;
  const found = new Map<string, DocumentRecord>();
  for (const list of ctx.library.records.values()) {
    for (const r of list) {
      if (r.date !== c.date || (r.kind && r.kind !== c.kind)) continue;
      if (c.issuer && r.issuer && !sameIssuer(r.issuer, c.issuer)) continue;
      const [, rd, rr] = /^(\d+)(.+)$/u.exec(r.number) ?? [];
      if (!rd || rr !== rest || !oneKeystrokeApart(rd, digits)) continue;
      if (isLocalNumber(r.number) && ctx.draft.province && r.province && r.province !== ctx.draft.province) continue;
      found.set(r.key, r);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

function otherDocument(ctx: RuleContext, c: FoundCitation, titleKeys: string[]): DocumentRecord | null {
  let best: { r: DocumentRecord; score: number } | null = null;
  const own = documentNumberKey(c.number!);
  for (const list of ctx.library.records.values()) {
    for (const r of list) {
      if (r.key === own || !r.titleKeys.length) continue;
      if (c.kind && r.kind && c.kind !== r.kind) continue;
      if (isLocalNumber(r.number) && ctx.draft.province && r.province && r.province !== ctx.draft.province) continue;
      if (c.date && r.date && c.date !== r.date) continue;
      const score = titleSimilarity(titleKeys, r.titleKeys);
      if (score >= 0.8 && (!best || score > best.score)) best = { r, score };
    }
  }
  return best?.r ?? null;
}

function report(
  c: FoundCitation,
  start: number,
  end: number,
  expected: string,
  message: string,
  r: DocumentRecord,
  fix: { start: number; end: number; replacement: string },
): RawFinding {
  void c;
  const sentence = r.own
    ? `${r.number}${r.date ? `, ngày ${writeDate(r.date, null)}` : ''}${r.issuer ? ` của ${r.issuer}` : ''}${r.title ? ` ${r.title}` : ''}`
    : `${r.kind ? `${kindWordOf(r.kind, null) ?? ''} ` : ''}số ${r.number}${r.date ? `, ngày ${writeDate(r.date, null)}` : ''}${r.issuer ? ` của ${r.issuer}` : ''}${r.title ? ` ${r.title}` : ''}`;
  return {
    kind: 'citation-mismatch',
    severity: 'error',
    start,
    end: Math.max(end, start + 1),
    expected,
    message,
    source: findingSource(r.directive, null, sentence.trim()),
    fix,
  };
}
