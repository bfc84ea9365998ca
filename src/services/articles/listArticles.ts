// Room: services — articles by month, outlet, status and the audit's cells (a theme covered in a
// week, a kind of conflict found, resolved or open): every number of the audit leads here.
import type Database from 'better-sqlite3';
import { ARTICLE_COLUMNS, articleSummary, type ArticleRow } from './articleRows.ts';
import type { ArticleFilter, ArticleSummary } from './articleTypes.ts';
import { monthRange, WEEK_OF_MONTH_SQL } from './monthRange.ts';

export interface ArticleList {
  /** How many match, beyond the page returned. */
  total: number;
  articles: ArticleSummary[];
}

export function listArticles(db: Database.Database, filter: ArticleFilter = {}): ArticleList {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.month) {
    const { first, last } = monthRange(filter.month);
    where.push('a.published_on BETWEEN ? AND ?');
    params.push(first, last);
  }
  if (filter.outlet !== undefined) {
    where.push('a.outlet = ?');
    params.push(filter.outlet);
  }
  if (filter.status) {
    where.push('a.status = ?');
    params.push(filter.status);
  }
  if (filter.openErrors) where.push('a.open_errors > 0');
  if (filter.week !== undefined) {
    where.push(`${WEEK_OF_MONTH_SQL('a.published_on')} = ?`);
    params.push(filter.week);
  }
  if (filter.themeId) {
    where.push('EXISTS (SELECT 1 FROM article_themes t WHERE t.article_id = a.id AND t.version = a.version AND t.theme_id = ? AND t.covered = 1)');
    params.push(filter.themeId);
  }
  if (filter.kind) {
    const state = filter.findingState === 'open' ? ' AND f.resolution IS NULL' : filter.findingState === 'resolved' ? ' AND f.resolution IS NOT NULL' : '';
    where.push(`EXISTS (SELECT 1 FROM article_findings f WHERE f.article_id = a.id AND f.superseded_by IS NULL AND f.kind = ?${state})`);
    params.push(filter.kind);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT count(*) AS total FROM articles a ${whereSql}`).get(...params) as { total: number };
  const limit = filter.limit ?? 500;
  const rows = db
    .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ${whereSql} ORDER BY a.published_on DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, limit, filter.offset ?? 0) as ArticleRow[];
  return { total, articles: rows.map(articleSummary) };
}

/** Outlets that have articles, for choosing one. */
export function listOutlets(db: Database.Database): string[] {
  return (db.prepare(`SELECT DISTINCT outlet FROM articles WHERE outlet <> '' ORDER BY outlet`).all() as { outlet: string }[]).map((r) => r.outlet);
}
