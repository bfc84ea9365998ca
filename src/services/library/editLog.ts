// The `edits` table: append a person's change, list them back in the order they were made.

import type Database from 'better-sqlite3';
import type { EditAction, EditRecord, EditTarget } from './EditRecord.ts';

interface EditRow {
  seq: number;
  directive_id: string;
  target: EditTarget;
  item_key: string | null;
  action: EditAction;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  author: string;
  at: string;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toRecord(row: EditRow): EditRecord {
  return {
    seq: row.seq,
    directiveId: row.directive_id,
    target: row.target,
    itemKey: row.item_key,
    action: row.action,
    field: row.field,
    oldValue: parse(row.old_value),
    newValue: parse(row.new_value),
    author: row.author,
    at: row.at,
  };
}

function append(db: Database.Database, record: Omit<EditRecord, 'seq'>): EditRecord {
  const info = db
    .prepare(
      `INSERT INTO edits (directive_id, target, item_key, action, field, old_value, new_value, author, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.directiveId,
      record.target,
      record.itemKey,
      record.action,
      record.field,
      json(record.oldValue),
      json(record.newValue),
      record.author,
      record.at,
    );
  return { ...record, seq: Number(info.lastInsertRowid) };
}

/** Edits of one directive, or of the whole library, oldest first. */
function list(db: Database.Database, directiveId?: string): EditRecord[] {
  const rows = (
    directiveId === undefined
      ? db.prepare('SELECT * FROM edits ORDER BY seq').all()
      : db.prepare('SELECT * FROM edits WHERE directive_id = ? ORDER BY seq').all(directiveId)
  ) as EditRow[];
  return rows.map(toRecord);
}

export const editLog = { append, list };
