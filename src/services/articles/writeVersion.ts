// Room: services — stores one checked version of an article: the report's directives, themes and
// findings, then links it to the previous version. A finding still there supersedes its earlier
// copy and keeps a dismissal (the editor's reason still holds); a finding that is gone is
// resolved as fixed by the new text. Runs inside the caller's transaction.
import type Database from 'better-sqlite3';
import type { Finding, Report } from '../../core/index.ts';
import { contentHash } from '../library/contentHash.ts';
import type { ArticleVersion } from './articleTypes.ts';
import { prepared } from './prepared.ts';

export interface VersionToWrite {
  articleId: number;
  version: number;
  text: string;
  title: string;
  publishedOn: string;
  reason: ArticleVersion['reason'];
  report: Report;
  now: string;
  /** Who changed the text; null for an import. */
  by: string | null;
}

interface LiveFinding {
  id: number;
  identity: string;
  resolution: 'fixed' | 'dismissed' | null;
  reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

/** What makes two findings of successive versions the same conflict: not the offsets, which move. */
function identity(kind: string, actual: string, expected: string | null, themeId: string | null, directive: string | null): string {
  return [kind, actual.normalize('NFC'), expected ?? '', themeId ?? '', directive ?? ''].join('\u0000');
}

const findingIdentity = (f: Finding): string => identity(f.kind, f.actual, f.expected, f.themeId ?? null, f.source?.directive ?? null);

export function writeVersion(db: Database.Database, v: VersionToWrite): void {
  const { report } = v;
  prepared(
    db,
    `INSERT INTO article_versions (article_id, version, text, content_hash, title, published_on, reason, checked_at,
       errors, warnings, themes_covered, themes_missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.articleId,
    v.version,
    v.text,
    contentHash(v.text),
    v.title,
    v.publishedOn,
    v.reason,
    v.now,
    report.summary.errors,
    report.summary.warnings,
    report.summary.themesCovered,
    report.summary.themesMissing,
  );

  const insertDirective = prepared(
    db,
    `INSERT INTO article_directives (article_id, version, directive_id, number, title, kind, reason, score, in_force)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of report.directives) {
    if (!d.considered || d.reason === 'none') continue;
    insertDirective.run(v.articleId, v.version, d.id, d.number, d.title, d.kind, d.reason, d.score, d.inForce ? 1 : 0);
  }

  const insertTheme = prepared(
    db,
    `INSERT OR IGNORE INTO article_themes (article_id, version, theme_id, directive_id, path, heading, required, covered, score,
       evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of report.themes) {
    const e = t.evidence[0];
    insertTheme.run(v.articleId, v.version, t.id, t.directive, t.path, t.heading, t.required ? 1 : 0, t.covered ? 1 : 0, t.score, e?.start ?? null, e?.end ?? null);
  }

  // The previous version's findings still open to linking, by identity, in report order.
  const previous = new Map<string, LiveFinding[]>();
  if (v.version > 1) {
    const rows = prepared(
      db,
      `SELECT id, kind, actual, expected, theme_id, source_directive, resolution, reason, resolved_by, resolved_at
         FROM article_findings WHERE article_id = ? AND version = ? AND superseded_by IS NULL ORDER BY position`,
    ).all(v.articleId, v.version - 1) as (Omit<LiveFinding, 'identity'> & {
      kind: string;
      actual: string;
      expected: string | null;
      theme_id: string | null;
      source_directive: string | null;
    })[];
    for (const r of rows) {
      const key = identity(r.kind, r.actual, r.expected, r.theme_id, r.source_directive);
      const list = previous.get(key) ?? [];
      list.push({ ...r, identity: key });
      previous.set(key, list);
    }
  }

  const insertFinding = prepared(
    db,
    `INSERT INTO article_findings (article_id, version, position, finding_key, kind, severity, start_offset, end_offset, actual,
       expected, message, source_directive, source_title, source_section, source_sentence, fix_start, fix_end, fix_replacement,
       theme_id, resolution, reason, resolved_by, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const supersede = prepared(db, 'UPDATE article_findings SET superseded_by = ? WHERE id = ?');
  report.findings.forEach((f, i) => {
    const earlier = previous.get(findingIdentity(f))?.shift();
    // Only a dismissal carries over: a finding marked fixed that is still in the text is not fixed.
    const kept = earlier?.resolution === 'dismissed' ? earlier : null;
    const id = insertFinding.run(
      v.articleId,
      v.version,
      i + 1,
      f.id,
      f.kind,
      f.severity,
      f.start,
      f.end,
      f.actual,
      f.expected,
      f.message,
      f.source?.directive ?? null,
      f.source?.directiveTitle ?? null,
      f.source?.sectionPath ?? null,
      f.source?.sentence ?? null,
      f.fix?.start ?? null,
      f.fix?.end ?? null,
      f.fix?.replacement ?? null,
      f.themeId ?? null,
      kept ? 'dismissed' : null,
      kept?.reason ?? null,
      kept?.resolved_by ?? null,
      kept?.resolved_at ?? null,
    ).lastInsertRowid;
    if (earlier) supersede.run(Number(id), earlier.id);
  });

  // What the new text no longer has was fixed by it.
  const fixedByText = prepared(
    db,
    `UPDATE article_findings SET resolution = 'fixed', reason = ?, resolved_by = ?, resolved_at = ?
      WHERE id = ? AND resolution IS NULL`,
  );
  for (const list of previous.values()) {
    for (const gone of list) fixedByText.run(`Không còn trong phiên bản ${v.version}.`, v.by ?? 'Soát', v.now, gone.id);
  }
}
