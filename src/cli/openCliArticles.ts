// The articles a command works on, in the library's database (--db PATH or soat.db in the user's
// Soát data folder): the directive library (seeded when new), the article store on the same
// file, and the checker compiled from the library only when a command checks a text.
import type { LibraryDirective } from '../core/index.ts';
import { createChecker, type Checker } from '../services/articles/createChecker.ts';
import { openArticleStore, type ArticleStore } from '../services/articles/openArticleStore.ts';
import type { Library } from '../services/library/openLibrary.ts';
import type { Result } from '../services/result.ts';
import type { CliIo } from './CliIo.ts';
import { openCliLibrary } from './openCliLibrary.ts';

export interface CliArticles {
  library: Library;
  store: ArticleStore;
  directives(): LibraryDirective[];
  checker(): Checker;
  close(): void;
}

export async function openCliArticles(db: string | boolean | undefined, io: CliIo): Promise<Result<CliArticles>> {
  const library = await openCliLibrary(db, io);
  if (!library.ok) return library;
  const store = openArticleStore(library.value.path);
  if (!store.ok) {
    library.value.close();
    return store;
  }
  let directives: LibraryDirective[] | null = null;
  let checker: Checker | null = null;
  return {
    ok: true,
    value: {
      library: library.value,
      store: store.value,
      directives: () => (directives ??= library.value.directives()),
      checker: () => (checker ??= createChecker((directives ??= library.value.directives()))),
      close: () => {
        store.value.close();
        library.value.close();
      },
    },
  };
}
