// Normalisation with a way back. Directives arrive as PDF extractions (hard line breaks, page
// numbers alone on a line, spaces at line ends), .docx conversions (tabs, bookmarks) or NFD
// text; drafts arrive pasted. Everything in core reads the normal text; every offset it reports
// is mapped back to the text the user gave through `toSourceSpan`.
//
// The normal text has: NFC; one tone-mark placement (the old one: hòa, thủy, khỏe — matching
// never depends on it); tỷ for tỉ (and kỹ, lý, mỹ); “ ” for every double quotation mark; "-" for
// every dash; "..." for "…"; single spaces; paragraphs joined back from their wrapped lines and
// separated by "\n".

import { canonicalTones } from './tonePlacement.ts';

export interface NormalText {
  readonly source: string;
  readonly text: string;
  /** For each normal char, the first source char it comes from. */
  readonly starts: Int32Array;
  /** For each normal char, the end (exclusive) of the source chars it comes from. */
  readonly ends: Int32Array;
}

/** Maps a span of the normal text back to the source text. */
export function toSourceSpan(normal: NormalText, start: number, end: number): { start: number; end: number } {
  const n = normal.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  if (e === s) {
    const at = s < n ? normal.starts[s]! : normal.ends[n - 1]!;
    return { start: at, end: at };
  }
  return { start: normal.starts[s]!, end: normal.ends[e - 1]! };
}

/** Maps a source offset to the first normal char at or after it. */
export function toNormalOffset(normal: NormalText, sourceOffset: number): number {
  const { starts } = normal;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DROP = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const BOOKMARK = /\[bookmark: [^\]]*\]/g;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines of the source, trimmed, without conversion artifacts; offsets point into the source. */
function sourceLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lineStart = m.index;
    if (m[0].length === 0) break;
    // Blank out bookmarks from .docx conversions, keeping offsets.
    const cleaned = raw.replace(BOOKMARK, (b) => ' '.repeat(b.length));
    let s = 0;
    let e = cleaned.length;
    while (s < e && (SPACE.test(cleaned[s]!) || DROP.test(cleaned[s]!))) s++;
    while (e > s && (SPACE.test(cleaned[e - 1]!) || DROP.test(cleaned[e - 1]!))) e--;
    lines.push({ start: lineStart + s, end: lineStart + e, text: cleaned.slice(s, e) });
  }
  return lines;
}

const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:Trang|trang)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/;
const SEPARATOR = /^[-_=*.~–—]{3,}$|^\*$/;
const TERMINAL_END = /(?:[.!?]|\.\.\.|…)["”’)\]]*$/;
const CLAUSE_END = /[:;]["”’)\]]*$/;
const HEADER_LINE_START = /^(?:V\/v\s|Kính gửi|Nơi nhận|Số\s|Thực hiện\s|Căn cứ\s)/u;
const DATE_LINE = /^[^,]{2,60},\s*ngày[\s\d]*tháng[\s\d]*năm\s*\d{4}\s*$/u;
/** A line that opens an item of the outline or a bullet. */
const MARKER_START =
  /^(?:[-+•●▪◦*–—]\s|[IVXLC]{1,6}\s*[.\-–:)]\s*\S|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)\-–]\s*\S|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+\S|[a-zđ][.)]\s|\(\d{1,2}\)\s|\(?[a-zđ]\)\s)/;

function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch === ch.toLowerCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** The usual length of a wrapped line: lines of a hard-wrapped PDF extraction are nearly equal. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  return lengths[Math.floor(lengths.length * 0.75)]!;
}

/** Whether the break between two non-blank lines is only a wrap inside a paragraph. */
function isSoftWrap(prev: string, next: string, width: number): 'join' | 'glue' | 'break' {
  if (SEPARATOR.test(prev) || SEPARATOR.test(next)) return 'break';
  // "kinh tế" + "- xã hội": a dash that continues a phrase, not a bullet.
  if (/^-\s+\p{Ll}/u.test(next) && !/[.,:;!?]$/.test(prev)) return 'join';
  if (MARKER_START.test(next)) return 'break';
  // "xung đột Nga -" + "Ukraine": a paragraph cannot end on a dash.
  if (/\s-$/.test(prev)) return 'join';
  // "2020-" + "2025", "57-" + "KL/TW": a word or number cut at a hyphen.
  if (/[\p{L}\p{N}]-$/u.test(prev) && /^[\p{L}\p{N}]/u.test(next) && !/\s-$/.test(prev)) return 'glue';
  // The lines of an administrative letterhead stand alone: "Số ...", "<nơi>, ngày ... năm 2024",
  // "V/v ...", "Kính gửi:", "Nơi nhận:"; and a directive's opening starts its own paragraph.
  if (HEADER_LINE_START.test(next) || DATE_LINE.test(prev) || /^Số\s/u.test(prev)) return 'break';
  if (TERMINAL_END.test(prev)) return 'break';
  if (isAllCaps(prev) || isAllCaps(next)) return 'break';
  if (/^[\p{Ll}\p{N}(,;]/u.test(next)) return 'join';
  if (CLAUSE_END.test(prev)) return 'break';
  // A heading that ends on a comma goes on: "kết luận của Đảng," + "Nhà nước về ...".
  if (/,$/.test(prev)) return 'join';
  // A one-line numbered heading followed by its body: "4. Báo Lào Cai, ..." + "Tăng cường ...".
  if (MARKER_START.test(prev)) return 'break';
  if (prev.length >= 0.75 * width) return 'join';
  return 'break';
}

function isCombining(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

function isDropped(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029
  );
}

/** Normalises a directive or a draft; see the file comment for what "normal" means. */
export function normalizeText(source: string): NormalText {
  const n = source.length;
  let starts: Int32Array = new Int32Array(n + 16);
  let ends: Int32Array = new Int32Array(n + 16);
  // The normal text as UTF-16 code units, made a string once at the end.
  let out = new Uint16Array(n + 16);
  let len = 0;
  /** The last code unit written, 0 when none. */
  let last = 0;

  const push = (code: number, s: number, e: number): void => {
    if (len >= starts.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
      out = grow(out);
    }
    out[len] = code;
    starts[len] = s;
    ends[len] = e;
    len++;
    last = code;
  };
  const pop = (): void => {
    len--;
    last = len ? out[len - 1]! : 0;
  };
  const SPACE_CODE = 0x20;
  const NEWLINE = 0x0a;
  const OPEN_QUOTE = 0x201c;
  const CLOSE_QUOTE = 0x201d;
  const DASH = 0x2d;
  const DOT = 0x2e;
  // After these a straight double quote opens a quotation: nothing, a space or line, a bracket, a dash.
  const opensQuote = (c: number): boolean =>
    c === 0 || c === SPACE_CODE || c === NEWLINE || c === 0x28 || c === 0x5b || c === 0x7b || c === OPEN_QUOTE || c === 0x2018 || c === DASH;

  /** Emits source[from, to) with the character-level canonicalisations. */
  const emitRange = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const c = source.charCodeAt(i);
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < to) j++;
      let k = j;
      while (k < to && isCombining(source.charCodeAt(k))) k++;
      if (k > j) {
        // A base letter and its combining marks become NFC chars (NFD input).
        const composed = source.slice(i, k).normalize('NFC');
        for (let x = 0; x < composed.length; x++) push(composed.charCodeAt(x), i, k);
        i = k;
        continue;
      }
      if (c < 0x80 && c !== 0x22 && c !== 0x20 && c !== 0x09) {
        push(c, i, j);
        i = j;
        continue;
      }
      if (isDropped(c)) {
        i = j;
        continue;
      }
      if (isSpace(c)) {
        if (last !== SPACE_CODE && last !== NEWLINE && len > 0) push(SPACE_CODE, i, j);
        i = j;
        continue;
      }
      if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) push(DASH, i, j);
      else if (c === 0xab || c === 0x201e) push(OPEN_QUOTE, i, j);
      else if (c === 0xbb) push(CLOSE_QUOTE, i, j);
      else if (c === 0x22) push(opensQuote(last) ? OPEN_QUOTE : CLOSE_QUOTE, i, j);
      else if (c === 0x2026) {
        push(DOT, i, j);
        push(DOT, i, j);
        push(DOT, i, j);
      } else for (let x = i; x < j; x++) push(source.charCodeAt(x), i, j);
      i = j;
    }
  };

  const lines = sourceLines(source).filter((l) => !PAGE_NUMBER.test(l.text));
  const width = wrapWidth(lines);
  let prev: Line | null = null;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    if (prev) {
      const how = isSoftWrap(prev.text, line.text, width);
      if (how === 'break') {
        if (last === SPACE_CODE) {
          out[len - 1] = NEWLINE;
          last = NEWLINE;
        } else push(NEWLINE, prev.end, line.start);
      } else if (how === 'join') {
        if (last !== SPACE_CODE) push(SPACE_CODE, prev.end, line.start);
      }
    }
    emitRange(line.start, line.end);
    if (last === SPACE_CODE) pop();
    prev = line;
  }

  const text = canonicalTones(fromCodes(out, len));
  return { source, text, starts: starts.slice(0, text.length), ends: ends.slice(0, text.length) };
}

/** The string of codes[0, len), built in chunks (an argument list has a limit; 1024 is fastest). */
function fromCodes(codes: Uint16Array, len: number): string {
  let text = '';
  for (let i = 0; i < len; i += 1024) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 1024)) as unknown as number[]);
  return text;
}
