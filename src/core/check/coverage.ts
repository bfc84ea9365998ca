// Which directives a draft answers to, and which of their themes it covers. A theme is covered
// when some sentence of the draft is close to it (cosine of TF-IDF vectors over syllable
// unigrams and bigrams) or the draft uses several of its key phrases; the covering sentences
// are its evidence.

import type { DirectiveRelevance, LibraryDirective, ThemeCoverage } from './types.ts';
import type { AnalyzedDraft } from './analyzeDraft.ts';
import type { CompiledLibrary } from './compileLibrary.ts';
import { documentNumberKey } from '../text/documentNumbers.ts';
import { cosine, terms, vectorOf } from './themeIndex.ts';
import { inForce } from './inForce.ts';

/** A sentence this close to a theme covers it. */
const SENTENCE_COVERS = 0.2;
/** This many of a theme's key phrases in the draft cover it. */
const KEY_PHRASES_COVER = 2;
/** A draft this close to a directive is about it. */
const RELEVANT = 0.12;

export interface Coverage {
  directives: DirectiveRelevance[];
  themes: ThemeCoverage[];
}

function matchesId(d: LibraryDirective, wanted: string): boolean {
  const w = wanted.trim();
  if (d.id === w || d.file === w) return true;
  if (d.number && documentNumberKey(d.number) === documentNumberKey(w)) return true;
  return d.file ? d.file.replace(/\.[^.]+$/, '') === w : false;
}

export function coverage(lib: CompiledLibrary, draft: AnalyzedDraft, date: string, given: string[] | undefined): Coverage {
  const text = draft.normal.text;
  const idf = lib.themes.idf;
  const sentenceVectors = draft.sentences.map((s) => ({ span: s, ...vectorOf(terms(text.slice(s.start, s.end)), idf) }));
  const draftTerms = terms(text);
  const draftVector = vectorOf(draftTerms, idf);
  const termSet = new Set(draftTerms);
  const cited = new Set(draft.citations.filter((c) => c.number).map((c) => documentNumberKey(c.number!)));

  const directives: DirectiveRelevance[] = lib.directives.map((d) => {
    const vector = lib.themes.directives.get(d.id);
    const score = vector ? cosine(draftVector, vector) : 0;
    const isGiven = !!given?.some((g) => matchesId(d, g));
    const isCited = !!d.number && cited.has(documentNumberKey(d.number));
    const force = inForce(d, date);
    const reason = isGiven ? 'given' : isCited ? 'cited' : score >= RELEVANT ? 'similar' : 'none';
    const considered = given?.length ? isGiven : force && reason !== 'none';
    return { id: d.id, number: d.number, title: d.title, kind: d.kind, inForce: force, score: Math.round(score * 1000) / 1000, reason, considered };
  });
  const consideredIds = new Set(directives.filter((d) => d.considered).map((d) => d.id));

  const themes: ThemeCoverage[] = [];
  for (const t of lib.themes.themes) {
    if (!consideredIds.has(t.directive.id)) continue;
    const scored = sentenceVectors.map((s) => ({ span: s.span, score: cosine(s, t) })).sort((a, b) => b.score - a.score);
    const top = scored[0]?.score ?? 0;
    const hits = t.keyPhrases.filter((k) => termSet.has(k)).length;
    const covered = top >= SENTENCE_COVERS || hits >= KEY_PHRASES_COVER;
    themes.push({
      id: t.theme.id,
      directive: t.directive.id,
      path: t.theme.path,
      heading: t.theme.heading,
      required: t.theme.required,
      covered,
      score: Math.round(top * 1000) / 1000,
      evidence: covered
        ? scored.filter((s) => s.score >= SENTENCE_COVERS * 0.75).slice(0, 3).map((s) => ({ start: s.span.start, end: s.span.end, text: text.slice(s.span.start, s.span.end), score: Math.round(s.score * 1000) / 1000 }))
        : [],
    });
  }
  return { directives, themes };
}
