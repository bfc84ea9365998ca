// Sentences and paragraphs of a normal text (see normalizeText). A sentence ends at ".", "!",
// "?" or "..." followed by a capital, a digit or an opening quote, and at every paragraph break;
// never inside abbreviations (TP., v.v.), numbers (5.66, 51.600), document numbers
// ("Số 1383-CV/BTGTU") or periods ("quý I/2024"). ";" and ":" do not end a sentence.

export interface TextSpan {
  start: number;
  end: number;
}

// Tokens that end with a dot without ending the sentence.
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'v.v', 'vv', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'th.s', 'st', 'q', 'p', 'tx', 'h', 'x',
  'ông', 'bà', 'đ/c', 'đc', 'nxb', 'tr', 'k/t', 'kt', 'tm', 'tl', 'tuq', 'no', 'etc', 'vs', 'mr', 'mrs', 'dr',
]);

/** Paragraphs: the spans between "\n". */
export function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

function isBoundary(text: string, dotEnd: number, paraEnd: number): boolean {
  // After the terminal mark(s) and any closing quotes/brackets: a space, then a sentence start.
  let j = dotEnd;
  while (j < paraEnd && /["”’)\]]/.test(text[j]!)) j++;
  if (j >= paraEnd) return true;
  if (text[j] !== ' ') return false;
  while (j < paraEnd && text[j] === ' ') j++;
  if (j >= paraEnd) return true;
  const next = text[j]!;
  return /[\p{Lu}\p{N}“"(\[-]/u.test(next);
}

function precedingToken(text: string, dot: number, paraStart: number): string {
  let i = dot;
  while (i > paraStart && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^[“"(\[]+/, '');
}

/** Sentences of a normal text, never crossing a paragraph break. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const para of splitParagraphs(text)) {
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      const ch = text[i]!;
      if (ch === '.' || ch === '!' || ch === '?') {
        let end = i + 1;
        while (end < para.end && /[.!?]/.test(text[end]!)) end++;
        const ellipsis = end - i >= 3;
        const isDot = ch === '.' && end - i === 1;
        let boundary = isBoundary(text, end, para.end);
        if (boundary && isDot) {
          const token = precedingToken(text, i, para.start);
          // "TP. Lai Châu", "v.v. Các", a single initial "A. Nguyễn": not an end.
          if (ABBREVIATIONS.has(token) || /^\p{Lu}$/u.test(token)) boundary = false;
          // "./." closes a document.
          if (text.slice(i - 1, i + 2) === '/./') boundary = false;
        }
        if (boundary && ellipsis) {
          // "... Chính phủ" after an enumeration ends it only when a capital follows.
          boundary = isBoundary(text, end, para.end);
        }
        if (boundary) {
          let close = end;
          while (close < para.end && /["”’)\]]/.test(text[close]!)) close++;
          spans.push({ start, end: close });
          start = close;
          while (start < para.end && text[start] === ' ') start++;
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < para.end) spans.push({ start, end: para.end });
  }
  return spans;
}
