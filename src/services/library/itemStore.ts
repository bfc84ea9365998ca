// Reads and writes the rows of one kind of directive item (figures, quotes, citations ...).
// Table and column names come only from itemTables.ts, never from callers, so the SQL built
// here cannot be steered by what a person types.

import type Database from 'better-sqlite3';
import { fieldCodec, type Row } from './fieldCodec.ts';
import { ITEM_TABLES, type ItemKind } from './itemTables.ts';

export interface StoredItem {
  key: string;
  origin: 'parsed' | 'added';
  item: Record<string, unknown>;
}

function rowToItem(kind: ItemKind, directiveId: string, row: Row): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  if (kind === 'theme') item['id'] = `${directiveId}#${String(row['path'])}`;
  for (const spec of ITEM_TABLES[kind].fields) {
    const value = fieldCodec.fromRow(spec, row);
    if (value !== undefined) item[spec.field] = value;
  }
  return item;
}

function insert(
  db: Database.Database,
  directiveId: string,
  kind: ItemKind,
  entry: { key: string; origin: 'parsed' | 'added'; item: object; position: number },
): void {
  const table = ITEM_TABLES[kind];
  const row: Row = { directive_id: directiveId, item_key: entry.key, position: entry.position, origin: entry.origin };
  for (const spec of table.fields) Object.assign(row, fieldCodec.toColumns(spec, (entry.item as Record<string, unknown>)[spec.field]));
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

function read(db: Database.Database, directiveId: string, kind: ItemKind): StoredItem[] {
  const rows = db
    .prepare(`SELECT * FROM ${ITEM_TABLES[kind].table} WHERE directive_id = ? ORDER BY position, item_key`)
    .all(directiveId) as Row[];
  return rows.map((row) => ({
    key: String(row['item_key']),
    origin: row['origin'] === 'added' ? 'added' : 'parsed',
    item: rowToItem(kind, directiveId, row),
  }));
}

/**
 * The stored key an edit recorded as `key` applies to now. After a new version of the text an
 * exact key may be gone (the figure's sentence was reworded); then the item whose loose identity
 * (the key's first part: the figure's text, the quote's words, the cited number) is unique wins.
 */
function resolveKey(db: Database.Database, directiveId: string, kind: ItemKind, key: string): string | null {
  const table = ITEM_TABLES[kind].table;
  const exact = db.prepare(`SELECT item_key FROM ${table} WHERE directive_id = ? AND item_key = ?`).get(directiveId, key);
  if (exact !== undefined) return key;
  const loose = key.split('|')[0]!;
  if (loose === key) return null;
  const candidates = (db.prepare(`SELECT item_key FROM ${table} WHERE directive_id = ?`).all(directiveId) as { item_key: string }[])
    .map((r) => r.item_key)
    .filter((k) => k.split('|')[0] === loose);
  return candidates.length === 1 ? candidates[0]! : null;
}

function get(db: Database.Database, directiveId: string, kind: ItemKind, key: string): Record<string, unknown> | null {
  const row = db
    .prepare(`SELECT * FROM ${ITEM_TABLES[kind].table} WHERE directive_id = ? AND item_key = ?`)
    .get(directiveId, key) as Row | undefined;
  return row === undefined ? null : rowToItem(kind, directiveId, row);
}

function update(db: Database.Database, directiveId: string, kind: ItemKind, key: string, field: string, value: unknown): void {
  const table = ITEM_TABLES[kind];
  const spec = table.fields.find((s) => s.field === field);
  if (spec === undefined) throw new Error(`itemStore.update: ${kind} has no field ${field}`);
  const columns = fieldCodec.toColumns(spec, value);
  const sets = Object.keys(columns).map((c) => `${c} = @${c}`);
  db.prepare(`UPDATE ${table.table} SET ${sets.join(', ')} WHERE directive_id = @directive_id AND item_key = @item_key`).run({
    ...columns,
    directive_id: directiveId,
    item_key: key,
  });
}

function remove(db: Database.Database, directiveId: string, kind: ItemKind, key: string): void {
  db.prepare(`DELETE FROM ${ITEM_TABLES[kind].table} WHERE directive_id = ? AND item_key = ?`).run(directiveId, key);
}

function removeAll(db: Database.Database, directiveId: string, kind: ItemKind): void {
  db.prepare(`DELETE FROM ${ITEM_TABLES[kind].table} WHERE directive_id = ?`).run(directiveId);
}

function nextPosition(db: Database.Database, directiveId: string, kind: ItemKind): number {
  const row = db
    .prepare(`SELECT COALESCE(MAX(position), -1) + 1 AS next FROM ${ITEM_TABLES[kind].table} WHERE directive_id = ?`)
    .get(directiveId) as { next: number };
  return row.next;
}

export const itemStore = { insert, read, resolveKey, get, update, remove, removeAll, nextPosition };
