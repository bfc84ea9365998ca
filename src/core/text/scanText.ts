// One reading of a normal text that several readers share: its sentences, paragraphs, periods,
// dates and document numbers, each found once, when first asked for. A directive or a draft is
// scanned once; figures, citations and themes all read from the same scan.

import { findDates, type DateMention } from './dates.ts';
import { findDocumentNumbers, type DocumentNumber } from './documentNumbers.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import { splitParagraphs, splitSentences, type TextSpan } from './splitSentences.ts';

export interface TextScan {
  readonly text: string;
  readonly sentences: TextSpan[];
  readonly paragraphs: TextSpan[];
  readonly periods: PeriodMention[];
  readonly dates: DateMention[];
  readonly documentNumbers: DocumentNumber[];
}

export function scanText(text: string): TextScan {
  let sentences: TextSpan[] | undefined;
  let paragraphs: TextSpan[] | undefined;
  let periods: PeriodMention[] | undefined;
  let dates: DateMention[] | undefined;
  let documentNumbers: DocumentNumber[] | undefined;
  return {
    text,
    get sentences() {
      return (sentences ??= splitSentences(text));
    },
    get paragraphs() {
      return (paragraphs ??= splitParagraphs(text));
    },
    get periods() {
      return (periods ??= findPeriods(text));
    },
    get dates() {
      return (dates ??= findDates(text));
    },
    get documentNumbers() {
      return (documentNumbers ??= findDocumentNumbers(text));
    },
  };
}
