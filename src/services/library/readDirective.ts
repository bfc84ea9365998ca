// A stored directive as the checker and the app see it: parsed items with people's edits
// already applied (they are applied when written), plus its status.

import type Database from 'better-sqlite3';
import type { Citation, Figure, LibraryDirective, Quote, Section, Theme } from '../../core/index.ts';
import { directiveRow, validityOf } from './directiveRow.ts';
import { itemStore } from './itemStore.ts';
import type { ItemKind } from './itemTables.ts';

export function readDirective(db: Database.Database, id: string): LibraryDirective | null {
  const row = directiveRow.get(db, id);
  if (row === null) return null;
  const items = <T>(kind: ItemKind): T[] => itemStore.read(db, id, kind).map((stored) => stored.item as T);
  return {
    id: row.id,
    file: row.file,
    kind: row.kind,
    number: row.number,
    issuer: row.issuer,
    province: row.province,
    issuedOn: row.issued_on,
    title: row.title,
    implements: items<Citation>('implements'),
    validity: validityOf(row),
    figures: items<Figure>('figure'),
    quotes: items<Quote>('quote'),
    references: items<Citation>('reference'),
    sections: items<Section>('section'),
    themes: items<Theme>('theme'),
    text: row.text,
    status: row.status,
  };
}
