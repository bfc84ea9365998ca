// Room: services — the articles of a newsroom: the one API the CLI and the desktop app use to
// save checked drafts, resolve findings, sign checklists off, import in bulk and audit a month.
// Articles live in the same database file as the directive library (one file per user).
//
//   const store = openArticleStore(library.path);          // migrates if needed
//   const checker = createChecker(library.directives());   // compile once, reuse
//   store.add({ title, publishedOn: '2024-06-05', text }, checker);
//   store.resolve(id, 2, { resolution: 'dismissed', reason: 'số liệu của tỉnh khác', by: 'Lan' });
//   store.signOff(id, 'Trần Thị Lan');
//   store.audit({ month: '2024-06' }, library.directives());
import type Database from 'better-sqlite3';
import type { LibraryDirective } from '../../core/index.ts';
import { auditMonth } from '../audit/auditMonth.ts';
import type { AuditQuery, AuditReport } from '../audit/auditTypes.ts';
import { openDatabase } from '../db/openDatabase.ts';
import type { Result } from '../result.ts';
import type { ArticleDetail, ArticleFilter, ArticleInput, ArticlePatch, SaveOutcome, SignOff, StoredFinding } from './articleTypes.ts';
import type { Checker } from './createChecker.ts';
import { importJobs, type StoppedImport } from './import/importJobs.ts';
import { runImport, type ImportOptions, type ImportSummary } from './import/runImport.ts';
import { listArticles, listOutlets, type ArticleList } from './listArticles.ts';
import { readArticle } from './readArticle.ts';
import { resolveFinding, type Decision } from './resolveFinding.ts';
import { saveArticle } from './saveArticle.ts';
import { signOffArticle } from './signOffArticle.ts';

export interface ArticleStore {
  readonly path: string;
  /** Saves a checked article; an origin already stored gets a new version instead. */
  add(input: ArticleInput, checker: Checker, by?: string | null): Result<SaveOutcome>;
  /** Changes metadata; a new text or date is checked again as a new version. */
  update(id: number, patch: ArticlePatch, checker: Checker, by?: string | null): Result<SaveOutcome>;
  /** Checks the current text again (the library changed) as a new version. */
  recheck(id: number, checker: Checker, by?: string | null): Result<SaveOutcome>;
  get(id: number): ArticleDetail | null;
  list(filter?: ArticleFilter): ArticleList;
  outlets(): string[];
  /** A finding of the current version by its number (1-based) or key. */
  resolve(id: number, finding: number | string, decision: Decision): Result<StoredFinding>;
  signOff(id: number, name: string): Result<SignOff>;
  /** Imports a folder, a CSV or a JSON export; resumes an interrupted import of the same source. */
  importFrom(source: string, checker: Checker, options?: ImportOptions): Promise<Result<ImportSummary>>;
  /** Imports that stopped before their end (cancelled, or their process died): importFrom resumes them. */
  stoppedImports(): StoppedImport[];
  audit(query: AuditQuery, directives: readonly LibraryDirective[]): AuditReport;
  close(): void;
}

export interface ArticleStoreOptions {
  now?: () => Date;
}

export function createArticleStore(db: Database.Database, path: string, options: ArticleStoreOptions = {}): ArticleStore {
  const now = (): string => (options.now ?? (() => new Date()))().toISOString();
  return {
    path,
    add: (input, checker, by = null) => saveArticle(db, { input }, { checker, now: now(), by }),
    update: (id, patch, checker, by = null) => saveArticle(db, { id, patch }, { checker, now: now(), by }),
    recheck: (id, checker, by = null) => saveArticle(db, { id, patch: {}, recheck: true }, { checker, now: now(), by }),
    get: (id) => readArticle(db, id),
    list: (filter) => listArticles(db, filter),
    outlets: () => listOutlets(db),
    resolve: (id, finding, decision) => resolveFinding(db, id, finding, decision, now()),
    signOff: (id, name) => signOffArticle(db, id, name, now()),
    importFrom: (source, checker, importOptions = {}) => runImport(db, source, checker, { now, ...importOptions }),
    stoppedImports: () => importJobs.stopped(db, new Date(now())),
    audit: (query, directives) => auditMonth(db, directives, query),
    close: () => db.close(),
  };
}

/** Opens the articles of the database at `path` (the library's file), migrating it if needed. */
export function openArticleStore(path: string, options: ArticleStoreOptions = {}): Result<ArticleStore> {
  const opened = openDatabase(path);
  if (!opened.ok) return opened;
  return { ok: true, value: createArticleStore(opened.value.db, path, options) };
}
