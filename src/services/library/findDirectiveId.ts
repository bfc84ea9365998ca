// Finds a directive by what a person types: its id, its printed number, or either written
// loosely ("45-hd/btgtu", "45-HD/BTGTU ", "1742 CV/BTGTU").

import type Database from 'better-sqlite3';
import { foldWithOffsets } from './foldForSearch.ts';

const loose = (s: string): string => foldWithOffsets(s).folded.replace(/[\s-]+/gu, '');

export function findDirectiveId(db: Database.Database, idOrNumber: string): string | null {
  const wanted = idOrNumber.trim();
  const exact = db.prepare('SELECT id FROM directives WHERE id = ? OR number = ? ORDER BY id = ? DESC LIMIT 1').get(wanted, wanted, wanted) as
    | { id: string }
    | undefined;
  if (exact !== undefined) return exact.id;
  const target = loose(wanted);
  if (target === '') return null;
  const rows = db.prepare('SELECT id, number FROM directives ORDER BY id').all() as { id: string; number: string | null }[];
  return rows.find((r) => loose(r.id) === target || (r.number !== null && loose(r.number) === target))?.id ?? null;
}
