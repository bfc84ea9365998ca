// Room: services — the article store of a database file, opened on first use (the desktop app's
// window shows before anyone asks for an article) and kept open until closed.
import type { Result } from '../result.ts';
import { openArticleStore, type ArticleStore } from './openArticleStore.ts';

export interface LazyArticleStore {
  /** The open store, opening it the first time. */
  get(): Result<ArticleStore>;
  close(): void;
}

export function lazyArticleStore(path: string): LazyArticleStore {
  let store: ArticleStore | null = null;
  return {
    get() {
      if (store) return { ok: true, value: store };
      const opened = openArticleStore(path);
      if (opened.ok) store = opened.value;
      return opened;
    },
    close() {
      store?.close();
      store = null;
    },
  };
}
