// Applies one edit to the stored directive. The same function serves a person's live edit and
// the replay of the edit log over a new version of the document, so both always agree. An edit
// whose item is gone from the new version is reported as not applied, never guessed.

import type Database from 'better-sqlite3';
import type { Validity } from '../../core/index.ts';
import { directiveRow, validityColumns, validityOf } from './directiveRow.ts';
import type { EditOp } from './EditRecord.ts';
import { itemStore } from './itemStore.ts';
import { ITEM_TABLES, type ItemKind } from './itemTables.ts';
import { locateInText } from './locateInText.ts';

export type Applied = { applied: true; itemKey: string | null; oldValue: unknown } | { applied: false };

function applyToDirective(db: Database.Database, directiveId: string, op: EditOp): Applied {
  const row = directiveRow.get(db, directiveId);
  if (row === null || op.action !== 'update') return { applied: false };
  if (op.field === 'status') {
    db.prepare('UPDATE directives SET status = ? WHERE id = ?').run(op.newValue, directiveId);
    return { applied: true, itemKey: null, oldValue: row.status };
  }
  if (op.field === 'validity') {
    const columns = validityColumns(op.newValue as Validity | null);
    db.prepare(
      'UPDATE directives SET validity_from = @validity_from, validity_to = @validity_to, validity_evidence = @validity_evidence WHERE id = @id',
    ).run({ ...columns, id: directiveId });
    return { applied: true, itemKey: null, oldValue: validityOf(row) };
  }
  return { applied: false };
}

function applyToItem(db: Database.Database, directiveId: string, kind: ItemKind, op: EditOp, text: string): Applied {
  if (op.itemKey === null) return { applied: false };
  if (op.action === 'add') {
    if (itemStore.get(db, directiveId, kind, op.itemKey) !== null) return { applied: false };
    const item = locateInText(kind, op.newValue as Record<string, unknown>, text);
    const position = itemStore.nextPosition(db, directiveId, kind);
    itemStore.insert(db, directiveId, kind, { key: op.itemKey, origin: 'added', item, position });
    return { applied: true, itemKey: op.itemKey, oldValue: null };
  }
  const key = itemStore.resolveKey(db, directiveId, kind, op.itemKey);
  if (key === null) return { applied: false };
  const before = itemStore.get(db, directiveId, kind, key)!;
  if (op.action === 'delete') {
    itemStore.remove(db, directiveId, kind, key);
    return { applied: true, itemKey: key, oldValue: before };
  }
  if (op.field === null || !ITEM_TABLES[kind].fields.some((f) => f.field === op.field)) {
    return { applied: false };
  }
  itemStore.update(db, directiveId, kind, key, op.field, op.newValue);
  return { applied: true, itemKey: key, oldValue: before[op.field] ?? null };
}

/** Applies `op` to directive `directiveId`, whose current text is `text`. Call inside a transaction. */
export function applyEdit(db: Database.Database, directiveId: string, op: EditOp, text: string): Applied {
  if (op.target === 'directive') return applyToDirective(db, directiveId, op);
  return applyToItem(db, directiveId, op.target, op, text);
}
