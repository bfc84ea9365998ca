// Test helper: an article store in a fresh folder of its own, gone when closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArticleStore, type ArticleStore, type ArticleStoreOptions } from './openArticleStore.ts';

export interface TempArticleStore {
  /** The folder holding the database; tests may write their own files beside it. */
  dir: string;
  store: ArticleStore;
  /** Closes the store and deletes the folder. */
  close(): void;
}

export function tempArticleStore(prefix: string, options: ArticleStoreOptions = {}): TempArticleStore {
  const dir = mkdtempSync(join(tmpdir(), `soat-${prefix}-`));
  const opened = openArticleStore(join(dir, 'soat.db'), options);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  return {
    dir,
    store,
    close: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
