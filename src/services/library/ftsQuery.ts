// Turns what a person types into a safe FTS5 MATCH expression: every whitespace-separated term
// becomes a quoted phrase of its words (so "45-HD/BTGTU" matches the number as written and no
// FTS5 operator can sneak in); all terms must match; the last term may be a prefix, for
// search-as-you-type. Returns null when nothing searchable is left.
import { foldForSearch } from './foldForSearch.ts';

export function ftsQuery(input: string): { match: string; words: string[] } | null {
  const terms = foldForSearch(input)
    .split(/\s+/u)
    .map((term) => term.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
    .filter((words) => words.length > 0);
  if (terms.length === 0) return null;
  const phrases = terms.map((words, i) => `"${words.join(' ')}"${i === terms.length - 1 ? ' *' : ''}`);
  return { match: phrases.join(' AND '), words: terms.flat() };
}
