// What a directive wants quoted word for word:
//   slogans  — the numbered lines under a KHẨU HIỆU heading ("... muôn năm!")
//   themes   — a quoted theme of the year or name of a campaign: chủ đề năm “...”,
//              phong trào thi đua “Xóa nhà tạm, nhà dột nát”
//   phrases  — any other quoted set phrase: “ngoại giao cây tre”, “tự diễn biến”
// Offsets are normal-text offsets; each text appears once per type.

import type { QuoteType } from './types.ts';
import { findQuotations } from '../text/findQuotations.ts';
import { splitParagraphs } from '../text/splitSentences.ts';
import type { OutlineSection } from './parseOutline.ts';

export interface FoundQuote {
  type: QuoteType;
  start: number;
  end: number;
}

const THEME_BEFORE = /(?:chủ đề(?: năm)?|phong trào(?: thi đua)?|cuộc vận động|khẩu hiệu hành động|tên gọi)(?:\s+[\p{L}\p{M}\d]+){0,8}\s*:?\s*$/iu;
const SLOGAN_BEFORE = /khẩu hiệu\s*:?\s*$/iu;

export function findDirectiveQuotes(text: string, sections: OutlineSection[], bodyStart: number): FoundQuote[] {
  const found: FoundQuote[] = [];
  const seen = new Set<string>();
  const add = (type: QuoteType, start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const key = `${type}\u0000${text.slice(start, end).toLowerCase()}`;
    if (end <= start || seen.has(key)) return;
    seen.add(key);
    found.push({ type, start, end });
  };

  // Slogans: numbered or bulleted lines under a KHẨU HIỆU heading, up to the next section.
  for (const section of sections) {
    if (!/KHẨU HIỆU/u.test(section.heading)) continue;
    for (const p of splitParagraphs(text)) {
      if (p.start <= section.headingEnd || p.start >= section.end) continue;
      const line = text.slice(p.start, p.end);
      const m = /^(?:\d{1,2}\s*[.)\-]\s*|[-+•]\s*)/u.exec(line);
      if (!m && !/!\s*$/u.test(line)) continue;
      add('slogan', p.start + (m ? m[0].length : 0), p.end);
    }
  }

  for (const q of findQuotations(text)) {
    if (q.start < bodyStart) continue;
    const before = text.slice(Math.max(0, q.outerStart - 80), q.outerStart);
    const type: QuoteType = SLOGAN_BEFORE.test(before) ? 'slogan' : THEME_BEFORE.test(before) ? 'theme' : 'phrase';
    add(type, q.start, q.end);
  }
  return found.sort((a, b) => a.start - b.start);
}
