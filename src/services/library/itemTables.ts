// Data: how each kind of directive item lives in SQLite — its table, the column of each field,
// the field's type (for reading back and for checking a lead's edit), and the defaults of an
// item a lead adds by hand. One table so mapping, validation and editing never drift apart.

import type { Citation, Directive, Figure, Quote, Section, Theme } from '../../core/index.ts';

export type FieldType =
  | { kind: 'text'; nullable: boolean; values?: readonly string[] }
  | { kind: 'int' }
  | { kind: 'real'; nullable: boolean; omitWhenNull?: boolean }
  | { kind: 'bool' }
  | { kind: 'json'; nullable: boolean }
  /** A number or [low, high], stored as value_low / value_high. */
  | { kind: 'range' };

export interface FieldSpec {
  field: string;
  column: string;
  type: FieldType;
}

export type ItemKind = 'figure' | 'quote' | 'reference' | 'implements' | 'section' | 'theme';
/** The kinds a lead may correct, add or delete; sections come from the text alone. */
export type EditableKind = 'figure' | 'quote' | 'reference' | 'implements';

export interface ItemOf {
  figure: Figure;
  quote: Quote;
  reference: Citation;
  implements: Citation;
  section: Section;
  theme: Theme;
}

export interface ItemTable {
  kind: ItemKind;
  table: string;
  /** The Directive property that holds these items. */
  property: 'figures' | 'quotes' | 'references' | 'implements' | 'sections' | 'themes';
  fields: readonly FieldSpec[];
  /** Fields an added item must carry; the rest take `defaults`. */
  required: readonly string[];
  defaults: Readonly<Record<string, unknown>>;
  /** Where an added item is looked for in the text to give it offsets. */
  locateBy: string | null;
}

const text = (nullable = false, values?: readonly string[]): FieldType =>
  values === undefined ? { kind: 'text', nullable } : { kind: 'text', nullable, values };
const INT: FieldType = { kind: 'int' };
const OFFSETS: readonly FieldSpec[] = [
  { field: 'start', column: 'start_offset', type: INT },
  { field: 'end', column: 'end_offset', type: INT },
];

const CITATION_FIELDS: readonly FieldSpec[] = [
  { field: 'kind', column: 'kind', type: text(true) },
  { field: 'number', column: 'number', type: text() },
  { field: 'date', column: 'date', type: text(true) },
  { field: 'issuer', column: 'issuer', type: text(true) },
  { field: 'title', column: 'title', type: text(true) },
  ...OFFSETS,
];
const CITATION_DEFAULTS = { kind: null, date: null, issuer: null, title: null };

export const ITEM_TABLES: Readonly<Record<ItemKind, ItemTable>> = {
  figure: {
    kind: 'figure',
    table: 'figures',
    property: 'figures',
    fields: [
      { field: 'text', column: 'text', type: text() },
      { field: 'value', column: 'value_low', type: { kind: 'range' } },
      { field: 'total', column: 'total', type: { kind: 'real', nullable: true, omitWhenNull: true } },
      { field: 'unit', column: 'unit', type: text() },
      { field: 'subject', column: 'subject', type: text() },
      { field: 'period', column: 'period', type: text(true) },
      { field: 'change', column: 'change', type: text(true, ['tăng', 'giảm', 'đạt']) },
      { field: 'approx', column: 'approx', type: text(true) },
      { field: 'sentence', column: 'sentence', type: text() },
      ...OFFSETS,
      { field: 'decimals', column: 'decimals', type: INT },
      { field: 'convention', column: 'convention', type: text(false, ['vi', 'en']) },
      { field: 'periodKey', column: 'period_key', type: { kind: 'json', nullable: true } },
      { field: 'modality', column: 'modality', type: text(false, ['actual', 'forecast', 'target']) },
      { field: 'scope', column: 'scope', type: { kind: 'json', nullable: true } },
      { field: 'sectionPath', column: 'section_path', type: text(true) },
    ],
    required: ['text', 'value'],
    defaults: {
      unit: '',
      subject: '',
      period: null,
      change: null,
      approx: null,
      sentence: '',
      decimals: 0,
      convention: 'vi',
      periodKey: null,
      modality: 'actual',
      scope: null,
      sectionPath: null,
    },
    locateBy: 'text',
  },
  quote: {
    kind: 'quote',
    table: 'quotes',
    property: 'quotes',
    fields: [
      { field: 'type', column: 'type', type: text(false, ['slogan', 'theme', 'phrase']) },
      { field: 'text', column: 'text', type: text() },
      ...OFFSETS,
      { field: 'sectionPath', column: 'section_path', type: text(true) },
    ],
    required: ['type', 'text'],
    defaults: { sectionPath: null },
    locateBy: 'text',
  },
  reference: {
    kind: 'reference',
    table: 'citations',
    property: 'references',
    fields: CITATION_FIELDS,
    required: ['number'],
    defaults: CITATION_DEFAULTS,
    locateBy: 'number',
  },
  implements: {
    kind: 'implements',
    table: 'implements',
    property: 'implements',
    fields: CITATION_FIELDS,
    required: ['number'],
    defaults: CITATION_DEFAULTS,
    locateBy: 'number',
  },
  section: {
    kind: 'section',
    table: 'sections',
    property: 'sections',
    fields: [
      { field: 'path', column: 'path', type: text() },
      { field: 'heading', column: 'heading', type: text() },
      { field: 'depth', column: 'depth', type: INT },
      ...OFFSETS,
      { field: 'headingStart', column: 'heading_start', type: INT },
      { field: 'headingEnd', column: 'heading_end', type: INT },
    ],
    required: [],
    defaults: {},
    locateBy: null,
  },
  theme: {
    kind: 'theme',
    table: 'themes',
    property: 'themes',
    // `id` is not stored: it is always "DIRECTIVE#PATH" and is rebuilt on reading.
    fields: [
      { field: 'path', column: 'path', type: text() },
      { field: 'heading', column: 'heading', type: text() },
      { field: 'required', column: 'required', type: { kind: 'bool' } },
      ...OFFSETS,
    ],
    required: [],
    defaults: {},
    locateBy: null,
  },
};

export const ITEM_KINDS = Object.keys(ITEM_TABLES) as ItemKind[];
export const EDITABLE_KINDS: readonly EditableKind[] = ['figure', 'quote', 'reference', 'implements'];

/** Items of a kind in a parsed directive. */
export function itemsOf(directive: Directive, kind: ItemKind): readonly object[] {
  return directive[ITEM_TABLES[kind].property];
}
