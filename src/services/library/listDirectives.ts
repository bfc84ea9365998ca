// The library at a glance: one line per directive, for `soat directives list` and the app's
// library view. Counts are of items as edited.

import type Database from 'better-sqlite3';
import type { Validity } from '../../core/index.ts';
import { validityOf, type DirectiveRow } from './directiveRow.ts';

export interface DirectiveSummary {
  id: string;
  number: string | null;
  kind: string | null;
  title: string | null;
  issuer: string | null;
  issuedOn: string | null;
  file: string | null;
  status: 'active' | 'retired';
  validity: Validity | null;
  counts: { figures: number; quotes: number; references: number; themes: number; edits: number };
  importedAt: string;
  updatedAt: string;
}

type SummaryRow = DirectiveRow & { figures: number; quotes: number; citations: number; themes: number; edits: number };

export function listDirectives(db: Database.Database): DirectiveSummary[] {
  const count = (table: string): string => `(SELECT COUNT(*) FROM ${table} t WHERE t.directive_id = d.id) AS ${table}`;
  const rows = db
    .prepare(
      `SELECT d.*, ${['figures', 'quotes', 'citations', 'themes', 'edits'].map(count).join(', ')}
       FROM directives d ORDER BY d.issued_on IS NULL, d.issued_on DESC, d.id`,
    )
    .all() as SummaryRow[];
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    kind: row.kind,
    title: row.title,
    issuer: row.issuer,
    issuedOn: row.issued_on,
    file: row.file,
    status: row.status,
    validity: validityOf(row),
    counts: { figures: row.figures, quotes: row.quotes, references: row.citations, themes: row.themes, edits: row.edits },
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  }));
}
