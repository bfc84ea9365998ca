// Room: services — signing a version's checklist off: a name and a time, once no error is left
// open. Warnings left open are allowed and printed as such on the checklist.
import type Database from 'better-sqlite3';
import type { Result } from '../result.ts';
import type { SignOff } from './articleTypes.ts';
import { refreshStatus } from './refreshStatus.ts';

export function signOffArticle(db: Database.Database, articleId: number, name: string, now: string): Result<SignOff> {
  const article = db.prepare('SELECT version, open_errors FROM articles WHERE id = ?').get(articleId) as { version: number; open_errors: number } | undefined;
  if (!article) return { ok: false, error: { code: 'article-not-found', message: `Không có bài viết số ${articleId}.` } };
  const who = name.replace(/\s+/gu, ' ').trim();
  if (!who) return { ok: false, error: { code: 'invalid-signoff', message: 'Ký duyệt cần tên người ký.' } };
  if (article.open_errors > 0) {
    return {
      ok: false,
      error: {
        code: 'open-errors',
        message: `Bài ${articleId} còn ${article.open_errors} lỗi chưa xử lý: hãy sửa hoặc bỏ qua (có lý do) từng lỗi trước khi ký duyệt.`,
      },
    };
  }
  const earlier = db.prepare('SELECT name, signed_at FROM article_signoffs WHERE article_id = ? AND version = ?').get(articleId, article.version) as
    | { name: string; signed_at: string }
    | undefined;
  if (earlier) {
    return { ok: false, error: { code: 'already-signed', message: `Phiên bản ${article.version} của bài ${articleId} đã được ${earlier.name} ký duyệt lúc ${earlier.signed_at}.` } };
  }
  db.transaction(() => {
    db.prepare('INSERT INTO article_signoffs (article_id, version, name, signed_at) VALUES (?, ?, ?, ?)').run(articleId, article.version, who, now);
    refreshStatus(db, articleId, now);
  })();
  return { ok: true, value: { version: article.version, name: who, at: now } };
}
