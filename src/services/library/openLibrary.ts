// The directive library: the one API the CLI and the desktop app use to read, search, import and
// correct directives. Every write is one transaction; expected failures come back as values.
//
//   const opened = await openLibrary(path);            // creates, migrates, seeds a new file
//   if (!opened.ok) show(opened.error.message);
//   const library = opened.value;
//   library.importText(text, { file: 'kh-15.txt' });
//   library.updateItem('45-HD/BTGTU', 'figure', key, { value: 5.75 }, 'Lan');
//   checkDraft(draft, library.directives(), options);   // edits already applied

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { PARSER_VERSION, parseDirective, type LibraryDirective, type Validity } from '../../core/index.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { importFile } from '../import/importFile.ts';
import type { Result } from '../result.ts';
import type { EditRecord } from './EditRecord.ts';
import { editLog } from './editLog.ts';
import { findDirectiveId } from './findDirectiveId.ts';
import { reparseLibrary, type ImportOutcome, type ParseDirective } from './importDirective.ts';
import { importDirectives } from './importDirectives.ts';
import { itemStore, type StoredItem } from './itemStore.ts';
import type { EditableKind, ItemKind } from './itemTables.ts';
import { libraryEdits } from './libraryEdits.ts';
import { listDirectives, type DirectiveSummary } from './listDirectives.ts';
import { readDirective } from './readDirective.ts';
import { searchLibrary, type SearchHit } from './searchLibrary.ts';
import { sampleDirectivesFolder } from './sampleDirectivesFolder.ts';
import { seedLibrary, type SeedReport } from './seedLibrary.ts';

export interface LibraryOptions {
  /** The directive parser; core's parseDirective unless a test passes its own. */
  parse?: ParseDirective;
  /** The clock for timestamps. */
  now?: () => Date;
  /** Folder whose documents seed a new library; null seeds nothing. Default: resources/directives. */
  seedFrom?: string | null;
  /** Makes the key of an item a lead adds. */
  newKey?: () => string;
  /** The parser's version (core's PARSER_VERSION): stored directives are read again when it changes. */
  parserVersion?: number;
}

export interface Library {
  readonly path: string;
  /** What seeding a new library did; null when nothing was seeded on this opening. */
  readonly seeded: SeedReport | null;
  list(): DirectiveSummary[];
  /** By id or printed number, written exactly or loosely. */
  get(idOrNumber: string): LibraryDirective | null;
  search(query: string, limit?: number): SearchHit[];
  /** The library as the checker consumes it, people's edits applied. */
  directives(filter?: { status?: 'active' | 'retired' }): LibraryDirective[];
  /** Items with the keys that edits address; null when the directive does not exist. */
  items(idOrNumber: string, kind: ItemKind): StoredItem[] | null;
  edits(idOrNumber?: string): EditRecord[];
  importText(text: string, options?: { file?: string }): Result<ImportOutcome>;
  /** All or nothing: one refused document leaves the library as it was. */
  importTexts(documents: readonly { text: string; file?: string }[]): Result<ImportOutcome[]>;
  importFile(path: string): Promise<Result<ImportOutcome>>;
  updateItem(idOrNumber: string, kind: EditableKind, key: string, patch: Record<string, unknown>, author: string): Result<EditRecord[]>;
  addItem(idOrNumber: string, kind: EditableKind, fields: Record<string, unknown>, author: string): Result<EditRecord>;
  deleteItem(idOrNumber: string, kind: EditableKind, key: string, author: string): Result<EditRecord>;
  setThemeRequired(idOrNumber: string, path: string, required: boolean, author: string): Result<EditRecord[]>;
  setStatus(idOrNumber: string, status: 'active' | 'retired', author: string): Result<EditRecord[]>;
  /** Overrides the validity the parser found; null: the directive states no period. */
  setValidity(idOrNumber: string, validity: Validity | null, author: string): Result<EditRecord[]>;
  close(): void;
}

function createLibrary(db: Database.Database, path: string, seeded: SeedReport | null, options: Required<LibraryOptions>): Library {
  const now = (): string => options.now().toISOString();
  const idOf = (idOrNumber: string): string => findDirectiveId(db, idOrNumber) ?? idOrNumber;
  const importTexts = (documents: readonly { text: string; file?: string }[]): Result<ImportOutcome[]> =>
    importDirectives(db, options.parse, documents, now());
  const importText = (text: string, importOptions: { file?: string } = {}): Result<ImportOutcome> => {
    const imported = importTexts([{ text, ...importOptions }]);
    return imported.ok ? { ok: true, value: imported.value[0]! } : imported;
  };
  return {
    path,
    seeded,
    list: () => listDirectives(db),
    get: (idOrNumber) => {
      const id = findDirectiveId(db, idOrNumber);
      return id === null ? null : readDirective(db, id);
    },
    search: (query, limit) => searchLibrary(db, query, limit),
    directives: (filter = {}) =>
      listDirectives(db)
        .filter((d) => filter.status === undefined || d.status === filter.status)
        .map((d) => readDirective(db, d.id)!),
    items: (idOrNumber, kind) => {
      const id = findDirectiveId(db, idOrNumber);
      return id === null ? null : itemStore.read(db, id, kind);
    },
    edits: (idOrNumber) => editLog.list(db, idOrNumber === undefined ? undefined : idOf(idOrNumber)),
    importText,
    importTexts,
    importFile: async (filePath) => {
      const read = await importFile(filePath);
      if (!read.ok) return read;
      return importText(read.text, { file: filePath.split(/[\\/]/u).pop()! });
    },
    updateItem: (idOrNumber, kind, key, patch, author) =>
      libraryEdits.updateItem(db, idOf(idOrNumber), kind, key, patch, { author, now: now() }),
    addItem: (idOrNumber, kind, fields, author) =>
      libraryEdits.addItem(db, idOf(idOrNumber), kind, fields, { author, now: now() }, options.newKey),
    deleteItem: (idOrNumber, kind, key, author) => libraryEdits.deleteItem(db, idOf(idOrNumber), kind, key, { author, now: now() }),
    setThemeRequired: (idOrNumber, themePath, required, author) =>
      libraryEdits.setThemeRequired(db, idOf(idOrNumber), themePath, required, { author, now: now() }),
    setStatus: (idOrNumber, status, author) => libraryEdits.setStatus(db, idOf(idOrNumber), status, { author, now: now() }),
    setValidity: (idOrNumber, validity, author) => libraryEdits.setValidity(db, idOf(idOrNumber), validity, { author, now: now() }),
    close: () => db.close(),
  };
}

/** Opens (creating and migrating if needed) the library at `path`; a new one is seeded. */
export async function openLibrary(path: string, options: LibraryOptions = {}): Promise<Result<Library>> {
  const opened = openDatabase(path);
  if (!opened.ok) return opened;
  const full: Required<LibraryOptions> = {
    parse: options.parse ?? parseDirective,
    now: options.now ?? (() => new Date()),
    seedFrom: options.seedFrom === undefined ? sampleDirectivesFolder() : options.seedFrom,
    newKey: options.newKey ?? (() => randomUUID().slice(0, 8)),
    parserVersion: options.parserVersion ?? PARSER_VERSION,
  };
  const { db } = opened.value;
  const seeded = full.seedFrom === null ? null : await seedLibrary(db, full.parse, full.seedFrom, full.now().toISOString());
  // A library made by an earlier version of Soát is read again with today's parser (edits kept).
  reparseLibrary(db, full.parse, full.parserVersion, full.now().toISOString());
  return { ok: true, value: createLibrary(db, path, seeded, full) };
}
