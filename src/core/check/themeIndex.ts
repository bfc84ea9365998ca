// Themes as TF-IDF vectors over Vietnamese syllable unigrams and bigrams; the inverse document
// frequencies are over every paragraph of every theme in the library, with natural's formula
// (1 + ln(N / (1 + df))) counted in one pass: natural's TfIdf recounts every document for each
// term, 3 s for a library of 100 directives. A theme
// is compared paragraph by paragraph (a directive's sections are long; an article covers one
// point of them in a sentence or two), through an inverted index so a check stays fast. The
// words of citations are left out on both sides ("Kết luận số 64-KL/TW ... về kinh tế - xã hội"
// says which document, not what is covered); the documents a theme cites are its key phrases.

import type { Theme } from '../directive/types.ts';
import type { LibraryDirective } from './types.ts';
import { findCitations } from '../citation/findCitations.ts';
import { documentNumberKey } from '../text/documentNumbers.ts';
import { normalizeText } from '../text/normalizeText.ts';
import { splitParagraphs, splitSentences } from '../text/splitSentences.ts';
import { STOP_SYLLABLES } from '../text/stopSyllables.ts';
import { syllableKeys } from '../text/syllables.ts';

export type Vector = Map<string, number>;

export interface CompiledTheme {
  directive: LibraryDirective;
  theme: Theme;
  /** Documents the theme cites, by number key: a draft citing one of them covers the theme. */
  cites: Set<string>;
  /** Indexes of the theme and its sub-themes: a parent is covered by any of them. */
  family: number[];
  /** The whole theme as one vector, for how much the draft as a whole is about it. */
  whole: CompactVector;
}

/** A sparse vector over the library's vocabulary, stored compactly (it lives as long as the library). */
export interface CompactVector {
  ids: Int32Array;
  weights: Float32Array;
  norm: number;
}


export interface ThemeIndex {
  themes: CompiledTheme[];
  idf: (term: string) => number;
  /** Paragraph vectors: the theme each belongs to, and its norm. */
  chunkTheme: Int32Array;
  chunkNorm: Float64Array;
  /** Term → the chunks it occurs in and its weight there (parallel arrays). */
  postings: Map<string, { chunks: Int32Array; weights: Float64Array }>;
  /** One vector per directive, stored inverted (term id → directives), for telling which directives a draft is about. */
  directiveIds: string[];
  directiveNorms: Float64Array;
  /** By term id (an array: it is read for every term of a draft on every check). */
  directivePostings: ({ directives: Int32Array; weights: Float32Array } | undefined)[];
  /** Term → id, for compact vectors. */
  vocabulary: Map<string, number>;
  /** Sentences of drafts already read against this library: their terms and theme scores. */
  sentences: Map<string, SentenceRead>;
  /** Key phrases by their first syllable, with the theme each stands for. */
  phrasesByFirst: Map<string, { keys: string[]; theme: number }[]>;
  /** By term id: idf and whether the term is a bigram (bigrams weigh more). */
  idfById: Float64Array;
  bigramById: Uint8Array;
}

export interface SentenceRead {
  /** The themes (indexes) one of whose key phrases the sentence writes. */
  phraseThemes: number[];
  /** Ids of the terms the library knows, one per occurrence. */
  ids: Int32Array;
  /** Terms the library does not know: they cannot match, but they weigh in the norm. */
  unknown: string[];
  scores: Float32Array;
}

function compact(v: { vector: Vector; norm: number }, vocabulary: Map<string, number>): CompactVector {
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [t, w] of v.vector) {
    let id = vocabulary.get(t);
    if (id === undefined) vocabulary.set(t, (id = vocabulary.size));
    ids.push(id);
    weights.push(w);
  }
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights), norm: v.norm };
}

/** A draft vector keyed by the library's term ids (terms the library does not know cannot match). */
/** A draft's vector over the library's vocabulary: dense by term id, with the ids it has. */
export interface DraftVector {
  ids: number[];
  weights: Float64Array;
  norm: number;
}

/** The draft's vector by term id, from its sentences' reads. */
export function draftVectorOf(index: ThemeIndex, reads: readonly SentenceRead[]): DraftVector {
  const tf = new Int32Array(index.vocabulary.size);
  const ids: number[] = [];
  const unknownTf = new Map<string, number>();
  for (const r of reads) {
    for (let i = 0; i < r.ids.length; i++) if (tf[r.ids[i]!]!++ === 0) ids.push(r.ids[i]!);
    for (const t of r.unknown) unknownTf.set(t, (unknownTf.get(t) ?? 0) + 1);
  }
  const weights = new Float64Array(index.vocabulary.size);
  let sum = 0;
  for (const id of ids) {
    const w = (1 + Math.log(tf[id]!)) * index.idfById[id]! * (index.bigramById[id] ? 1.5 : 1);
    weights[id] = w;
    sum += w * w;
  }
  for (const [t, n] of unknownTf) {
    const w = (1 + Math.log(n)) * index.idf(t) * (t.includes(' ') ? 1.5 : 1);
    sum += w * w;
  }
  return { ids, weights, norm: Math.sqrt(sum) };
}

/** Cosine of the draft with every directive, in the order of `directiveIds`. */
export function directiveScores(index: ThemeIndex, draft: DraftVector): Float64Array {
  const dots = new Float64Array(index.directiveIds.length);
  if (draft.norm === 0) return dots;
  for (const id of draft.ids) {
    const w = draft.weights[id]!;
    const p = index.directivePostings[id];
    if (!p) continue;
    for (let i = 0; i < p.directives.length; i++) {
      const d = p.directives[i]!;
      dots[d] = dots[d]! + w * p.weights[i]!;
    }
  }
  for (let d = 0; d < dots.length; d++) dots[d] = index.directiveNorms[d]! ? dots[d]! / (draft.norm * index.directiveNorms[d]!) : 0;
  return dots;
}

export function cosineCompact(draft: DraftVector, v: CompactVector): number {
  if (draft.norm === 0 || v.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < v.ids.length; i++) dot += draft.weights[v.ids[i]!]! * v.weights[i]!;
  return dot / (draft.norm * v.norm);
}

/** Normal text with the citations blanked out (kind word, number, date, issuer). */
export function withoutCitations(normal: string, citations: readonly { start: number; end: number }[] = findCitations(normal)): string {
  if (citations.length === 0) return normal;
  const parts: string[] = [];
  let at = 0;
  for (const c of citations) {
    if (c.start < at) continue;
    parts.push(normal.slice(at, c.start), ' '.repeat(c.end - c.start));
    at = c.end;
  }
  parts.push(normal.slice(at));
  return parts.join('');
}

/** Unigrams (not stop syllables) and bigrams of one sentence. */
export function sentenceTerms(sentence: string, out: string[] = []): string[] {
  const keys = syllableKeys(sentence);
  let previous: string | null = null;
  for (const k of keys) {
    const code = k.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      previous = null;
      continue;
    }
    const stop = STOP_SYLLABLES.has(k);
    if (!stop) {
      out.push(k);
      if (previous !== null) out.push(`${previous} ${k}`);
    }
    previous = stop ? null : k;
  }
  return out;
}

/** Unigrams (not stop syllables) and bigrams of each sentence of a normal text. */
export function terms(normalText: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(normalText)) sentenceTerms(normalText.slice(s.start, s.end), out);
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

/** Scratch space for bestChunkScores, sized to the index. */
export interface ChunkScratch {
  dots: Float64Array;
  touched: Int32Array;
}

export function chunkScratch(index: ThemeIndex): ChunkScratch {
  return { dots: new Float64Array(index.chunkTheme.length), touched: new Int32Array(index.chunkTheme.length) };
}

/** For each theme, the best cosine between a draft sentence vector and one of its paragraphs. */
export function bestChunkScores(index: ThemeIndex, sentence: { vector: Vector; norm: number }, into: Float32Array | Float64Array, scratch: ChunkScratch): void {
  if (sentence.norm === 0) return;
  const { dots, touched } = scratch;
  let count = 0;
  for (const [t, w] of sentence.vector) {
    const p = index.postings.get(t);
    if (!p) continue;
    const { chunks, weights } = p;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      if (dots[c] === 0) touched[count++] = c;
      dots[c] = dots[c]! + w * weights[i]!;
    }
  }
  for (let i = 0; i < count; i++) {
    const c = touched[i]!;
    const score = dots[c]! / (sentence.norm * index.chunkNorm[c]!);
    const theme = index.chunkTheme[c]!;
    if (score > into[theme]!) into[theme] = score;
    dots[c] = 0;
  }
}

/**
 * The idf lookup kept for the library's life. Made outside buildThemeIndex so that its closure
 * holds only the table, not the build's working data (every paragraph's terms: tens of MB).
 */
function lookupIdf(table: Map<string, number>, unknown: number): (term: string) => number {
  return (term) => table.get(term) ?? unknown;
}

/** A quoted phrase this long (in syllables) is specific enough to stand for its theme ("ba bám, bốn cùng" is a motto many themes share). */
const KEY_PHRASE_MIN = 5;

/** The themes whose key phrases (the set phrases, slogans and campaign names they quote) a sentence writes. */
export function phraseThemesOf(index: ThemeIndex, sentence: string): number[] {
  const keys = syllableKeys(sentence);
  const found = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    for (const p of index.phrasesByFirst.get(keys[i]!) ?? []) {
      if (p.keys.every((k, j) => keys[i + j] === k)) found.add(p.theme);
    }
  }
  return [...found];
}

export function buildThemeIndex(directives: LibraryDirective[]): ThemeIndex {
  const themes: CompiledTheme[] = [];
  const chunkTerms: { theme: number; terms: string[] }[] = [];
  const themeTerms: string[][] = [];
  const byDirective = new Map<string, string[]>();
  const phrasesByFirst = new Map<string, { keys: string[]; theme: number }[]>();
  for (const d of directives) {
    const all: string[] = [];
    for (const theme of d.themes) {
      const body = normalizeText(d.text.slice(theme.start, theme.end)).text;
      const cites = new Set(findCitations(body).filter((c) => c.number).map((c) => documentNumberKey(c.number!)));
      const clean = withoutCitations(body);
      const index = themes.length;
      for (const q of d.quotes) {
        if (q.start < theme.start || q.end > theme.end) continue;
        const keys = syllableKeys(normalizeText(q.text).text);
        if (keys.length < KEY_PHRASE_MIN) continue;
        const list = phrasesByFirst.get(keys[0]!) ?? [];
        list.push({ keys, theme: themes.length });
        phrasesByFirst.set(keys[0]!, list);
      }
      themes.push({ directive: d, theme, cites, family: [], whole: { ids: new Int32Array(0), weights: new Float32Array(0), norm: 0 } });
      const own: string[] = [];
      for (const p of splitParagraphs(clean)) {
        const t = terms(clean.slice(p.start, p.end));
        if (t.length < 3) continue;
        chunkTerms.push({ theme: index, terms: t });
        own.push(...t);
      }
      themeTerms.push(own);
      all.push(...own);
    }
    byDirective.set(d.id, all.length ? all : terms(withoutCitations(normalizeText(d.text).text)));
  }
  const df = new Map<string, number>();
  for (const c of chunkTerms) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idfOf = new Map<string, number>();
  for (const [t, n] of df) idfOf.set(t, 1 + Math.log(chunkTerms.length / (1 + n)));
  const idf = lookupIdf(idfOf, 1 + Math.log(Math.max(1, chunkTerms.length)));
  const chunkTheme = new Int32Array(chunkTerms.length);
  const chunkNorm = new Float64Array(chunkTerms.length);
  const lists = new Map<string, { chunks: number[]; weights: number[] }>();
  chunkTerms.forEach((c, chunk) => {
    const { vector, norm } = vectorOf(c.terms, idf);
    chunkTheme[chunk] = c.theme;
    chunkNorm[chunk] = norm;
    for (const [t, weight] of vector) {
      let list = lists.get(t);
      if (!list) lists.set(t, (list = { chunks: [], weights: [] }));
      list.chunks.push(chunk);
      list.weights.push(weight);
    }
  });
  const postings = new Map<string, { chunks: Int32Array; weights: Float64Array }>();
  for (const [t, l] of lists) postings.set(t, { chunks: Int32Array.from(l.chunks), weights: Float64Array.from(l.weights) });
  const vocabulary = new Map<string, number>();
  themes.forEach((t, i) => {
    t.whole = compact(vectorOf(themeTerms[i]!, idf), vocabulary);
    const prefix = `${t.theme.path}.`;
    themes.forEach((x, j) => {
      if (x.directive === t.directive && (j === i || x.theme.path.startsWith(prefix))) t.family.push(j);
    });
  });
  const directiveIds = [...byDirective.keys()];
  const directiveNorms = new Float64Array(directiveIds.length);
  const inverted = new Map<number, { directives: number[]; weights: number[] }>();
  directiveIds.forEach((id, d) => {
    const v = compact(vectorOf(byDirective.get(id)!, idf), vocabulary);
    directiveNorms[d] = v.norm;
    for (let i = 0; i < v.ids.length; i++) {
      let list = inverted.get(v.ids[i]!);
      if (!list) inverted.set(v.ids[i]!, (list = { directives: [], weights: [] }));
      list.directives.push(d);
      list.weights.push(v.weights[i]!);
    }
  });
  const directivePostings: ThemeIndex['directivePostings'] = new Array(vocabulary.size);
  for (const [id, l] of inverted) directivePostings[id] = { directives: Int32Array.from(l.directives), weights: Float32Array.from(l.weights) };
  const idfById = new Float64Array(vocabulary.size);
  const bigramById = new Uint8Array(vocabulary.size);
  for (const [t, id] of vocabulary) {
    idfById[id] = idf(t);
    bigramById[id] = t.includes(' ') ? 1 : 0;
  }
  return {
    themes, idf, chunkTheme, chunkNorm, postings, directiveIds, directiveNorms, directivePostings, vocabulary,
    sentences: new Map(), idfById, bigramById, phrasesByFirst,
  };
}
