// The changes a lead makes by hand: correct, add or delete a figure, quote or citation; mark a
// theme required or not; retire or reactivate a directive; override its validity. Each is
// checked first (expected mistakes are values), then applied and logged in one transaction.

import type Database from 'better-sqlite3';
import type { Validity } from '../../core/index.ts';
import type { Result } from '../result.ts';
import { applyEdit } from './applyEdit.ts';
import { locateInText } from './locateInText.ts';
import { directiveRow, validityOf } from './directiveRow.ts';
import type { EditOp, EditRecord } from './EditRecord.ts';
import { editLog } from './editLog.ts';
import { fieldCodec } from './fieldCodec.ts';
import { itemStore } from './itemStore.ts';
import { EDITABLE_KINDS, ITEM_TABLES, type EditableKind } from './itemTables.ts';

/** Who and when: every edit records them. */
export interface EditContext {
  author: string;
  now: string;
}

const KIND_NAMES: Record<EditableKind | 'theme', string> = {
  figure: 'số liệu',
  quote: 'trích dẫn',
  reference: 'văn bản viện dẫn',
  implements: 'văn bản được thực hiện',
  theme: 'chủ đề',
};
/** Offsets point into the text; they follow from the words, a person does not type them. */
const NOT_EDITABLE = new Set(['start', 'end']);

const fail = (code: string, message: string): { ok: false; error: { code: string; message: string } } => ({
  ok: false,
  error: { code, message },
});

/** The field's type, and words that identify an item (a figure's text, a cited number) not empty. */
function isValidValue(kind: EditableKind, field: string, value: unknown): boolean {
  const table = ITEM_TABLES[kind];
  const spec = table.fields.find((s) => s.field === field);
  if (spec === undefined || !fieldCodec.isValid(spec, value)) return false;
  return !(table.required.includes(field) && typeof value === 'string' && value.trim() === '');
}

/** Decimal places of the value a lead typed (5.66 → 2), which tell a rounded figure from a wrong one. */
function decimalsOf(value: unknown): number {
  const places = (n: number): number => String(n).split('.')[1]?.length ?? 0;
  return Array.isArray(value) ? Math.max(...value.map((n) => places(n as number))) : places(value as number);
}

function check(db: Database.Database, directiveId: string, ctx: EditContext, kind?: string): ReturnType<typeof fail> | null {
  if (ctx.author.trim() === '') return fail('bad-author', 'Cần ghi rõ người sửa.');
  if (directiveRow.get(db, directiveId) === null) return fail('not-found', `Không có văn bản "${directiveId}" trong thư viện.`);
  if (kind !== undefined && !EDITABLE_KINDS.includes(kind as EditableKind)) {
    return fail('bad-kind', `Không sửa được loại mục "${kind}".`);
  }
  return null;
}

/** Applies and logs `ops` in one transaction; an op with nothing to change is skipped. */
function commit(db: Database.Database, directiveId: string, ops: EditOp[], ctx: EditContext): EditRecord[] {
  return db.transaction(() => {
    const text = directiveRow.get(db, directiveId)!.text;
    const records: EditRecord[] = [];
    for (const op of ops) {
      const applied = applyEdit(db, directiveId, op, text);
      if (!applied.applied) throw new Error(`libraryEdits: checked edit did not apply: ${JSON.stringify(op)}`);
      records.push(
        editLog.append(db, { ...op, itemKey: applied.itemKey, directiveId, oldValue: applied.oldValue, author: ctx.author, at: ctx.now }),
      );
    }
    if (records.length > 0) directiveRow.touch(db, directiveId, ctx.now);
    return records;
  })();
}

function updateItem(
  db: Database.Database,
  directiveId: string,
  kind: EditableKind,
  key: string,
  patch: Record<string, unknown>,
  ctx: EditContext,
): Result<EditRecord[]> {
  const bad = check(db, directiveId, ctx, kind);
  if (bad !== null) return bad;
  const current = itemStore.get(db, directiveId, kind, key);
  if (current === null) return fail('item-not-found', `Không tìm thấy ${KIND_NAMES[kind]} "${key}" trong văn bản ${directiveId}.`);
  const ops: EditOp[] = [];
  for (const [field, value] of Object.entries(patch)) {
    const spec = ITEM_TABLES[kind].fields.find((s) => s.field === field);
    if (spec === undefined || NOT_EDITABLE.has(field)) return fail('bad-field', `Không sửa được trường "${field}" của ${KIND_NAMES[kind]}.`);
    if (!isValidValue(kind, field, value)) return fail('bad-value', `Giá trị không hợp lệ cho trường "${field}": ${JSON.stringify(value)}.`);
    if (JSON.stringify(current[field] ?? null) === JSON.stringify(value)) continue;
    ops.push({ target: kind, itemKey: key, action: 'update', field, newValue: value });
  }
  return { ok: true, value: commit(db, directiveId, ops, ctx) };
}

function addItem(
  db: Database.Database,
  directiveId: string,
  kind: EditableKind,
  fields: Record<string, unknown>,
  ctx: EditContext,
  newKey: () => string,
): Result<EditRecord> {
  const bad = check(db, directiveId, ctx, kind);
  if (bad !== null) return bad;
  const table = ITEM_TABLES[kind];
  const missing = table.required.filter((field) => fields[field] === undefined);
  if (missing.length > 0) return fail('missing-field', `Thiếu trường bắt buộc của ${KIND_NAMES[kind]}: ${missing.join(', ')}.`);
  const item: Record<string, unknown> = { ...table.defaults, start: 0, end: 0 };
  for (const [field, value] of Object.entries(fields)) {
    const spec = table.fields.find((s) => s.field === field);
    if (spec === undefined || NOT_EDITABLE.has(field)) return fail('bad-field', `Không có trường "${field}" ở ${KIND_NAMES[kind]}.`);
    if (!isValidValue(kind, field, value)) return fail('bad-value', `Giá trị không hợp lệ cho trường "${field}": ${JSON.stringify(value)}.`);
    item[field] = value;
  }
  if (kind === 'figure' && fields['decimals'] === undefined) item['decimals'] = decimalsOf(item['value']);
  const text = directiveRow.get(db, directiveId)!.text;
  const op: EditOp = { target: kind, itemKey: `+${newKey()}`, action: 'add', field: null, newValue: locateInText(kind, item, text) };
  return { ok: true, value: commit(db, directiveId, [op], ctx)[0]! };
}

function deleteItem(db: Database.Database, directiveId: string, kind: EditableKind, key: string, ctx: EditContext): Result<EditRecord> {
  const bad = check(db, directiveId, ctx, kind);
  if (bad !== null) return bad;
  if (itemStore.get(db, directiveId, kind, key) === null) {
    return fail('item-not-found', `Không tìm thấy ${KIND_NAMES[kind]} "${key}" trong văn bản ${directiveId}.`);
  }
  return { ok: true, value: commit(db, directiveId, [{ target: kind, itemKey: key, action: 'delete', field: null, newValue: null }], ctx)[0]! };
}

function setThemeRequired(db: Database.Database, directiveId: string, path: string, required: boolean, ctx: EditContext): Result<EditRecord[]> {
  const bad = check(db, directiveId, ctx);
  if (bad !== null) return bad;
  const theme = itemStore.get(db, directiveId, 'theme', path);
  if (theme === null) return fail('item-not-found', `Văn bản ${directiveId} không có chủ đề "${path}".`);
  if (theme['required'] === required) return { ok: true, value: [] };
  return { ok: true, value: commit(db, directiveId, [{ target: 'theme', itemKey: path, action: 'update', field: 'required', newValue: required }], ctx) };
}

function setStatus(db: Database.Database, directiveId: string, status: 'active' | 'retired', ctx: EditContext): Result<EditRecord[]> {
  const bad = check(db, directiveId, ctx);
  if (bad !== null) return bad;
  if (status !== 'active' && status !== 'retired') return fail('bad-value', `Trạng thái không hợp lệ: ${JSON.stringify(status)}.`);
  if (directiveRow.get(db, directiveId)!.status === status) return { ok: true, value: [] };
  return { ok: true, value: commit(db, directiveId, [{ target: 'directive', itemKey: null, action: 'update', field: 'status', newValue: status }], ctx) };
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/u;

function isValidity(value: unknown): value is Validity | null {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['from'] === 'string' &&
    DATE.test(v['from']) &&
    (v['to'] === null || (typeof v['to'] === 'string' && DATE.test(v['to']) && v['to'] >= v['from'])) &&
    typeof v['evidence'] === 'string'
  );
}

function setValidity(db: Database.Database, directiveId: string, validity: Validity | null, ctx: EditContext): Result<EditRecord[]> {
  const bad = check(db, directiveId, ctx);
  if (bad !== null) return bad;
  if (!isValidity(validity)) {
    return fail('bad-value', 'Thời hạn không hợp lệ: cần ngày bắt đầu dạng YYYY-MM-DD hoặc YYYY-MM, ngày kết thúc không sớm hơn, và căn cứ.');
  }
  const normal: Validity | null = validity === null ? null : { from: validity.from, to: validity.to, evidence: validity.evidence };
  if (JSON.stringify(validityOf(directiveRow.get(db, directiveId)!)) === JSON.stringify(normal)) return { ok: true, value: [] };
  return { ok: true, value: commit(db, directiveId, [{ target: 'directive', itemKey: null, action: 'update', field: 'validity', newValue: normal }], ctx) };
}

export const libraryEdits = { updateItem, addItem, deleteItem, setThemeRequired, setStatus, setValidity };
