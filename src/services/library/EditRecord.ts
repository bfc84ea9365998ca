// One change a person made to the library, as the `edits` table keeps it. The log is the truth
// about people's corrections: it is replayed on top of every new version of a document.

import type { EditableKind } from './itemTables.ts';

export type EditTarget = 'directive' | 'theme' | EditableKind;
export type EditAction = 'update' | 'add' | 'delete';

/** What to change; the same shape serves a live edit and its replay. */
export interface EditOp {
  target: EditTarget;
  /** The item's key; null for the directive itself. */
  itemKey: string | null;
  action: EditAction;
  /** The changed field for 'update'; null for 'add' and 'delete'. */
  field: string | null;
  /** The new field value for 'update', the whole item for 'add', null for 'delete'. */
  newValue: unknown;
}

export interface EditRecord extends EditOp {
  seq: number;
  directiveId: string;
  oldValue: unknown;
  author: string;
  /** ISO timestamp. */
  at: string;
}
