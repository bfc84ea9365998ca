// Room: services — one record of a CMS export (a CSV row or a JSON object) as an article to save.
// Values may be strings, numbers, WordPress-style { rendered } objects or lists (categories);
// an HTML body becomes text, a sapo (lead) goes before the body. A record without a body, or
// without a date that Soát can read and no default, is refused with the reason.
import type { ArticleInput } from '../articleTypes.ts';
import type { Result } from '../../result.ts';
import type { CmsField } from './cmsFields.ts';
import { htmlToText } from './htmlToText.ts';
import type { ImportDefaults } from './ImportDefaults.ts';
import { parseArticleDate } from './parseArticleDate.ts';

/** A value as text: { rendered } objects, lists joined, numbers as written. */
export function cmsValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cmsValue).filter((s) => s.trim() !== '').join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['rendered', 'raw', 'name', 'title', 'value', 'text']) if (key in o) return cmsValue(o[key]);
  }
  return '';
}

/** A field only when it has a value: an absent one leaves a stored article's value alone. */
function optional(key: 'outlet' | 'section' | 'author', value: string | undefined): Partial<ArticleInput> {
  return value ? { [key]: value } : {};
}

export function cmsArticle(
  record: Partial<Record<CmsField, unknown>>,
  where: string,
  defaults: ImportDefaults,
  origin: (id: string | null) => string,
): Result<ArticleInput> {
  const fail = (message: string): Result<ArticleInput> => ({ ok: false, error: { code: 'invalid-record', message: `${where}: ${message}` } });
  const body = htmlToText(cmsValue(record.body)).trim();
  if (!body) return fail('không có nội dung bài (cột "nội dung"/"body"/"content" trống hoặc không có).');
  const sapo = htmlToText(cmsValue(record.sapo)).trim();
  const text = sapo && !body.startsWith(sapo.slice(0, 40)) ? `${sapo}\n\n${body}` : body;
  const title = htmlToText(cmsValue(record.title)).replace(/\s+/gu, ' ').trim() || text.split('\n')[0]!.trim().slice(0, 200);
  const rawDate = cmsValue(record.date).trim();
  const date = rawDate ? parseArticleDate(record.date as string | number) : null;
  if (rawDate && !date && !defaults.date) return fail(`không đọc được ngày đăng "${rawDate}" (cần dạng 2024-06-05 hoặc 05/06/2024).`);
  const publishedOn = date ?? defaults.date;
  if (!publishedOn) return fail('không có ngày đăng (cột "ngày đăng"/"date"); hãy thêm cột này hoặc cho ngày mặc định (--date).');
  const id = cmsValue(record.id).trim() || null;
  return {
    ok: true,
    value: {
      title,
      publishedOn,
      text,
      ...optional('outlet', cmsValue(record.outlet).trim() || defaults.outlet),
      ...optional('section', htmlToText(cmsValue(record.section)).trim() || defaults.section),
      ...optional('author', cmsValue(record.author).trim() || defaults.author),
      origin: origin(id),
    },
  };
}
