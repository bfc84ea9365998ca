// Which directives a draft answers to, and which of their themes it covers. A theme is covered
// when some sentence of the draft is close to one of its paragraphs (cosine of TF-IDF vectors
// over syllable unigrams and bigrams), when the draft states figures the theme approves, or
// when it cites a document the theme cites; a theme with sub-themes is covered when one of
// them is. The covering sentences are its evidence.

import type { DirectiveRelevance, LibraryDirective, ThemeCoverage } from './types.ts';
import type { AnalyzedDraft } from './analyzeDraft.ts';
import type { CompiledLibrary } from './compileLibrary.ts';
import type { FigureMatch } from './matchFigures.ts';
import { documentNumberKey } from '../text/documentNumbers.ts';
import { bestChunkScores, chunkScratch, cosineCompact, directiveScores, draftVectorOf, phraseThemesOf, sentenceTerms, vectorOf, withoutCitations } from './themeIndex.ts';
import { inForce } from './inForce.ts';

/**
 * A sentence this close to one of a theme's paragraphs covers it — when the draft as a whole is
 * also somewhat about the theme, or the sentence is very close. One close sentence in an article
 * about something else is a coincidence of words.
 */
const SENTENCE_COVERS = 0.22;
const SENTENCE_ALONE_COVERS = 0.3;
const DRAFT_ABOUT = 0.13;
/** A draft this close to a directive, and nearly as close as to the closest one, is about it. */
const RELEVANT = 0.15;
const NEAR_BEST = 0.8;
/** A sentence this close to a covered theme is shown as evidence. */
const EVIDENCE = SENTENCE_COVERS * 0.8;
/** A theme whose approved figures the draft states this many of is covered, whatever the words. */
const FIGURES_COVER = 2;
/** Sentences remembered per library before the memory is cleared. */
const SENTENCE_CACHE = 2_000;

export interface Coverage {
  directives: DirectiveRelevance[];
  themes: ThemeCoverage[];
}

export function matchesId(d: LibraryDirective, wanted: string): boolean {
  const w = wanted.trim();
  if (d.id === w || d.file === w) return true;
  if (d.number && documentNumberKey(d.number) === documentNumberKey(w)) return true;
  return d.file ? d.file.replace(/\.[^.]+$/, '') === w : false;
}

export function coverage(lib: CompiledLibrary, draft: AnalyzedDraft, date: string, given: string[] | undefined, figureMatches: FigureMatch[] = []): Coverage {
  const text = draft.normal.text;
  const clean = withoutCitations(text, draft.citations);
  const idf = lib.themes.idf;
  // Each sentence is read once per library: as an editor types, only the sentence that changed
  // is read again. Its terms make the draft's vector; its scores say which themes it is close to.
  const count = lib.themes.themes.length;
  const scratch = chunkScratch(lib.themes);
  const cache = lib.themes.sentences;
  if (cache.size > SENTENCE_CACHE) cache.clear();
  const perSentenceRead = draft.sentences.map((span) => {
    const sentence = clean.slice(span.start, span.end);
    let read = cache.get(sentence);
    if (!read) {
      const terms = sentenceTerms(sentence);
      const scores = new Float32Array(count);
      bestChunkScores(lib.themes, vectorOf(terms, idf), scores, scratch);
      const ids: number[] = [];
      const unknown: string[] = [];
      for (const t of terms) {
        const id = lib.themes.vocabulary.get(t);
        if (id === undefined) unknown.push(t);
        else ids.push(id);
      }
      cache.set(sentence, (read = { phraseThemes: phraseThemesOf(lib.themes, sentence), ids: Int32Array.from(ids), unknown, scores }));
    }
    return read;
  });
  const draftVector = draftVectorOf(lib.themes, perSentenceRead);
  const cited = new Set(draft.citations.filter((c) => c.number).map((c) => documentNumberKey(c.number!)));

  const byId = directiveScores(lib.themes, draftVector);
  const position = new Map(lib.themes.directiveIds.map((id, i) => [id, i]));
  const scores = lib.directives.map((d) => byId[position.get(d.id) ?? -1] ?? 0);
  const best = Math.max(0, ...scores.filter((_s, i) => inForce(lib.directives[i]!, date)));
  const directives: DirectiveRelevance[] = lib.directives.map((d, i) => {
    const score = scores[i]!;
    const isGiven = !!given?.some((g) => matchesId(d, g));
    const isCited = !!d.number && cited.has(documentNumberKey(d.number));
    const force = inForce(d, date);
    const reason = isGiven ? 'given' : isCited ? 'cited' : score >= RELEVANT && score >= NEAR_BEST * best ? 'similar' : 'none';
    const considered = given?.length ? isGiven : force && reason !== 'none';
    return { id: d.id, number: d.number, title: d.title, kind: d.kind, inForce: force, score: Math.round(score * 1000) / 1000, reason, considered };
  });
  const consideredIds = new Set(directives.filter((d) => d.considered).map((d) => d.id));

  // Per sentence, the best paragraph score of every theme.
  const perSentence = consideredIds.size ? draft.sentences.map((span, i) => ({ span, scores: perSentenceRead[i]!.scores })) : [];

  // Each considered theme's best sentence score, in one pass over the sentences.
  const consideredThemes: number[] = [];
  lib.themes.themes.forEach((t, i) => {
    if (consideredIds.has(t.directive.id)) consideredThemes.push(i);
  });
  // Each considered theme's best sentence score, and the sentences close enough to be evidence,
  // in one pass over the sentences.
  const bestOf = new Float32Array(count);
  const closeSentences = new Map<number, number[]>();
  perSentence.forEach((s, k) => {
    for (const i of consideredThemes) {
      const score = s.scores[i]!;
      if (score > bestOf[i]!) bestOf[i] = score;
      if (score >= EVIDENCE) {
        let list = closeSentences.get(i);
        if (!list) closeSentences.set(i, (list = []));
        list.push(k);
      }
    }
  });

  // Which sentences write which themes' key phrases.
  const phraseHits = new Map<number, number[]>();
  perSentenceRead.forEach((r, k) => {
    for (const i of r.phraseThemes) {
      let list = phraseHits.get(i);
      if (!list) phraseHits.set(i, (list = []));
      list.push(k);
    }
  });

  // The approved figures the draft states (rightly or not), by directive and section.
  const stated = figureMatches.filter((m) => consideredIds.has(m.approved.directive.id) && m.approved.figure.sectionPath);
  const figuresOf = (directiveId: string, path: string): FigureMatch[] =>
    stated.filter((m) => m.approved.directive.id === directiveId && (m.approved.figure.sectionPath === path || m.approved.figure.sectionPath!.startsWith(`${path}.`)));

  const themes: ThemeCoverage[] = [];
  for (const index of consideredThemes) {
    const t = lib.themes.themes[index]!;
    const sentenceScore = (s: (typeof perSentence)[number]): number => {
      let score = 0;
      for (const i of t.family) if (s.scores[i]! > score) score = s.scores[i]!;
      return score;
    };
    let top = 0;
    for (const i of t.family) if (bestOf[i]! > top) top = bestOf[i]!;
    const citesIt = cited.size > 0 && t.family.some((i) => [...cited].some((k) => lib.themes.themes[i]!.cites.has(k)));
    // Its key phrases, written in the draft: the sentences that write one.
    const phraseSentences = [...new Set(t.family.flatMap((i) => phraseHits.get(i) ?? []))];
    const about = top >= SENTENCE_COVERS && top < SENTENCE_ALONE_COVERS ? cosineCompact(draftVector, t.whole) : 1;
    const figures = stated.length ? figuresOf(t.directive.id, t.theme.path) : [];
    const statesFigures = new Set(figures.map((m) => m.approved)).size >= FIGURES_COVER;
    const covered = (top >= SENTENCE_COVERS && (top >= SENTENCE_ALONE_COVERS || about >= DRAFT_ABOUT)) || citesIt || statesFigures || phraseSentences.length > 0;
    themes.push({
      id: t.theme.id,
      directive: t.directive.id,
      path: t.theme.path,
      heading: t.theme.heading,
      required: t.theme.required,
      covered,
      score: Math.round(top * 1000) / 1000,
      evidence: covered
        ? evidenceOf(
            [...new Set(t.family.flatMap((i) => closeSentences.get(i) ?? []))].map((k) => ({ span: perSentence[k]!.span, score: sentenceScore(perSentence[k]!) })),
            [...phraseSentences.map((k) => draft.sentences[k]!), ...figures.map((m) => ({ start: m.draft.sentenceStart, end: m.draft.sentenceEnd }))],
          )
        : [],
    });
  }
  return { directives, themes };

  /** The closest sentences, then those writing the theme's key phrases or stating its figures: three at most. */
  function evidenceOf(scored: { span: { start: number; end: number }; score: number }[], others: { start: number; end: number }[]): ThemeCoverage['evidence'] {
    const close = scored.filter((s) => s.score >= EVIDENCE).sort((a, b) => b.score - a.score || a.span.start - b.span.start);
    const spans = close.map((s) => ({ start: s.span.start, end: s.span.end, score: s.score }));
    for (const o of others) {
      if (!spans.some((s) => s.start === o.start)) spans.push({ start: o.start, end: o.end, score: 0 });
    }
    return spans.slice(0, 3).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), score: Math.round(s.score * 1000) / 1000 }));
  }
}
