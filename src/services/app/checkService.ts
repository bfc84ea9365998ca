// Room: services — the checker as the desktop app uses it: it keeps the library compiled (the
// expensive step, hundreds of milliseconds) and compiles again only after the library changed,
// so a check while the editor types costs milliseconds. Synchronous and plain: the Electron
// main process and the browser harness's server call it, never the page's own thread.

import { checkDraft, compileLibrary, type CompiledLibrary, type DirectiveRelevance, type LibraryDirective, type Report } from '../../core/index.ts';

export interface DraftCheckOptions {
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Directives the editor chose; empty or absent: Soát picks the relevant ones. */
  directives?: string[];
}

export interface CheckService {
  check(text: string, options: DraftCheckOptions): Report;
  /** Every directive with how much the draft is about it, most relevant first. */
  suggestDirectives(text: string, date: string): DirectiveRelevance[];
  /** Call after every change to the library: the next check compiles it again. */
  invalidate(): void;
}

export interface CheckServiceOptions {
  /** How the newsroom places tone marks in proposed fixes. */
  tonePlacement?: 'old' | 'new';
  /** Stand-ins for tests (to count compilations). */
  compile?: (directives: LibraryDirective[]) => CompiledLibrary;
}

export function createCheckService(directives: () => LibraryDirective[], options: CheckServiceOptions = {}): CheckService {
  const compile = options.compile ?? compileLibrary;
  let compiled: CompiledLibrary | null = null;
  const library = (): CompiledLibrary => (compiled ??= compile(directives()));
  const run = (text: string, date: string, chosen: string[] | undefined): Report =>
    checkDraft(text, library(), {
      date,
      ...(chosen !== undefined && chosen.length > 0 ? { directives: chosen } : {}),
      ...(options.tonePlacement ? { tonePlacement: options.tonePlacement } : {}),
    });
  return {
    check: (text, { date, directives: chosen }) => run(text, date, chosen),
    suggestDirectives: (text, date) => [...run(text, date, undefined).directives].sort((a, b) => b.score - a.score),
    invalidate: () => {
      compiled = null;
    },
  };
}
