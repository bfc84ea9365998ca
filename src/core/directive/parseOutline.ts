// The numbered outline of a directive, in normal-text offsets:
//
//   I- MỤC ĐÍCH, YÊU CẦU          → "I"
//   II. NỘI DUNG ...              → "II"
//   1- Nội dung                   → "II.1"
//   1.1. Làm rõ ...               → "II.1.1"
//   a. Phân tích ...              → "II.1.1.a"
//   1. Đề nghị ... (no roman)     → "1",  1.2. → "1.2"
//
// The outline stops at "Nơi nhận" (the distribution list and any annex are not sections), and
// the numbered lines under a KHẨU HIỆU heading are slogans, not sections.

import { scanText, type TextScan } from '../text/scanText.ts';

export interface OutlineSection {
  path: string;
  heading: string;
  depth: number;
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
}

const ROMAN_MARK = /^([IVXLC]{1,5})\s*[.\-:)]\s*(?=\S)/u;
const MULTI_MARK = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s*[-)]?\s+(?=\S)/u;
const SINGLE_MARK = /^(\d{1,2})\s*[.\-)]\s*(?=\S)/u;
const LETTER_MARK = /^([a-zđ])\s*[.)]\s+(?=\S)/u;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]!]!;
    const next = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Where the outline ends: the distribution list "Nơi nhận". */
export function outlineEnd(text: string): number {
  const m = /(^|\n)\s*(?:Nơi nhận|NƠI NHẬN)\s*:?/u.exec(text);
  return m ? m.index + m[1]!.length : text.length;
}

function sentenceAt(sentences: readonly { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The numbered sections of a directive. `from` skips the letterhead. */
export function parseOutline(text: string, from: number, scan: TextScan = scanText(text)): OutlineSection[] {
  const end = outlineEnd(text);
  const sentences = scan.sentences;
  const sections: OutlineSection[] = [];
  let roman: string | null = null;
  let romanSeen = 0;
  let arabic: string[] = [];
  let letterParent: string | null = null;
  let inSlogans = false;

  for (const para of scan.paragraphs) {
    if (para.start < from || para.start >= end) continue;
    const line = text.slice(para.start, para.end);
    let path: string | null = null;
    let markLength = 0;
    let m: RegExpExecArray | null;
    if ((m = ROMAN_MARK.exec(line)) && /^\p{Lu}/u.test(line.slice(m[0].length)) && romanValue(m[1]!) === romanSeen + 1) {
      romanSeen++;
      roman = m[1]!;
      arabic = [];
      letterParent = null;
      path = roman;
      markLength = m[0].length;
      inSlogans = /KHẨU HIỆU/u.test(line);
    } else if (inSlogans) {
      continue;
    } else if ((m = MULTI_MARK.exec(line))) {
      arabic = m[1]!.split('.');
      letterParent = null;
      path = [roman, ...arabic].filter(Boolean).join('.');
      markLength = m[0].length;
    } else if ((m = SINGLE_MARK.exec(line)) && !/^\d/.test(line.slice(m[0].length))) {
      arabic = [m[1]!];
      letterParent = null;
      path = [roman, ...arabic].filter(Boolean).join('.');
      markLength = m[0].length;
    } else if ((m = LETTER_MARK.exec(line)) && arabic.length) {
      letterParent = [roman, ...arabic].filter(Boolean).join('.');
      path = `${letterParent}.${m[1]}`;
      markLength = m[0].length;
    }
    if (!path) continue;
    const headingStart = para.start + markLength;
    const first = sentenceAt(sentences, headingStart);
    const headingEnd = first ? Math.min(first.end, para.end) : para.end;
    sections.push({
      path,
      heading: text.slice(headingStart, headingEnd).trim(),
      depth: path.split('.').length,
      start: para.start,
      end,
      headingStart,
      headingEnd,
    });
  }
  // Each section runs to the next one at its depth or above.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j]!.depth <= s.depth) {
        s.end = sections[j]!.start;
        break;
      }
    }
  }
  return sections;
}
