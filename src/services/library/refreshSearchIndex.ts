// Keeps the directive's full-text row in step with its stored fields. Called in the same
// transaction as the write it follows, so the index never disagrees with the table.

import type Database from 'better-sqlite3';
import { directiveRow } from './directiveRow.ts';
import { foldForSearch } from './foldForSearch.ts';

export function refreshSearchIndex(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM directives_fts WHERE directive_id = ?').run(id);
  const row = directiveRow.get(db, id);
  if (row === null) return;
  const fold = (s: string | null): string => foldForSearch(s ?? '');
  db.prepare('INSERT INTO directives_fts (directive_id, number, title, issuer, text) VALUES (?, ?, ?, ?, ?)').run(
    id,
    fold(row.number),
    fold(row.title),
    fold(row.issuer),
    fold(row.text),
  );
}
