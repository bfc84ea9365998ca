// Whole-word phrase tests at a position: Vietnamese letters are not \w, so \b cannot be used.

/** Whether text[at..] starts with phrase as whole words (case-insensitive unless asked). */
export function phraseAt(text: string, at: number, phrase: string, caseless = true): boolean {
  const piece = text.slice(at, at + phrase.length);
  const same = caseless ? piece.toLowerCase() === phrase.toLowerCase() : piece === phrase;
  return same && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
}

/** Where phrase starts if text[..at) ends with it as whole words (spaces allowed before at), else -1. */
export function phraseBefore(text: string, at: number, phrase: string, caseless = true): number {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  const s = i - phrase.length;
  if (s < 0) return -1;
  return phraseAt(text, s, phrase, caseless) ? s : -1;
}

export function skipSpaces(text: string, at: number): number {
  while (at < text.length && text[at] === ' ') at++;
  return at;
}
