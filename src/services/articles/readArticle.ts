// Room: services — one article with its current text, findings (and how each was resolved),
// themes, directives applied and sign-off, and its history: versions, earlier findings, sign-offs.
import type Database from 'better-sqlite3';
import {
  ARTICLE_COLUMNS,
  appliedDirective,
  articleSummary,
  articleVersion,
  signOff,
  storedFinding,
  type ArticleRow,
  type DirectiveRow,
  type FindingRow,
  type VersionRow,
} from './articleRows.ts';
import type { ArticleDetail, StoredTheme } from './articleTypes.ts';

export function readArticle(db: Database.Database, id: number): ArticleDetail | null {
  const row = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow | undefined;
  if (!row) return null;
  const { text } = db.prepare('SELECT text FROM article_versions WHERE article_id = ? AND version = ?').get(id, row.version) as { text: string };
  const findings = (db.prepare('SELECT * FROM article_findings WHERE article_id = ? ORDER BY version, position').all(id) as FindingRow[]).map(storedFinding);
  const themes = (
    db
      .prepare('SELECT * FROM article_themes WHERE article_id = ? AND version = ? ORDER BY directive_id, path')
      .all(id, row.version) as {
      theme_id: string;
      directive_id: string;
      path: string;
      heading: string;
      required: number;
      covered: number;
      score: number;
      evidence_start: number | null;
      evidence_end: number | null;
    }[]
  ).map(
    (t): StoredTheme => ({
      id: t.theme_id,
      directive: t.directive_id,
      path: t.path,
      heading: t.heading,
      required: t.required === 1,
      covered: t.covered === 1,
      score: t.score,
      evidence: t.evidence_start === null || t.evidence_end === null ? null : text.slice(t.evidence_start, t.evidence_end),
    }),
  );
  const directives = (
    db.prepare('SELECT * FROM article_directives WHERE article_id = ? AND version = ? ORDER BY score DESC').all(id, row.version) as DirectiveRow[]
  ).map(appliedDirective);
  const versions = (db.prepare('SELECT * FROM article_versions WHERE article_id = ? ORDER BY version').all(id) as VersionRow[]).map(articleVersion);
  const signOffs = (
    db.prepare('SELECT version, name, signed_at FROM article_signoffs WHERE article_id = ? ORDER BY id').all(id) as {
      version: number;
      name: string;
      signed_at: string;
    }[]
  ).map(signOff);
  return {
    ...articleSummary(row),
    text,
    findings: findings.filter((f) => f.version === row.version),
    themes,
    directives,
    signOff: signOffs.filter((s) => s.version === row.version).pop() ?? null,
    versions,
    history: findings.filter((f) => f.version !== row.version),
    signOffs,
  };
}
