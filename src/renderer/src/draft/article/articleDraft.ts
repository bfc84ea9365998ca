// Room: renderer — the draft against the article it was saved as: the directives the editor
// chose for it, whether the draft still is that version, and the title a new article starts with.
import type { ArticleDetail } from '../../../../shared/auditSchemas.ts';

export interface DraftSnapshot {
  text: string;
  date: string;
  /** The directives the editor chose; empty: Soát chooses. */
  directives: readonly string[];
}

const TITLE_LENGTH = 200;

/** The directives the editor chose when the article's current version was saved. */
export function givenDirectives(article: Pick<ArticleDetail, 'directives'>): string[] {
  return article.directives.filter((d) => d.reason === 'given').map((d) => d.id);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
};

/** Whether saving the draft would store something new: another text, date or choice of directives. */
export function differsFromSaved(article: Pick<ArticleDetail, 'text' | 'publishedOn' | 'directives'>, draft: DraftSnapshot): boolean {
  return draft.text !== article.text || draft.date !== article.publishedOn || !sameSet(draft.directives, givenDirectives(article));
}

/** A new article's title: the draft's first line, cut at a word under 200 characters. */
export function defaultTitle(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.replace(/\s+/gu, ' ').trim() ?? '';
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trim()}…`;
}
