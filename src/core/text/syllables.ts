// Syllables: Vietnamese writes one syllable per space-separated token. Matching keys are built
// from them: lower case, canonical tone placement (the normal text has it), no punctuation.

export interface Syllable {
  text: string;
  start: number;
  end: number;
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:[.,/][\p{N}]+)*/gu;

/** The syllables of text[from, to) with their offsets. */
export function syllables(text: string, from = 0, to = text.length): Syllable[] {
  const out: Syllable[] = [];
  SYLLABLE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SYLLABLE.exec(text)) !== null && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** Lower-case syllables of a normal text, for comparing wordings. */
export function syllableKeys(text: string): string[] {
  return syllables(text).map((s) => s.text.toLowerCase());
}
