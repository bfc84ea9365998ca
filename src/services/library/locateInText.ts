// Where an item a lead added stands in the directive's text, so the app can highlight it and the
// checker can quote its sentence. Recomputed for every new version of the text.
import { ITEM_TABLES, type ItemKind } from './itemTables.ts';

/** An added item's offsets: where its words stand in this version of the text, else 0..0. */
export function locateInText(kind: ItemKind, item: Record<string, unknown>, text: string): Record<string, unknown> {
  const by = ITEM_TABLES[kind].locateBy;
  const needle = by === null ? null : item[by];
  const at = typeof needle === 'string' && needle !== '' ? text.indexOf(needle) : -1;
  return at < 0 ? { ...item, start: 0, end: 0 } : { ...item, start: at, end: at + (needle as string).length };
}
