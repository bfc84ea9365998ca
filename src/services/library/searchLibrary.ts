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

function snippetOf(text: string, words: readonly string[]): string {
  const { folded, offsets } = foldWithOffsets(text);
  let at = -1;
  for (const word of words) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')}`, 'u').exec(folded);
    if (match !== null && (at < 0 || match.index < at)) at = match.index;
  }
  const centre = at < 0 ? 0 : offsets[at]!;
  const start = Math.max(0, centre - SNIPPET_RADIUS);
  const end = Math.min(text.length, centre + SNIPPET_RADIUS);
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
