// When a directive is in force, when its text says so:
//   "3. Thời gian tuyên truyền: Thực hiện thường xuyên trong năm 2024."  → 2024-01-01 … 2024-12-31
//   "2. Thời gian: Từ nay đến hết 31/12/2025."                         → issued … 2025-12-31
//   "Thời gian thực hiện: từ tháng 5/2024 đến hết tháng 12/2024"        → 2024-05-01 … 2024-12-31
// Only a "Thời gian ..." line or an explicit "Kế hoạch này thực hiện từ ... đến ..." counts: a
// directive that merely mentions "năm 2024" states no period (null).

import type { PeriodKey, Validity } from './types.ts';
import { findDates } from '../text/dates.ts';
import { findPeriods } from '../text/periods.ts';
import { splitParagraphs, splitSentences } from '../text/splitSentences.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const LABEL = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.\-)]\s*)?(Thời gian(?: tuyên truyền| thực hiện| triển khai)?\s*:\s*)/u;
// "2. Thời gian tuyên truyền" alone on its line: the period is the next paragraph.
const HEADING = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\s*[.\-)]\s*)?Thời gian(?: tuyên truyền| thực hiện| triển khai)?\s*:?\s*$/iu;
const EXPLICIT = /(?:Kế hoạch|Hướng dẫn|Công văn|văn bản)(?:\s+này)?\s+(?:được\s+)?(?:thực hiện|triển khai|áp dụng|có hiệu lực)\s+(?:từ|trong|đến)/u;

/** Reads the in-force period of a directive; `issuedOn` anchors "từ nay". */
export function findValidity(text: string, issuedOn: string | null): { validity: Validity; start: number; end: number } | null {
  const paragraphs = splitParagraphs(text);
  for (const [index, p] of paragraphs.entries()) {
    const line = text.slice(p.start, p.end);
    const label = LABEL.exec(line);
    let from: number;
    if (label) from = p.start + label[0].length - label[1]!.length;
    else if (EXPLICIT.test(line)) from = p.start + EXPLICIT.exec(line)!.index;
    else if (HEADING.test(line) && paragraphs[index + 1]) from = paragraphs[index + 1]!.start;
    else continue;
    const sentence = splitSentences(text).find((s) => s.start <= from && from < s.end) ?? p;
    const span = { start: from, end: sentence.end };
    const phrase = text.slice(span.start, span.end);
    const result = readSpan(phrase, issuedOn);
    if (!result) continue;
    const evidence = phrase.replace(/[.;\s]+$/u, '');
    return { validity: { ...result, evidence }, start: span.start, end: span.start + evidence.length };
  }
  return null;
}

/** "từ X đến (hết) Y": X before the first "đến", Y after it; one period alone is both ends. */
function readSpan(phrase: string, issuedOn: string | null): { from: string; to: string | null } | null {
  const until = /(?<![\p{L}])(?:đến|tới)(?![\p{L}])/u.exec(phrase);
  const head = until ? phrase.slice(0, until.index) : phrase;
  const tail = until ? phrase.slice(until.index) : '';
  const startDate = findDates(head).find((d) => d.iso);
  const startPeriod = findPeriods(head)[0];
  const endDate = findDates(tail).find((d) => d.iso);
  const endPeriod = findPeriods(tail)[0];
  const now = /từ nay|kể từ ngày ký|từ ngày ban hành|từ khi ban hành/iu.test(head);

  // A period starts on its first day: "từ tháng 7/2024" on 2024-07-01, as "trong năm 2024"
  // runs from 2024-01-01 in ../shared/gold (only an issue date with a blank day stays a month).
  const periodStart = (k: PeriodKey): string | null =>
    k.kind === 'months' && k.year !== null ? `${k.year}-${pad(k.from)}-01` : k.kind === 'years' ? `${k.from}-01-01` : null;
  const periodEnd = (k: PeriodKey): string | null =>
    k.kind === 'months' && k.year !== null ? `${k.year}-${pad(k.to)}-${pad(lastDay(k.year, k.to))}` : k.kind === 'years' ? `${k.to}-12-31` : null;

  let from: string | null = now ? issuedOn : startDate?.iso ?? (startPeriod ? periodStart(startPeriod.key) : null);
  // "đến hết năm 2025": the end of that year (a horizon the period reader leaves out elsewhere).
  const endYear = /^(?:đến|tới)\s+(?:hết\s+)?năm\s+((?:19|20)\d{2})/u.exec(tail);
  // The end is what comes first after "đến": "đến hết tháng 3/2024, cao điểm từ ngày 20/02 ..."
  // ends in March; the dates after it belong to another clause.
  const endFirst = endDate && endPeriod ? (endDate.start <= endPeriod.start ? 'date' : 'period') : endDate ? 'date' : endPeriod ? 'period' : null;
  let to: string | null = endYear
    ? `${endYear[1]}-12-31`
    : endFirst === 'date' ? endDate!.iso! : endFirst === 'period' ? periodEnd(endPeriod!.key) : null;
  if (!until && startPeriod && !startDate) {
    // "trong năm 2024", "trong Quý II/2024": one period, both ends.
    const k = startPeriod.key;
    from = k.kind === 'months' && k.year !== null ? `${k.year}-${pad(k.from)}-01` : from;
    to = periodEnd(k);
  }
  if (!from && !to) return null;
  from ??= issuedOn;
  if (!from) return null;
  return { from, to };
}
