// Room: services — everything the desktop app asks of Node, as plain functions: check a draft,
// suggest directives, read a dropped or chosen file, preview and save an import, list, search
// and correct the library, keep the draft. Electron's IPC handlers (src/main) and the browser
// harness's bridge (test/harness) call these same functions, so both hosts behave alike.
// Every library write goes through here and invalidates the compiled library: the next check
// uses what the lead just changed. The articles (saved drafts, resolutions, sign-offs, bulk
// imports) are checked by the same compiled library, in the library's own database file.

import type { DirectiveRelevance, Report, Validity } from '../../core/index.ts';
import { importBytes } from '../import/importBytes.ts';
import { importFile } from '../import/importFile.ts';
import type { ImportResult } from '../import/ImportResult.ts';
import type { EditableKind } from '../library/itemTables.ts';
import type { DirectiveSummary } from '../library/listDirectives.ts';
import type { Library } from '../library/openLibrary.ts';
import type { SearchHit } from '../library/searchLibrary.ts';
import type { Result } from '../result.ts';
import { basename } from 'node:path';
import { lazyArticleStore } from '../articles/lazyArticleStore.ts';
import { createArticleDesk, type ArticleDesk } from './articleDesk.ts';
import { createCheckService, type CheckServiceOptions, type DraftCheckOptions } from './checkService.ts';
import { directiveDetail, type DirectiveDetail } from './directiveDetail.ts';
import { createDraftStore, type SavedDraft } from './draftStore.ts';
import { createImportPreviews, type ImportCommitted, type ImportPreview } from './importPreviews.ts';
import { createImportRunner, type ImportRunner, type ImportRunnerOptions } from './importRunner.ts';

/** A file as it arrives from the page: its name and its bytes. */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** A draft read from a file. */
export interface DraftFile {
  name: string;
  text: string;
}

export interface AppServicesOptions {
  library: Library;
  /** Where the draft is kept between sessions. */
  dataFolder: string;
  /** Who signs the library edits made in this session (the computer's user). */
  author: string;
  check?: CheckServiceOptions;
  imports?: ImportRunnerOptions;
}

export interface AppServices extends ArticleDesk, ImportRunner {
  checkDraft(text: string, options: DraftCheckOptions): Report;
  suggestDirectives(text: string, date: string): DirectiveRelevance[];
  readDraftFile(file: NamedBytes): Promise<Result<DraftFile>>;
  readDraftPath(path: string): Promise<Result<DraftFile>>;
  previewDirectiveFile(file: NamedBytes): Promise<Result<ImportPreview>>;
  previewDirectivePath(path: string): Promise<Result<ImportPreview>>;
  commitImport(previewId: string): Result<ImportCommitted>;
  listDirectives(): DirectiveSummary[];
  searchDirectives(query: string): SearchHit[];
  getDirective(idOrNumber: string): DirectiveDetail | null;
  updateItem(directive: string, kind: EditableKind, key: string, patch: Record<string, unknown>): Result<DirectiveDetail>;
  addItem(directive: string, kind: EditableKind, fields: Record<string, unknown>): Result<DirectiveDetail>;
  deleteItem(directive: string, kind: EditableKind, key: string): Result<DirectiveDetail>;
  setThemeRequired(directive: string, path: string, required: boolean): Result<DirectiveDetail>;
  setStatus(directive: string, status: 'active' | 'retired'): Result<DirectiveDetail>;
  setValidity(directive: string, validity: Validity | null): Result<DirectiveDetail>;
  loadDraft(): Promise<SavedDraft | null>;
  saveDraft(draft: Omit<SavedDraft, 'savedAt'>): Promise<SavedDraft>;
  /** Stops an import in progress and closes the articles (the library is closed apart). */
  close(): void;
}

const asDraft = (name: string, read: ImportResult): Result<DraftFile> =>
  read.ok ? { ok: true, value: { name, text: read.text } } : { ok: false, error: read.error };

export function createAppServices(options: AppServicesOptions): AppServices {
  const { library, author } = options;
  const checker = createCheckService(() => library.directives(), options.check);
  const previews = createImportPreviews(library, () => checker.invalidate());
  const drafts = createDraftStore(options.dataFolder);
  const articles = lazyArticleStore(library.path);
  const desk = createArticleDesk(articles.get, checker, author);
  // Imports let Soát choose the directives of each article, as the command line does.
  const imports = createImportRunner(articles.get, { check: (text, date) => checker.check(text, { date }) }, options.imports);

  /** Runs a library edit; on success the checker recompiles and the page gets the directive back. */
  const edit = (directive: string, write: () => Result<unknown>): Result<DirectiveDetail> => {
    const written = write();
    if (!written.ok) return written;
    checker.invalidate();
    const detail = directiveDetail(library, directive);
    return detail === null
      ? { ok: false, error: { code: 'not-found', message: `Không có văn bản "${directive}" trong thư viện.` } }
      : { ok: true, value: detail };
  };

  return {
    checkDraft: (text, checkOptions) => checker.check(text, checkOptions),
    suggestDirectives: (text, date) => checker.suggestDirectives(text, date),
    readDraftFile: async ({ name, bytes }) => asDraft(basename(name), await importBytes(name, bytes)),
    readDraftPath: async (path) => asDraft(basename(path), await importFile(path)),
    previewDirectiveFile: ({ name, bytes }) => previews.previewBytes(name, bytes),
    previewDirectivePath: (path) => previews.previewPath(path),
    commitImport: (previewId) => previews.commit(previewId),
    listDirectives: () => library.list(),
    searchDirectives: (query) => library.search(query, 50),
    getDirective: (idOrNumber) => directiveDetail(library, idOrNumber),
    updateItem: (d, kind, key, patch) => edit(d, () => library.updateItem(d, kind, key, patch, author)),
    addItem: (d, kind, fields) => edit(d, () => library.addItem(d, kind, fields, author)),
    deleteItem: (d, kind, key) => edit(d, () => library.deleteItem(d, kind, key, author)),
    setThemeRequired: (d, path, required) => edit(d, () => library.setThemeRequired(d, path, required, author)),
    setStatus: (d, status) => edit(d, () => library.setStatus(d, status, author)),
    setValidity: (d, validity) => edit(d, () => library.setValidity(d, validity, author)),
    loadDraft: () => drafts.load(),
    saveDraft: (draft) => drafts.save(draft),
    ...desk,
    ...imports,
    close() {
      imports.stopImports();
      articles.close();
    },
  };
}
