// Room: services — the editor's articles in the desktop app: the draft saved as an article (a new
// version when saved again after edits), its findings resolved, its checklist signed off. Saves are
// checked by the app's own checker (the compiled library of checkService.ts, with the directives
// the editor chose), so a library edit reaches the next save at once. The articles live in the
// library's database file; every answer is the article as it now stands, for the page to show.
import type { ArticleDetail, Resolution } from '../articles/articleTypes.ts';
import type { Checker } from '../articles/createChecker.ts';
import type { ArticleStore } from '../articles/openArticleStore.ts';
import type { Result } from '../result.ts';
import type { CheckService } from './checkService.ts';

export interface SaveArticleRequest {
  /** The article the draft already is; null: a new article. */
  articleId: number | null;
  text: string;
  /** Publication date, YYYY-MM-DD: the draft view's date. */
  date: string;
  /** The directives the editor chose; empty: Soát picks the relevant ones. */
  directives: string[];
  /** Required for a new article; for a saved one, only the fields given change. */
  title?: string;
  outlet?: string;
  section?: string;
  author?: string;
}

export interface ArticleSaved {
  /** added: a new article; updated: a new version or new data; unchanged: nothing to store. */
  change: 'added' | 'updated' | 'unchanged';
  article: ArticleDetail;
}

export interface FindingDecision {
  /** null opens the finding again. */
  resolution: Resolution | null;
  /** Required to dismiss. */
  reason?: string;
}

export interface ArticleDesk {
  saveArticle(request: SaveArticleRequest): Result<ArticleSaved>;
  /** Resolves a finding of the current version, named by its key (the checker's finding id). */
  resolveFinding(articleId: number, findingKey: string, decision: FindingDecision): Result<ArticleDetail>;
  signOffArticle(articleId: number, name: string): Result<ArticleDetail>;
  /** Outlets that have articles, for the list's filter. */
  articleOutlets(): Result<string[]>;
}

/** The directives a check was told to apply, as one comparable string. */
const givenOf = (directives: readonly { id: string; reason: string; considered?: boolean }[]): string =>
  [...new Set(directives.filter((d) => d.reason === 'given' && d.considered !== false).map((d) => d.id))].sort().join('\n');

export function createArticleDesk(store: () => Result<ArticleStore>, checks: CheckService, by: string): ArticleDesk {
  const checkerFor = (directives: string[]): Checker => ({ check: (text, date) => checks.check(text, { date, directives }) });
  const detail = (s: ArticleStore, id: number): Result<ArticleDetail> => {
    const article = s.get(id);
    return article ? { ok: true, value: article } : { ok: false, error: { code: 'article-not-found', message: `Không có bài viết số ${id}.` } };
  };
  /** Runs `write` on the store, then answers the article as it now stands. */
  const then = <T>(id: number, write: (s: ArticleStore) => Result<T>): Result<ArticleDetail> => {
    const s = store();
    if (!s.ok) return s;
    const written = write(s.value);
    return written.ok ? detail(s.value, id) : written;
  };

  return {
    saveArticle(request) {
      const s = store();
      if (!s.ok) return s;
      const checker = checkerFor(request.directives);
      // Fields left undefined are left as they are (saveArticle skips them).
      const fields = { title: request.title, outlet: request.outlet, section: request.section, author: request.author };
      if (request.articleId === null) {
        const added = s.value.add({ ...fields, title: request.title ?? '', publishedOn: request.date, text: request.text, origin: null }, checker, by);
        if (!added.ok) return added;
        const article = detail(s.value, added.value.article.id);
        return article.ok ? { ok: true, value: { change: 'added', article: article.value } } : article;
      }
      const id = request.articleId;
      const updated = s.value.update(id, { ...fields, text: request.text, publishedOn: request.date }, checker, by);
      if (!updated.ok) return updated;
      let change = updated.value.change;
      if (!updated.value.checked) {
        // The same text and date, but other directives chosen: the checklist changes, so it is
        // checked again as a new version.
        const before = s.value.get(id);
        if (before && givenOf(before.directives) !== givenOf(checker.check(request.text, request.date).directives)) {
          const rechecked = s.value.recheck(id, checker, by);
          if (!rechecked.ok) return rechecked;
          change = 'updated';
        }
      }
      const article = detail(s.value, id);
      return article.ok ? { ok: true, value: { change, article: article.value } } : article;
    },
    resolveFinding: (id, key, decision) =>
      then(id, (s) => s.resolve(id, key, { resolution: decision.resolution, ...(decision.reason === undefined ? {} : { reason: decision.reason }), by })),
    signOffArticle: (id, name) => then(id, (s) => s.signOff(id, name)),
    articleOutlets() {
      const s = store();
      return s.ok ? { ok: true, value: s.value.outlets() } : s;
    },
  };
}
