// A draft read once, in normal text: its sentences, figures, quotations and citations, and the
// year and province it is about. Every rule works from this; offsets are mapped back to the
// user's text only when findings leave core.
//
// In a draft everything is read within its paragraph (a period carries over from an earlier
// sentence of the same paragraph, never from another), so each paragraph is read once and
// remembered: as an editor types, only the paragraph that changed is read again. Only the year
// crosses paragraphs: after "Năm 2024, ...", a later "6 tháng đầu năm" is of 2024 even in an
// article published in 2025.

import type { FoundCitation } from '../citation/findCitations.ts';
import { findCitations, shiftCitation } from '../citation/findCitations.ts';
import { mostNamedProvince } from '../directive/parseHeader.ts';
import { findFigures, type FoundFigure } from '../figure/findFigures.ts';
import { findQuotations, type Quotation } from '../text/findQuotations.ts';
import { normalizeText, type NormalText } from '../text/normalizeText.ts';
import { splitParagraphs, type TextSpan } from '../text/splitSentences.ts';
import { scanText } from '../text/scanText.ts';
import { periodYear } from '../text/periods.ts';
import { COMPARISON_BEFORE } from '../figure/figureWords.ts';

export interface AnalyzedDraft {
  normal: NormalText;
  sentences: TextSpan[];
  figures: FoundFigure[];
  quotations: Quotation[];
  citations: FoundCitation[];
  year: number | null;
  province: string | null;
}

interface ParagraphRead {
  /** The last year the paragraph speaks of (not one it compares with), for the paragraphs after it. */
  lastYear: number | null;
  sentences: TextSpan[];
  figures: FoundFigure[];
  quotations: Quotation[];
  citations: FoundCitation[];
}

/** Paragraphs already read, by year, province and text. Bounded: cleared when full. */
const paragraphs = new Map<string, ParagraphRead>();
const PARAGRAPH_CACHE = 4_000;

function readParagraph(text: string, year: number | null, province: string | null): ParagraphRead {
  const key = `${year}\u0000${province}\u0000${text}`;
  let read = paragraphs.get(key);
  if (!read) {
    if (paragraphs.size >= PARAGRAPH_CACHE) paragraphs.clear();
    const scan = scanText(text);
    const citations = findCitations(text, undefined, scan);
    const citedTitles = citations.flatMap((c) => (c.titleSpan ? [c.titleSpan] : []));
    let lastYear: number | null = null;
    for (const p of scan.periods) {
      const y = periodYear(p.key);
      const aside = COMPARISON_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || citedTitles.some((t) => t.start <= p.start && p.end <= t.end);
      if (y !== null && !aside) lastYear = y;
    }
    read = {
      lastYear,
      sentences: scan.sentences,
      figures: findFigures(text, { defaultYear: year, province, citedTitles }, scan),
      quotations: findQuotations(text),
      citations,
    };
    paragraphs.set(key, read);
  }
  return read;
}

/** Forgets every paragraph read (for measuring a first check). */
export function forgetDraftReadings(): void {
  paragraphs.clear();
}

const shiftSpan = <T extends { start: number; end: number } | null>(s: T, by: number): T =>
  (s ? { ...s, start: s.start + by, end: s.end + by } : s) as T;

/**
 * `home` is the province of the directives the article answers to, when the editor named them:
 * the article's own province unless the text names another more than once (a visitor "từ Hà
 * Nội" does not move a Hưng Yên article).
 */
export function analyzeDraft(draft: string, date: string, home: string | null = null): AnalyzedDraft {
  const normal = normalizeText(draft);
  const text = normal.text;
  const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
  const province = home ? mostNamedProvince(text, 2) ?? home : mostNamedProvince(text);
  const out: AnalyzedDraft = { normal, sentences: [], figures: [], quotations: [], citations: [], year, province };
  let spokenYear = year;
  for (const p of splitParagraphs(text)) {
    const read = readParagraph(text.slice(p.start, p.end), spokenYear, province);
    spokenYear = read.lastYear ?? spokenYear;
    const by = p.start;
    for (const s of read.sentences) out.sentences.push(shiftSpan(s, by));
    for (const f of read.figures) out.figures.push({ ...f, start: f.start + by, end: f.end + by, sentenceStart: f.sentenceStart + by, sentenceEnd: f.sentenceEnd + by });
    for (const q of read.quotations) out.quotations.push({ start: q.start + by, end: q.end + by, outerStart: q.outerStart + by, outerEnd: q.outerEnd + by });
    for (const c of read.citations) out.citations.push(shiftCitation(c, by));
  }
  return out;
}
