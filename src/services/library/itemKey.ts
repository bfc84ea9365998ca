// The identity of an item across versions of its document: its own words, not its position, so
// a lead's correction still finds "its" figure after the document is re-imported with a new
// paragraph above it. Repeats get "#2", "#3" in reading order.

import type { ItemKind } from './itemTables.ts';

const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The key without its repeat counter; its first "|" part is the loose identity (see findItemKey). */
function baseKey(kind: ItemKind, item: Record<string, unknown>): string {
  switch (kind) {
    case 'figure':
      return `${norm(item['text'])}|${norm(item['sentence'])}`;
    case 'quote':
      return `${norm(item['text'])}|${norm(item['type'])}`;
    case 'reference':
    case 'implements':
      return `${norm(item['number'])}|${norm(item['date'])}`;
    case 'section':
    case 'theme':
      return norm(item['path']);
  }
}

/** Keys for a document's items of one kind, in order, unique within the list. */
export function itemKeys(kind: ItemKind, items: readonly object[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = baseKey(kind, item as Record<string, unknown>);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
