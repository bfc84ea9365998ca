// A draft read once, in normal text: its sentences, figures, quotations and citations, and the
// year and province it is about. Every rule works from this; offsets are mapped back to the
// user's text only when findings leave core.

import type { FoundCitation } from '../citation/findCitations.ts';
import { findCitations } from '../citation/findCitations.ts';
import { mostNamedProvince } from '../directive/parseHeader.ts';
import { findFigures, type FoundFigure } from '../figure/findFigures.ts';
import { findQuotations, type Quotation } from '../text/findQuotations.ts';
import { normalizeText, type NormalText } from '../text/normalizeText.ts';
import type { TextSpan } from '../text/splitSentences.ts';
import { scanText } from '../text/scanText.ts';

export interface AnalyzedDraft {
  normal: NormalText;
  sentences: TextSpan[];
  figures: FoundFigure[];
  quotations: Quotation[];
  citations: FoundCitation[];
  year: number | null;
  province: string | null;
}

export function analyzeDraft(draft: string, date: string): AnalyzedDraft {
  const normal = normalizeText(draft);
  const text = normal.text;
  const year = /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
  const province = mostNamedProvince(text);
  const scan = scanText(text);
  return {
    normal,
    sentences: scan.sentences,
    figures: findFigures(text, { defaultYear: year, province }, scan),
    quotations: findQuotations(text),
    citations: findCitations(text, undefined, scan),
    year,
    province,
  };
}
