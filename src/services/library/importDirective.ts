// Puts a document's text into the library. The same text again changes nothing. A new text for
// an id already stored (a corrected or re-issued version) replaces the parsed items and then
// replays the edit log on top, so leads' corrections, additions, deletions, theme flags,
// status and validity survive; edits whose item the new text no longer has are reported.
// All of it is one transaction: a crash leaves the old version whole.

import type Database from 'better-sqlite3';
import type { Directive } from '../../core/index.ts';
import type { Result } from '../result.ts';
import { applyEdit } from './applyEdit.ts';
import { contentHash } from './contentHash.ts';
import { directiveRow } from './directiveRow.ts';
import type { EditRecord } from './EditRecord.ts';
import { editLog } from './editLog.ts';
import { foldWithOffsets } from './foldForSearch.ts';
import { itemKeys } from './itemKey.ts';
import { itemStore } from './itemStore.ts';
import { ITEM_KINDS, itemsOf } from './itemTables.ts';
import { refreshSearchIndex } from './refreshSearchIndex.ts';

export type ParseDirective = (text: string, options?: { file?: string }) => Directive;

export interface ImportOutcome {
  id: string;
  number: string | null;
  title: string | null;
  outcome: 'added' | 'updated' | 'unchanged';
  /** People's edits that found no item to apply to in the new version. */
  unapplied: EditRecord[];
}

const sameBody = (a: string | null, b: string | null): boolean =>
  a === null || b === null || foldWithOffsets(a).folded.replace(/\s+/gu, ' ').trim() === foldWithOffsets(b).folded.replace(/\s+/gu, ' ').trim();

function writeItems(db: Database.Database, directive: Directive): void {
  for (const kind of ITEM_KINDS) {
    itemStore.removeAll(db, directive.id, kind);
    const items = itemsOf(directive, kind);
    const keys = itemKeys(kind, items);
    items.forEach((item, position) => itemStore.insert(db, directive.id, kind, { key: keys[position]!, origin: 'parsed', item, position }));
  }
}

/** Stores `text` as parsed by `parse`; `file` is the file name the id falls back to. */
export function importDirective(
  db: Database.Database,
  parse: ParseDirective,
  text: string,
  options: { file?: string | null; now: string },
): Result<ImportOutcome> {
  const hash = contentHash(text);
  // The same text is the same document: answer before parsing it again.
  const same = db.prepare('SELECT id, number, title FROM directives WHERE content_hash = ?').get(hash) as
    | { id: string; number: string | null; title: string | null }
    | undefined;
  if (same !== undefined) return { ok: true, value: { ...same, outcome: 'unchanged', unapplied: [] } };
  const directive = parse(text, options.file ? { file: options.file } : {});
  if (directive.id.trim() === '') {
    return {
      ok: false,
      error: {
        code: 'no-id',
        message: 'Văn bản không có số hiệu và không có tên tệp để làm mã. Hãy nhập văn bản từ một tệp.',
      },
    };
  }
  const existing = directiveRow.get(db, directive.id);
  const summary = { id: directive.id, number: directive.number, title: directive.title };
  if (existing !== null && !sameBody(existing.issuer, directive.issuer)) {
    // The same number exists in two provinces (09-NQ/TU of Lào Cai and of Bình Phước): never
    // let one silently replace the other.
    return {
      ok: false,
      error: {
        code: 'id-conflict',
        message: `Thư viện đã có văn bản số ${directive.id} của "${existing.issuer}"; văn bản đang nhập là của "${directive.issuer}". Hai văn bản khác nhau trùng số hiệu: chưa nhập.`,
      },
    };
  }
  const unapplied = db.transaction(() => {
    const left = storeParsed(db, directive, hash, options.now);
    db.prepare(
      'INSERT OR REPLACE INTO directive_versions (directive_id, content_hash, file, imported_at) VALUES (?, ?, ?, ?)',
    ).run(directive.id, hash, directive.file, options.now);
    return left;
  })();
  return { ok: true, value: { ...summary, outcome: existing === null ? 'added' : 'updated', unapplied } };
}

/** Writes a parsed directive and its items, then replays people's edits; returns those that found no item. */
function storeParsed(db: Database.Database, directive: Directive, hash: string, now: string): EditRecord[] {
  const unapplied: EditRecord[] = [];
  directiveRow.writeParsed(db, directive, hash, now);
  writeItems(db, directive);
  for (const edit of editLog.list(db, directive.id)) {
    if (!applyEdit(db, directive.id, edit, directive.text).applied) unapplied.push(edit);
  }
  refreshSearchIndex(db, directive.id);
  return unapplied;
}

/**
 * Reads every stored directive again when the parser has changed since the library last did
 * (`version`, kept in `meta`): the same texts, read better, with people's edits replayed on top.
 * A text that now parses to another id keeps its old reading. One transaction.
 */
export function reparseLibrary(db: Database.Database, parse: ParseDirective, version: number, now: string): { reparsed: string[]; unapplied: EditRecord[] } {
  const stored = db.prepare(`SELECT value FROM meta WHERE key = 'parser_version'`).get() as { value: string } | undefined;
  if (stored !== undefined && Number(stored.value) === version) return { reparsed: [], unapplied: [] };
  return db.transaction(() => {
    const reparsed: string[] = [];
    const unapplied: EditRecord[] = [];
    const rows = db.prepare('SELECT id, file, text, content_hash FROM directives ORDER BY id').all() as { id: string; file: string | null; text: string; content_hash: string }[];
    for (const row of rows) {
      const directive = parse(row.text, row.file ? { file: row.file } : {});
      if (directive.id !== row.id) continue;
      unapplied.push(...storeParsed(db, directive, row.content_hash, now));
      reparsed.push(row.id);
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('parser_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(String(version));
    return { reparsed, unapplied };
  }).immediate();
}
