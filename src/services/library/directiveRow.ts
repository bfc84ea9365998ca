// The `directives` row: a directive's own fields (number, issuer, dates, validity, status, text)
// without its items. Timestamps are ISO strings from the library's clock.

import type Database from 'better-sqlite3';
import type { Directive, Validity } from '../../core/index.ts';

export interface DirectiveRow {
  id: string;
  file: string | null;
  kind: string | null;
  number: string | null;
  issuer: string | null;
  province: string | null;
  issued_on: string | null;
  title: string | null;
  validity_from: string | null;
  validity_to: string | null;
  validity_evidence: string | null;
  status: 'active' | 'retired';
  content_hash: string;
  text: string;
  created_at: string;
  updated_at: string;
  imported_at: string;
}

export function validityOf(row: Pick<DirectiveRow, 'validity_from' | 'validity_to' | 'validity_evidence'>): Validity | null {
  if (row.validity_from === null) return null;
  return { from: row.validity_from, to: row.validity_to, evidence: row.validity_evidence ?? '' };
}

export function validityColumns(validity: Validity | null): Pick<DirectiveRow, 'validity_from' | 'validity_to' | 'validity_evidence'> {
  return {
    validity_from: validity?.from ?? null,
    validity_to: validity?.to ?? null,
    validity_evidence: validity?.evidence ?? null,
  };
}

function get(db: Database.Database, id: string): DirectiveRow | null {
  return (db.prepare('SELECT * FROM directives WHERE id = ?').get(id) as DirectiveRow | undefined) ?? null;
}

/** Writes a freshly parsed version: the document's fields, status back to active (edits re-apply). */
function writeParsed(db: Database.Database, directive: Directive, contentHash: string, now: string): void {
  db.prepare(
    `INSERT INTO directives (id, file, kind, number, issuer, province, issued_on, title, validity_from, validity_to,
       validity_evidence, status, content_hash, text, created_at, updated_at, imported_at)
     VALUES (@id, @file, @kind, @number, @issuer, @province, @issued_on, @title, @validity_from, @validity_to,
       @validity_evidence, 'active', @content_hash, @text, @now, @now, @now)
     ON CONFLICT (id) DO UPDATE SET file = excluded.file, kind = excluded.kind, number = excluded.number,
       issuer = excluded.issuer, province = excluded.province, issued_on = excluded.issued_on, title = excluded.title,
       validity_from = excluded.validity_from, validity_to = excluded.validity_to,
       validity_evidence = excluded.validity_evidence, status = 'active', content_hash = excluded.content_hash,
       text = excluded.text, updated_at = excluded.updated_at, imported_at = excluded.imported_at`,
  ).run({
    id: directive.id,
    file: directive.file,
    kind: directive.kind,
    number: directive.number,
    issuer: directive.issuer,
    province: directive.province,
    issued_on: directive.issuedOn,
    title: directive.title,
    ...validityColumns(directive.validity),
    content_hash: contentHash,
    text: directive.text,
    now,
  });
}

function touch(db: Database.Database, id: string, now: string): void {
  db.prepare('UPDATE directives SET updated_at = ? WHERE id = ?').run(now, id);
}

export const directiveRow = { get, writeParsed, touch };
