// Room: services — an editor's decision on one finding of the current version: fixed, dismissed
// with a reason, or open again. A signed-off checklist is final until the text changes.
import type Database from 'better-sqlite3';
import type { Result } from '../result.ts';
import { storedFinding, type FindingRow } from './articleRows.ts';
import type { Resolution, StoredFinding } from './articleTypes.ts';
import { refreshStatus } from './refreshStatus.ts';

export interface Decision {
  /** null opens the finding again. */
  resolution: Resolution | null;
  reason?: string;
  by: string;
}

export function resolveFinding(db: Database.Database, articleId: number, finding: number | string, decision: Decision, now: string): Result<StoredFinding> {
  const article = db.prepare('SELECT version, status FROM articles WHERE id = ?').get(articleId) as { version: number; status: string } | undefined;
  if (!article) return { ok: false, error: { code: 'article-not-found', message: `Không có bài viết số ${articleId}.` } };
  const row = (
    typeof finding === 'number'
      ? db.prepare('SELECT * FROM article_findings WHERE article_id = ? AND version = ? AND position = ?').get(articleId, article.version, finding)
      : db.prepare('SELECT * FROM article_findings WHERE article_id = ? AND version = ? AND finding_key = ?').get(articleId, article.version, finding)
  ) as FindingRow | undefined;
  if (!row) {
    const count = (db.prepare('SELECT count(*) AS n FROM article_findings WHERE article_id = ? AND version = ?').get(articleId, article.version) as { n: number }).n;
    return {
      ok: false,
      error: {
        code: 'finding-not-found',
        message: count
          ? `Bài ${articleId} không có phát hiện "${finding}" (phiên bản ${article.version} có ${count} phát hiện, đánh số 1–${count}).`
          : `Bài ${articleId} không có phát hiện nào cần xử lý.`,
      },
    };
  }
  if (article.status === 'signed') {
    return {
      ok: false,
      error: { code: 'signed', message: `Phiếu kiểm tra của bài ${articleId} đã được ký duyệt; muốn xử lý lại, hãy sửa bài để có phiên bản mới.` },
    };
  }
  const by = decision.by.trim();
  if (!by) return { ok: false, error: { code: 'invalid-decision', message: 'Cần tên người xử lý.' } };
  const reason = decision.reason?.trim() ?? '';
  if (decision.resolution === 'dismissed' && !reason) {
    return { ok: false, error: { code: 'invalid-decision', message: 'Bỏ qua một phát hiện cần ghi lý do (ví dụ: "số liệu của địa phương khác").' } };
  }
  db.transaction(() => {
    if (decision.resolution === null) {
      db.prepare('UPDATE article_findings SET resolution = NULL, reason = NULL, resolved_by = NULL, resolved_at = NULL WHERE id = ?').run(row.id);
    } else {
      db.prepare('UPDATE article_findings SET resolution = ?, reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?').run(
        decision.resolution,
        reason || null,
        by,
        now,
        row.id,
      );
    }
    refreshStatus(db, articleId, now);
  })();
  return { ok: true, value: storedFinding(db.prepare('SELECT * FROM article_findings WHERE id = ?').get(row.id) as FindingRow) };
}
