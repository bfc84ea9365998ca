// parseDirective: a directive's text in, its structure out (../shared/gold/README.md), with
// every offset pointing into the text exactly as given. Pure: text in, data out.

import type { Citation, Directive, Figure, Quote, Section, Theme } from './types.ts';
import { findCitations, type FoundCitation } from '../citation/findCitations.ts';
import { findFigures } from '../figure/findFigures.ts';
import { normalizeText, toSourceSpan, type NormalText } from '../text/normalizeText.ts';
import { scanText } from '../text/scanText.ts';
import { documentNumberKey } from '../text/documentNumbers.ts';
import { findDirectiveQuotes } from './findDirectiveQuotes.ts';
import { findValidity } from './findValidity.ts';
import { parseHeader } from './parseHeader.ts';
import { parseOutline } from './parseOutline.ts';
import { selectThemes } from './selectThemes.ts';

export interface ParseOptions {
  /** The file name, for the id of a directive without a printed number. */
  file?: string;
}

/**
 * What the directive itself writes over a normal span: its own spelling and tone placement,
 * without the layout (line breaks, page numbers and hyphen breaks that normalisation removed).
 */
function sourceText(normal: NormalText, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    if (i > start && normal.starts[i] === normal.starts[i - 1]) continue;
    out += normal.source.slice(normal.starts[i]!, normal.ends[i]!);
  }
  return out.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function fileStem(file: string | undefined): string | null {
  if (!file) return null;
  const base = file.split(/[\\/]/).pop()!;
  return base.replace(/\.[^.]+$/, '');
}

function toCitation(normal: NormalText, c: FoundCitation): Citation {
  const span = toSourceSpan(normal, c.start, c.end);
  return {
    kind: c.kind,
    number: sourceText(normal, c.numberStart, c.numberEnd).replace(/\s+/g, ''),
    date: c.date,
    issuer: c.issuerSpan ? sourceText(normal, c.issuerSpan.start, c.issuerSpan.end) : c.issuer,
    title: c.titleSpan ? sourceText(normal, c.titleSpan.start, c.titleSpan.end) : null,
    start: span.start,
    end: span.end,
  };
}

/** One entry per document, the first mention completed by later ones. */
function mergeByNumber(citations: Citation[]): Citation[] {
  const byKey = new Map<string, Citation>();
  const out: Citation[] = [];
  for (const c of citations) {
    const key = documentNumberKey(c.number);
    const known = byKey.get(key);
    if (!known) {
      const copy = { ...c };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    known.kind = known.kind ?? c.kind;
    known.date = known.date ?? c.date;
    known.issuer = known.issuer ?? c.issuer;
    known.title = known.title ?? c.title;
  }
  return out;
}

/**
 * The reading's version: bumped whenever the same text parses differently (better figures,
 * themes, references). A library reads its stored directives again when it changes.
 */
export const PARSER_VERSION = 8;

export function parseDirective(text: string, options: ParseOptions = {}): Directive {
  const normal = normalizeText(text);
  const t = normal.text;
  const scan = scanText(t);
  const header = parseHeader(t);
  const outline = parseOutline(t, header.bodyStart, scan);
  const issuedYear = header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : null;

  const sections: Section[] = outline.map((s) => {
    const span = toSourceSpan(normal, s.start, s.end);
    const head = toSourceSpan(normal, s.headingStart, s.headingEnd);
    return {
      path: s.path,
      heading: sourceText(normal, s.headingStart, s.headingEnd),
      depth: s.depth,
      start: span.start,
      end: span.end,
      headingStart: head.start,
      headingEnd: head.end,
    };
  });
  const sectionAt = (normalOffset: number): string | null => {
    let path: string | null = null;
    for (const s of outline) if (s.start <= normalOffset && normalOffset < s.end) path = s.path;
    return path;
  };

  const number = header.number;
  const id = number ?? fileStem(options.file) ?? 'van-ban';

  const citations = findCitations(t, header.numberSpan ?? undefined, scan).filter((c) => c.start >= header.contentStart);
  // "Thực hiện Kết luận số 91-KL/TW ... về tiếp tục thực hiện Nghị quyết số 29-NQ/TW": what a
  // cited title names is not carried out by this directive.
  const insideTitle = (c: FoundCitation): boolean => citations.some((o) => o !== c && o.titleSpan !== null && o.titleSpan.start <= c.start && c.start < o.titleSpan.end);
  const implementsList = mergeByNumber(
    citations.filter((c) => c.opening && c.start < (outline[0]?.start ?? t.length) && !insideTitle(c)).map((c) => toCitation(normal, c)),
  );
  const ownKey = number ? documentNumberKey(number) : null;
  const references = mergeByNumber(citations.map((c) => toCitation(normal, c))).filter((c) => documentNumberKey(c.number) !== ownKey);

  const found = findFigures(t, {
    defaultYear: issuedYear ?? yearOfImplemented(implementsList),
    sections: outline,
    province: header.province,
    citedTitles: citations.flatMap((c) => (c.titleSpan ? [c.titleSpan] : [])),
  }, scan);
  const figures: Figure[] = found
    .filter((f) => f.start >= header.contentStart)
    .map((f) => {
      const span = toSourceSpan(normal, f.start, f.end);
      const sentence = sourceText(normal, f.sentenceStart, f.sentenceEnd);
      return {
        text: sourceText(normal, f.start, f.end),
        value: f.value,
        ...(f.total !== undefined ? { total: f.total } : {}),
        unit: f.unit,
        subject: f.subject,
        period: f.period,
        change: f.change,
        approx: f.approx,
        sentence,
        start: span.start,
        end: span.end,
        decimals: f.decimals,
        convention: f.convention,
        periodKey: f.periodKey,
        modality: f.modality,
        scope: f.scope,
        sectionPath: sectionAt(f.start),
      };
    });

  const quotes: Quote[] = findDirectiveQuotes(t, outline, header.contentStart).map((q) => {
    const span = toSourceSpan(normal, q.start, q.end);
    return { type: q.type, text: sourceText(normal, q.start, q.end), start: span.start, end: span.end, sectionPath: sectionAt(q.start) };
  });

  const themes: Theme[] = selectThemes(outline).map((s) => {
    const span = toSourceSpan(normal, s.start, s.end);
    return {
      id: `${id}#${s.path}`,
      path: s.path,
      heading: sourceText(normal, s.headingStart, s.headingEnd),
      required: true,
      start: span.start,
      end: span.end,
    };
  });

  const validity = findValidity(t, header.issuedOn);
  const title = header.titleSpans.length
    ? header.titleSpans.map((s) => sourceText(normal, s.start, s.end)).join(' ').replace(/\s+/g, ' ').trim()
    : null;
  const issuer = header.issuerSpan ? sourceText(normal, header.issuerSpan.start, header.issuerSpan.end) : header.issuer;

  return {
    id,
    file: options.file ?? null,
    kind: header.kind,
    number,
    issuer,
    province: header.province,
    issuedOn: header.issuedOn,
    title,
    implements: implementsList,
    validity: validity?.validity ?? null,
    figures,
    quotes,
    references,
    sections,
    themes,
    text,
  };
}

/** A directive without a date is at least as recent as the one it carries out. */
function yearOfImplemented(list: Citation[]): number | null {
  const years = list.map((c) => (c.date ? Number(c.date.slice(0, 4)) : NaN)).filter((y) => !Number.isNaN(y));
  return years.length ? Math.max(...years) : null;
}
