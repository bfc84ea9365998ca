// Room: services — saves an article: a new one, or a new version of an existing one (found by id,
// or by origin when a file or CMS row comes in again). A new text or publication date is checked
// again and stored as a version; the same text and date change nothing. The check runs before
// the transaction, so the write is short; `within` lets a bulk import record its progress in the
// same transaction as the article (a crash keeps both or neither).
import type Database from 'better-sqlite3';
import type { Report } from '../../core/index.ts';
import { contentHash } from '../library/contentHash.ts';
import type { Result } from '../result.ts';
import { ARTICLE_COLUMNS, articleSummary, type ArticleRow } from './articleRows.ts';
import type { ArticleInput, ArticlePatch, ArticleVersion, SaveOutcome } from './articleTypes.ts';
import type { Checker } from './createChecker.ts';
import { isIsoDate } from './isIsoDate.ts';
import { prepared } from './prepared.ts';
import { refreshStatus } from './refreshStatus.ts';
import { writeVersion } from './writeVersion.ts';

export type SaveTarget =
  | { input: ArticleInput }
  | { id: number; patch: ArticlePatch; recheck?: boolean };

export interface SaveContext {
  checker: Checker;
  now: string;
  /** Who saved it; null for an import. */
  by: string | null;
}

const MAX_TITLE = 500;

function invalid(message: string): Result<never> {
  return { ok: false, error: { code: 'invalid-article', message } };
}

/** Why these fields cannot be saved, or null. Only the fields present are checked. */
function refusal(fields: ArticlePatch): string | null {
  if (fields.title !== undefined) {
    if (fields.title.trim() === '') return 'Bài viết cần có tiêu đề.';
    if (fields.title.length > MAX_TITLE) return `Tiêu đề dài quá ${MAX_TITLE} ký tự: có lẽ đó là nội dung bài, không phải tiêu đề.`;
  }
  if (fields.publishedOn !== undefined && !isIsoDate(fields.publishedOn)) {
    return `Ngày đăng "${fields.publishedOn}" không hợp lệ; hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-03.`;
  }
  if (fields.text !== undefined && fields.text.trim() === '') return 'Bài viết không có nội dung.';
  return null;
}

function clean(fields: ArticlePatch): ArticlePatch {
  const out: ArticlePatch = {};
  for (const key of ['title', 'outlet', 'section', 'author'] as const) {
    const value = fields[key];
    if (value !== undefined) out[key] = value.replace(/\s+/gu, ' ').trim();
  }
  if (fields.publishedOn !== undefined) out.publishedOn = fields.publishedOn;
  if (fields.text !== undefined) out.text = fields.text;
  return out;
}

export function saveArticle(
  db: Database.Database,
  target: SaveTarget,
  ctx: SaveContext,
  within?: (outcome: SaveOutcome) => void,
): Result<SaveOutcome> {
  const fields = clean('input' in target ? target.input : target.patch);
  const why = refusal(fields);
  if (why) return invalid(why);

  const origin = 'input' in target ? (target.input.origin ?? null) : undefined;
  const existing = (
    'input' in target
      ? origin
        ? prepared(db, `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.origin = ?`).get(origin)
        : undefined
      : prepared(db, `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(target.id)
  ) as ArticleRow | undefined;
  if (!('input' in target) && !existing) {
    return { ok: false, error: { code: 'article-not-found', message: `Không có bài viết số ${target.id}.` } };
  }

  if (!existing) {
    if (fields.title === undefined) return invalid('Bài viết cần có tiêu đề.');
    if (fields.publishedOn === undefined) return invalid('Bài viết cần có ngày đăng (NĂM-THÁNG-NGÀY).');
    if (fields.text === undefined) return invalid('Bài viết không có nội dung.');
    const input = fields as Required<Pick<ArticleInput, 'title' | 'publishedOn' | 'text'>> & ArticlePatch;
    const report = ctx.checker.check(input.text, input.publishedOn);
    let outcome: SaveOutcome | undefined;
    db.transaction(() => {
      const id = Number(
        prepared(
          db,
          `INSERT INTO articles (title, outlet, section, author, published_on, origin, version, status, open_errors, open_warnings, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 1, 'open', 0, 0, ?, ?)`,
        ).run(input.title, input.outlet ?? '', input.section ?? '', input.author ?? '', input.publishedOn, origin ?? null, ctx.now, ctx.now)
          .lastInsertRowid,
      );
      writeVersion(db, { articleId: id, version: 1, text: input.text, title: input.title, publishedOn: input.publishedOn, reason: 'new', report, now: ctx.now, by: ctx.by });
      refreshStatus(db, id, ctx.now);
      outcome = { article: read(db, id), change: 'added', checked: true };
      within?.(outcome);
    })();
    return { ok: true, value: outcome! };
  }

  const current = prepared(db, 'SELECT text, content_hash FROM article_versions WHERE article_id = ? AND version = ?').get(
    existing.id,
    existing.version,
  ) as { text: string; content_hash: string };
  const text = fields.text ?? current.text;
  const merged = {
    title: fields.title ?? existing.title,
    outlet: fields.outlet ?? existing.outlet,
    section: fields.section ?? existing.section,
    author: fields.author ?? existing.author,
    publishedOn: fields.publishedOn ?? existing.published_on,
  };
  const textChanged = fields.text !== undefined && contentHash(fields.text) !== current.content_hash;
  const dateChanged = merged.publishedOn !== existing.published_on;
  const recheck = 'recheck' in target && target.recheck === true;
  const metaChanged =
    merged.title !== existing.title || merged.outlet !== existing.outlet || merged.section !== existing.section || merged.author !== existing.author;
  const reason: ArticleVersion['reason'] | null = textChanged ? 'text' : dateChanged ? 'date' : recheck ? 'recheck' : null;
  const report: Report | null = reason ? ctx.checker.check(textChanged ? text : current.text, merged.publishedOn) : null;

  let outcome: SaveOutcome | undefined;
  db.transaction(() => {
    if (reason || metaChanged) {
      prepared(db, 'UPDATE articles SET title = ?, outlet = ?, section = ?, author = ?, published_on = ?, updated_at = ? WHERE id = ?').run(
        merged.title,
        merged.outlet,
        merged.section,
        merged.author,
        merged.publishedOn,
        ctx.now,
        existing.id,
      );
    }
    if (reason && report) {
      // Read inside the transaction: another writer may have added a version since.
      const { version } = prepared(db, 'SELECT version FROM articles WHERE id = ?').get(existing.id) as { version: number };
      const next = version + 1;
      writeVersion(db, {
        articleId: existing.id,
        version: next,
        text: textChanged ? text : current.text,
        title: merged.title,
        publishedOn: merged.publishedOn,
        reason,
        report,
        now: ctx.now,
        by: ctx.by,
      });
      prepared(db, 'UPDATE articles SET version = ? WHERE id = ?').run(next, existing.id);
      refreshStatus(db, existing.id, ctx.now);
    }
    outcome = { article: read(db, existing.id), change: reason || metaChanged ? 'updated' : 'unchanged', checked: reason !== null };
    within?.(outcome);
  })();
  return { ok: true, value: outcome! };
}

function read(db: Database.Database, id: number) {
  return articleSummary(prepared(db, `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as ArticleRow);
}
