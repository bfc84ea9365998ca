// Full-text search over number, title, issuer and text, blind to Vietnamese diacritics and to
// đ/d: "tuyen giao" finds "Tuyên giáo". Hits are ranked by BM25 with the number weighing most;
// the snippet is cut from the original text around the first matched word.

import type Database from 'better-sqlite3';
import { foldWithOffsets } from './foldForSearch.ts';
import { ftsQuery } from './ftsQuery.ts';

export interface SearchHit {
  id: string;
  number: string | null;
  title: string | null;
  issuer: string | null;
  status: 'active' | 'retired';
  /** A short passage of the text around the first match, in the document's own spelling. */
  snippet: string;
  /** Lower is better (FTS5 BM25). */
  score: number;
}

const SNIPPET_RADIUS = 80;

/** For each base letter, every Latin letter that folds to it (a → aàáảãạăằ…), for snippet matching. */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  const add = (base: string, ch: string): void => {
    variants.set(base, (variants.get(base) ?? base) + ch);
  };
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp += 1) {
      const ch = String.fromCodePoint(cp);
      const base = foldWithOffsets(ch).folded;
      if (/^[a-z]$/u.test(base)) add(base, ch);
    }
  }
  return variants;
})();

/**
 * A regex that finds a folded word in the original text, whatever its marks: each letter
 * stands for all its accented forms, optionally followed by combining marks (NFD text).
 * Matching the original directly avoids folding every hit's whole text.
 */
function wordPattern(word: string): RegExp {
  const letters = [...word].map((ch) => {
    const variants = VARIANTS.get(ch);
    const escaped = variants === undefined ? ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') : `[${variants}]`;
    return `${escaped}\\p{M}*`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${letters.join('')}`, 'iu');
}

function snippetOf(text: string, words: readonly string[]): string {
  let centre = -1;
  for (const word of words) {
    const match = wordPattern(word).exec(text);
    if (match !== null && (centre < 0 || match.index < centre)) centre = match.index;
  }
  const start = Math.max(0, centre - SNIPPET_RADIUS);
  const end = Math.min(text.length, Math.max(centre, 0) + SNIPPET_RADIUS);
  const passage = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`;
}

export function searchLibrary(db: Database.Database, query: string, limit = 20): SearchHit[] {
  const fts = ftsQuery(query);
  if (fts === null) return [];
  const rows = db
    .prepare(
      `SELECT d.id, d.number, d.title, d.issuer, d.status, d.text, bm25(directives_fts, 0, 10, 5, 2, 1) AS score
       FROM directives_fts f JOIN directives d ON d.id = f.directive_id
       WHERE directives_fts MATCH ? ORDER BY score LIMIT ?`,
    )
    .all(fts.match, limit) as (Omit<SearchHit, 'snippet'> & { text: string })[];
  const words = fts.words.map((w) => foldWithOffsets(w).folded);
  return rows.map(({ text, ...hit }) => ({ ...hit, snippet: snippetOf(text, words) }));
}
