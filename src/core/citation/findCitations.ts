// Documents cited by number in a normal text, the way a careful reader lists them:
//
//   "Kết luận số 64-KL/TW, ngày 18/10/2023 của Hội nghị Trung ương 8 khóa XIII về kinh tế - xã hội năm 2023-2024;"
//    kind        number    date               issuer                            title
//
//   "Nghị quyết số 68/2022/QH15; số 69/2022/QH15"   the second inherits the kind; QH15 says Quốc hội
//   "Kết luận số 42-KL/TW, Kết luận số 46-KL/TW của Bộ Chính trị"   the issuer is shared by the list
//   "...năm 2023 (Báo cáo số 538-BC/TU, ngày 01/12/2023 của Ban Thường vụ Tỉnh ủy)"   title before the bracket
//
// A title ends at ";" unless the citation opens its paragraph (an annex line) or the sentence
// is the directive's opening "Thực hiện ..., <issuer> hướng dẫn như sau"; there it runs to the
// issuer of the directive.

import type { DateMention } from '../text/dates.ts';
import { issuerFromCode, KIND_WORDS } from '../text/documentKinds.ts';
import type { TextSpan } from '../text/splitSentences.ts';
import { scanText, type TextScan } from '../text/scanText.ts';
import { readIssuer } from './readIssuer.ts';

export interface FoundCitation {
  /** Normal-text span of the whole citation: kind word to issuer (title excluded). */
  start: number;
  end: number;
  /** Span of the number itself. */
  numberStart: number;
  numberEnd: number;
  kind: string | null;
  kindWord: string | null;
  number: string | null;
  /** The issuer's code in the number: "TW", "TU", "UBND", "QH15". */
  issuerCode: string;
  date: string | null;
  dateSpan: { start: number; end: number } | null;
  issuer: string | null;
  issuerSpan: { start: number; end: number } | null;
  title: string | null;
  titleSpan: { start: number; end: number } | null;
  /** Whether it sits in an opening "Thực hiện ..." / "Căn cứ ..." sentence. */
  opening: boolean;
}

/** The same citation, every offset moved by `by` (a paragraph's citation placed in its draft). */
export function shiftCitation(c: FoundCitation, by: number): FoundCitation {
  const span = <T extends { start: number; end: number } | null>(x: T): T => (x ? { start: x.start + by, end: x.end + by } : x) as T;
  return {
    ...c,
    start: c.start + by,
    end: c.end + by,
    numberStart: c.numberStart + by,
    numberEnd: c.numberEnd + by,
    dateSpan: span(c.dateSpan),
    issuerSpan: span(c.issuerSpan),
    titleSpan: span(c.titleSpan),
  };
}

const ORG_START = /^\s*[,;]?\s*(?:Ban|Sở|Ủy ban|Uỷ ban|UBND|HĐND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Thường trực|Văn phòng|Hội|Mặt trận)\s/u;
const KIND_SOURCE = KIND_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const KIND_BEFORE = new RegExp(String.raw`(${KIND_SOURCE})(?:\s+(?:hành\s+động|liên\s+tịch))?\s*(?:số\s*)?$`, 'iu');
// "Luật Đất đai số 31/2024/QH15": a law is cited by its name, then its number.
const LAW_BEFORE = /(Luật(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{Ll}\p{M}]+){0,8}?)+)\s+số\s*$/u;
// "Ngày 30/11/2024, Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 1314/...": the date comes first.
const DATE_FIRST = /(?:^(?:[a-zđ\d]{1,2}[.)]\s*|[-+•]\s*)?|[.;]\s*)[Nn]gày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}),\s*([^,;.]{3,80}?)\s+(?:đã\s+)?(?:ban hành|ký ban hành|thông qua)\s+[^,;.]*$/u;
const NEXT_CITATION = new RegExp(String.raw`^\s*(?:[,;]|và|,\s*và)\s*(?:(?:${KIND_SOURCE})\s+)?số\s`, 'iu');

function kindOfWord(word: string): string | null {
  const w = word.replace(/\s+/g, ' ').toLowerCase();
  for (const [k, letters] of KIND_WORDS) if (k.toLowerCase() === w) return letters;
  return null;
}

// Verbs after the directive's own issuer in its opening: "..., Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau".
const OPENING_VERB = /^\s*(?:hướng dẫn|xây dựng|ban hành|đề nghị|yêu cầu|triển khai|thông báo|chỉ đạo|đề ra|tổ chức|kính đề nghị|trân trọng)/u;

/** Whether a "," or ";" at `at` opens "<body> <verb>": a new clause, not more of a title. */
function opensClause(text: string, at: number): boolean {
  const rest = text.slice(at, at + 60);
  if (!ORG_START.test(rest)) return false;
  const nameStart = at + (/^[,;]\s*/u.exec(rest)?.[0].length ?? 1);
  const name = readIssuer(text, nameStart, Math.min(text.length, nameStart + 120));
  return name !== null && OPENING_VERB.test(text.slice(name.end, name.end + 30));
}

/** Where a title that starts at `from` ends. */
function titleEnd(text: string, from: number, limit: number, mode: 'plain' | 'opening' | 'annex'): number {
  let i = from;
  let depth = 0;
  while (i < limit) {
    const ch = text[i]!;
    // "(nay là Bộ đội Biên phòng)", "(sau đây gọi tắt là ...)": a note on the document, not its title.
    if (ch === '(' && depth === 0 && /^\((?:nay là|sau đây gọi|gọi tắt)/u.test(text.slice(i, i + 20))) return i;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0) {
      const rest = text.slice(i, i + 60);
      if (ch === '.' && (text.slice(i, i + 3) === '...' || i + 1 >= limit || text[i + 1] === ' ')) return i;
      if (ch === '…') return i;
      if (ch === ';') {
        if (mode === 'annex' && !NEXT_CITATION.test(rest)) {
          i++;
          continue;
        }
        if (mode === 'plain' || opensClause(text, i) || NEXT_CITATION.test(rest)) return i;
      }
      if (ch === ',' && (opensClause(text, i) || NEXT_CITATION.test(rest))) return i;
      if (ch === ',' && mode === 'opening' && /^,\s+(?:các|những)\s/u.test(rest)) return i;
      if (ch === ' ' && /^ (?:và|cùng) các /u.test(rest) && mode !== 'annex') return i;
      if (ch === ' ' && /^ (?:để|đã|sẽ|đang) /u.test(rest)) return i;
      // "..., được thông qua tại Kỳ họp thứ 8", "... được phê duyệt tại", ", trong đó ...": what
      // the sentence says of the document, not its title.
      if ((ch === ',' || ch === ' ') && /^,? (?:được|đã được) (?:thông qua|phê duyệt|ban hành|sửa đổi|triển khai|cụ thể hóa)/u.test(rest)) return i;
      if (ch === ',' && /^, (?:trong đó|với) /u.test(rest)) return i;
      // In an opening, "; Chương trình công tác năm 2024 của ..." starts another document.
      if (ch === ';' && mode === 'opening' && new RegExp(String.raw`^;\s*(?:${KIND_SOURCE})\s`, 'u').test(rest)) return i;
      if (ch === ' ' && NEXT_CITATION.test(rest)) return i;
    }
    i++;
  }
  return limit;
}

function trimTitle(text: string, s: number, e: number): { start: number; end: number } | null {
  while (s < e && /[\s,:]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.…]/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Every cited document of a normal text. `ownSpan` is the directive's own "Số ..." line, skipped. */
export function findCitations(text: string, ownSpan?: { start: number; end: number }, scan: TextScan = scanText(text)): FoundCitation[] {
  const numbers = scan.documentNumbers;
  if (numbers.length === 0) return [];
  const dates = scan.dates;
  const sentences = scan.sentences;
  const paragraphs = scan.paragraphs;
  const found: FoundCitation[] = [];

  const spanAt = (spans: TextSpan[], at: number): TextSpan => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return { start: 0, end: text.length };
  };
  const sentenceOf = (at: number): TextSpan => spanAt(sentences, at);
  const paragraphOf = (at: number): TextSpan => spanAt(paragraphs, at);

  for (const doc of numbers) {
    if (ownSpan && doc.start >= ownSpan.start && doc.end <= ownSpan.end) continue;
    if (doc.number === null) continue;
    const sentence = sentenceOf(doc.start);
    const paragraph = paragraphOf(doc.start);
    const before = text.slice(Math.max(paragraph.start, doc.start - 40), doc.start);
    const kindMatch = KIND_BEFORE.exec(before);
    let start = doc.start;
    let kindWord: string | null = null;
    let kind = doc.kind;
    const lawMatch = kindMatch ? null : LAW_BEFORE.exec(before);
    let lawTitle: { start: number; end: number } | null = null;
    if (kindMatch) {
      start = doc.start - kindMatch[0].length;
      kindWord = text.slice(start, start + kindMatch[1]!.length);
      kind = kind ?? kindOfWord(kindMatch[1]!);
    } else if (lawMatch) {
      start = doc.start - lawMatch[0].length;
      kindWord = 'Luật';
      kind = 'Luật';
      lawTitle = { start, end: start + lawMatch[1]!.length };
    } else {
      const prev = found[found.length - 1];
      const soBefore = /số\s*$/u.exec(before);
      if (soBefore) start = doc.start - soBefore[0].length;
      // "Nghị quyết số 68/2022/QH15; số 69/2022/QH15": the list shares the kind word.
      if (prev && doc.start - prev.numberEnd < 30 && /^[\s,;]*(?:và\s*)?(?:số\s*)?$/u.test(text.slice(prev.numberEnd, start === doc.start ? doc.start : start) || '')) {
        kind = kind ?? prev.kind;
      }
    }

    // Date right after the number: "64-KL/TW, ngày 18/10/2023", "34-NQ/TW ngày 9/1/2023".
    let cursor = doc.end;
    let date: DateMention | null = null;
    for (const d of dates) {
      if (d.start < cursor) continue;
      if (/^[\s,]*(?:ban hành\s+)?$/u.test(text.slice(cursor, d.start))) date = d;
      break;
    }
    if (date) cursor = date.end;
    // A date written before the citation: "Ngày 30/11/2024, ... ban hành Nghị quyết số ...".
    let earlyDate: string | null = null;
    let earlyIssuer: string | null = null;
    if (!date) {
      const m = DATE_FIRST.exec(text.slice(sentence.start, start));
      if (m) {
        earlyDate = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
        // "Ngày 03/3/1959, Bộ Chính trị ban hành ...": the body that issued it, when it is one name.
        const body = m[4]!.trim();
        if (readIssuer(body, 0, body.length)?.end === body.length) earlyIssuer = body;
      }
    }

    // Issuer: "của <body>"; else what the number says ("QH15" → Quốc hội).
    let issuer: string | null = null;
    let issuerSpan: { start: number; end: number } | null = null;
    const deMatch = /^[\s,]*của\s+/u.exec(text.slice(cursor, cursor + 20));
    if (deMatch) {
      const read = readIssuer(text, cursor + deMatch[0].length, sentence.end);
      if (read) {
        issuer = text.slice(read.start, read.end);
        issuerSpan = read;
        cursor = read.end;
      }
    }
    if (!issuer) issuer = earlyIssuer ?? issuerFromCode(doc.issuerCode);

    // Title: "về ...", or the words right after the issuer ("thực hiện ...", "tiếp tục ...").
    let title: string | null = null;
    let titleSpan: { start: number; end: number } | null = null;
    const opening = /^(?:Thực hiện|Căn cứ|Triển khai|Thực hiện theo)\s/u.test(text.slice(sentence.start, sentence.start + 20));
    const annex = /^(?:\d{1,3}[.)]\s*)?$/u.test(text.slice(paragraph.start, start).trim());
    const after = text.slice(cursor, cursor + 12);
    const titleStart = /^\s*,?\s*(?=về\s|v\/v\s)/iu.exec(after)
      ? cursor
      : /^\s*,?\s*(?=\p{Ll})(?!và\s|của\s|ngày\s|số\s|đã\s|được\s|là\s|có\s|cũng\s|này\s|đó\s|nêu\s|theo\s|trong\s|thì\s|tại\s)/u.exec(after) && (issuerSpan || date)
        ? cursor
        : -1;
    const closesBracket = text[cursor] === ')' || /^\s*\)/.test(after);
    if (lawTitle) {
      titleSpan = lawTitle;
    } else if (titleStart >= 0 && !closesBracket) {
      const mode = annex ? 'annex' : opening ? 'opening' : 'plain';
      const end = titleEnd(text, titleStart, annex ? paragraph.end : sentence.end, mode);
      titleSpan = trimTitle(text, titleStart, end);
    } else if (closesBracket) {
      // "...; kết quả xây dựng Đảng ... năm 2023 (Báo cáo số 538-BC/TU, ...)": the title precedes.
      const open = text.lastIndexOf('(', start);
      if (open > sentence.start) {
        const sep = Math.max(text.lastIndexOf(';', open), sentence.start - 1);
        // "Tuyên truyền việc thực hiện Đề án Văn hóa công vụ (Quyết định số ...)": the title is the
        // named document, from its capitalised kind word, when the words before it name one.
        const named = /(?:Đề án|Chiến lược|Chương trình|Kế hoạch|Quy hoạch|Quy chế|Quy định|Nghị quyết|Chỉ thị|Kết luận|Luật)\s[^;()]*$/u.exec(text.slice(sep + 1, open));
        titleSpan = trimTitle(text, named ? open - named[0].length : sep + 1, open);
      }
    }
    if (titleSpan) title = text.slice(titleSpan.start, titleSpan.end);

    found.push({
      start,
      end: Math.max(cursor, doc.end),
      numberStart: doc.start,
      numberEnd: doc.end,
      kind,
      kindWord,
      issuerCode: doc.issuerCode,
      number: doc.number,
      date: date?.iso ?? earlyDate,
      dateSpan: date ? { start: date.start, end: date.end } : null,
      issuer,
      issuerSpan,
      title,
      titleSpan,
      opening,
    });
  }

  // "Kết luận số 42-KL/TW, Kết luận số 46-KL/TW của Bộ Chính trị": the last issuer covers the list,
  // when the numbers say the same body ("Nghị quyết số 57-NQ/TW và Kế hoạch số 512-KH/TU của Ban
  // Thường vụ Tỉnh ủy" names a central resolution and the province's plan).
  const shares = new Set<FoundCitation>();
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.issuerSpan || (!b.issuerSpan && !shares.has(b))) continue;
    if (a.issuerCode.toUpperCase() !== b.issuerCode.toUpperCase()) continue;
    if (/^\s*(?:,|và|,\s*và)\s*$/u.test(text.slice(a.end, b.start))) {
      a.issuer = b.issuer;
      shares.add(a);
    }
  }
  return found;
}
