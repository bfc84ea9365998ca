// Room: services — the checker an article store uses: the library compiled once (it is the
// expensive part) and reused for every article of a session or a bulk import.
import { checkDraft, compileLibrary, type CompiledLibrary, type LibraryDirective, type Report } from '../../core/index.ts';

export interface Checker {
  /** Checks a text for its publication date ("YYYY-MM-DD"). */
  check(text: string, publishedOn: string): Report;
}

export function createChecker(directives: readonly LibraryDirective[]): Checker {
  let compiled: CompiledLibrary | null = null;
  return {
    check(text, publishedOn) {
      compiled ??= compileLibrary([...directives]);
      return checkDraft(text, compiled, { date: publishedOn });
    },
  };
}
