// Converts one item field between its TypeScript value and its SQLite columns, and says whether
// a value a person typed fits the field. Driven by the FieldSpec rows of itemTables.ts.

import type { FieldSpec } from './itemTables.ts';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isValid(spec: FieldSpec, value: unknown): boolean {
  const type = spec.type;
  switch (type.kind) {
    case 'text':
      if (value === null) return type.nullable;
      return typeof value === 'string' && (type.values === undefined || type.values.includes(value));
    case 'int':
      return Number.isInteger(value);
    case 'real':
      return value === null || value === undefined ? type.nullable : isFiniteNumber(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'json':
      return value === null ? type.nullable : typeof value === 'object' && value !== undefined;
    case 'range':
      if (isFiniteNumber(value)) return true;
      return (
        Array.isArray(value) && value.length === 2 && isFiniteNumber(value[0]) && isFiniteNumber(value[1]) && value[0] <= value[1]
      );
  }
}

function toColumns(spec: FieldSpec, value: unknown): Row {
  const type = spec.type;
  switch (type.kind) {
    case 'range': {
      const [low, high] = Array.isArray(value) ? (value as [number, number]) : [value as number, null];
      return { value_low: low, value_high: high };
    }
    case 'bool':
      return { [spec.column]: value === true ? 1 : 0 };
    case 'json':
      return { [spec.column]: value === null || value === undefined ? null : JSON.stringify(value) };
    default:
      return { [spec.column]: value === undefined ? null : (value as SqlValue) };
  }
}

/** The field's value from a row; `undefined` means "leave the property out" (optional fields). */
function fromRow(spec: FieldSpec, row: Row): unknown {
  const type = spec.type;
  const raw = row[spec.column];
  switch (type.kind) {
    case 'range':
      return row['value_high'] === null || row['value_high'] === undefined
        ? row['value_low']
        : [row['value_low'], row['value_high']];
    case 'bool':
      return raw === 1;
    case 'json':
      return raw === null || raw === undefined ? null : JSON.parse(String(raw));
    case 'real':
      return raw === null && type.omitWhenNull === true ? undefined : raw;
    default:
      return raw;
  }
}

export const fieldCodec = { isValid, toColumns, fromRow };
