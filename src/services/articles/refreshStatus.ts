// Room: services — keeps an article's status and open counts in step with its current version's
// findings and sign-off, so lists and the audit read them from the article row alone.
import type Database from 'better-sqlite3';
import type { ArticleStatus } from './articleTypes.ts';
import { prepared } from './prepared.ts';

export function refreshStatus(db: Database.Database, articleId: number, now: string): ArticleStatus {
  const counts = prepared(
    db,
    `SELECT coalesce(sum(f.severity = 'error' AND f.resolution IS NULL), 0) AS errors,
            coalesce(sum(f.severity = 'warning' AND f.resolution IS NULL), 0) AS warnings,
            a.version AS version
       FROM articles a LEFT JOIN article_findings f ON f.article_id = a.id AND f.version = a.version
      WHERE a.id = ?`,
  ).get(articleId) as { errors: number; warnings: number; version: number };
  const signed = prepared(db, 'SELECT 1 FROM article_signoffs WHERE article_id = ? AND version = ?').get(articleId, counts.version) !== undefined;
  const status: ArticleStatus = signed ? 'signed' : counts.errors > 0 ? 'open' : 'resolved';
  prepared(db, 'UPDATE articles SET status = ?, open_errors = ?, open_warnings = ?, updated_at = ? WHERE id = ?').run(
    status,
    counts.errors,
    counts.warnings,
    now,
    articleId,
  );
  return status;
}
