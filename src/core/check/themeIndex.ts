// Themes as TF-IDF vectors over Vietnamese syllable unigrams and bigrams (natural's TfIdf gives
// the inverse document frequencies over every theme of the library). A theme's key phrases are
// its heading's most distinctive bigrams: an article that uses several of them covers it.

import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Theme } from '../directive/types.ts';
import type { LibraryDirective } from './types.ts';
import { normalizeText } from '../text/normalizeText.ts';
import { splitSentences } from '../text/splitSentences.ts';
import { STOP_SYLLABLES } from '../text/stopSyllables.ts';
import { syllableKeys } from '../text/syllables.ts';

export type Vector = Map<string, number>;

export interface CompiledTheme {
  directive: LibraryDirective;
  theme: Theme;
  vector: Vector;
  norm: number;
  keyPhrases: string[];
}

export interface ThemeIndex {
  themes: CompiledTheme[];
  idf: (term: string) => number;
  /** One vector per directive: all its themes together, for telling which directives a draft is about. */
  directives: Map<string, { vector: Vector; norm: number }>;
}

/** Unigrams (not stop syllables) and bigrams of each sentence of a normal text. */
export function terms(normalText: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(normalText)) {
    const keys = syllableKeys(normalText.slice(s.start, s.end)).filter((k) => !/^\d/.test(k));
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (!STOP_SYLLABLES.has(k)) out.push(k);
      const next = keys[i + 1];
      if (next && !STOP_SYLLABLES.has(k) && !STOP_SYLLABLES.has(next)) out.push(`${k} ${next}`);
    }
  }
  return out;
}

export function vectorOf(termList: string[], idf: (t: string) => number): { vector: Vector; norm: number } {
  const tf = new Map<string, number>();
  for (const t of termList) tf.set(t, (tf.get(t) ?? 0) + 1);
  const vector: Vector = new Map();
  let sum = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * idf(t) * (t.includes(' ') ? 1.5 : 1);
    vector.set(t, w);
    sum += w * w;
  }
  return { vector, norm: Math.sqrt(sum) };
}

export function cosine(a: { vector: Vector; norm: number }, b: { vector: Vector; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size < b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

export function buildThemeIndex(directives: LibraryDirective[]): ThemeIndex {
  const tfidf = new TfIdf();
  const themeTerms: { directive: LibraryDirective; theme: Theme; terms: string[]; headingTerms: string[] }[] = [];
  for (const d of directives) {
    for (const theme of d.themes) {
      const body = normalizeText(d.text.slice(theme.start, theme.end)).text;
      const heading = normalizeText(theme.heading).text;
      // The heading says what the theme is about; it counts twice.
      const t = [...terms(body), ...terms(heading)];
      tfidf.addDocument(t);
      themeTerms.push({ directive: d, theme, terms: t, headingTerms: terms(heading) });
    }
  }
  const cache = new Map<string, number>();
  const known = new Set(themeTerms.flatMap((t) => t.terms));
  const maxIdf = 1 + Math.log(Math.max(1, themeTerms.length));
  const idf = (term: string): number => {
    let v = cache.get(term);
    if (v === undefined) {
      v = known.has(term) ? tfidf.idf(term) : maxIdf;
      cache.set(term, v);
    }
    return v;
  };
  const themes: CompiledTheme[] = themeTerms.map(({ directive, theme, terms: t, headingTerms }) => {
    const { vector, norm } = vectorOf(t, idf);
    const keyPhrases = [...new Set(headingTerms.filter((x) => x.includes(' ')))]
      .sort((a, b) => idf(b) - idf(a))
      .slice(0, 8);
    return { directive, theme, vector, norm, keyPhrases };
  });
  const byDirective = new Map<string, { vector: Vector; norm: number }>();
  for (const d of directives) {
    const all = themeTerms.filter((t) => t.directive === d).flatMap((t) => t.terms);
    byDirective.set(d.id, vectorOf(all.length ? all : terms(normalizeText(d.text).text), idf));
  }
  return { themes, idf, directives: byDirective };
}
