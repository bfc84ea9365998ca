// Room: services — an article file (.txt, .md, .docx, .pdf) as an article to save. Metadata comes,
// in order, from a front matter block (--- title: … date: … ---), from "Tiêu đề:", "Ngày đăng:",
// "Tác giả:", "Chuyên mục:", "Báo:" lines at the top, then the title from the first line and the
// date from the file name (2024-06-05-…, 20240605…), then the import's defaults, then the day the
// file was last saved. Metadata lines are taken out of the text; the title line stays in it.
import type { ArticleInput } from '../articleTypes.ts';
import { cmsFieldOf, type CmsField } from './cmsFields.ts';
import type { ImportDefaults } from './ImportDefaults.ts';
import { parseArticleDate } from './parseArticleDate.ts';

export interface ArticleFile {
  /** Absolute path: the article's origin. */
  path: string;
  /** The file name, for the title when the text has none. */
  name: string;
  text: string;
  /** When the file was last saved, "YYYY-MM-DD" in local time. */
  modifiedOn: string;
}

const MAX_TITLE = 200;
/** Header lines are looked for among the first lines only. */
const HEADER_LINES = 8;
const HEADER_FIELDS: ReadonlySet<CmsField> = new Set(['title', 'date', 'author', 'section', 'outlet']);

function frontMatter(text: string): { fields: Map<CmsField, string>; rest: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!m) return { fields: new Map(), rest: text };
  const fields = new Map<CmsField, string>();
  for (const line of m[1]!.split(/\r?\n/u)) {
    const kv = /^\s*([^:]+):\s*(.*)$/u.exec(line);
    const field = kv ? cmsFieldOf(kv[1]!) : null;
    if (kv && field && !fields.has(field)) fields.set(field, kv[2]!.replace(/^["']|["']$/gu, '').trim());
  }
  return { fields, rest: text.slice(m[0].length) };
}

function headerLines(text: string): { fields: Map<CmsField, string>; rest: string } {
  const lines = text.split('\n');
  const fields = new Map<CmsField, string>();
  const drop = new Set<number>();
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    seen++;
    const kv = /^([\p{L} /_-]{2,24}):\s*(\S.*)$/u.exec(line);
    const field = kv ? cmsFieldOf(kv[1]!) : null;
    if (!kv || !field || !HEADER_FIELDS.has(field) || fields.has(field)) continue;
    fields.set(field, kv[2]!.trim());
    drop.add(i);
  }
  if (!drop.size) return { fields, rest: text };
  return { fields, rest: lines.filter((_l, i) => !drop.has(i)).join('\n').replace(/^\s*\n/u, '') };
}

function dateInName(name: string): string | null {
  const m = /(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})/u.exec(name) ?? null;
  return m ? parseArticleDate(`${m[1]}-${m[2]}-${m[3]}`) : parseArticleDate(/(\d{2})[-_.](\d{2})[-_.](\d{4})/u.exec(name)?.[0] ?? null);
}

/** A field only when it has a value: an absent one leaves a stored article's value alone. */
function optional(key: 'outlet' | 'section' | 'author', value: string | undefined): Partial<ArticleInput> {
  return value ? { [key]: value } : {};
}

export function articleFromFile(file: ArticleFile, defaults: ImportDefaults): ArticleInput {
  const front = frontMatter(file.text);
  const header = headerLines(front.rest);
  const fields = new Map([...header.fields, ...front.fields]);
  const text = header.rest;
  const firstLine = text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/u, '').trim())
    .find((l) => l !== '');
  const fromName = file.name.replace(/\.[^.]+$/u, '').replace(/[-_]+/gu, ' ').trim();
  const title = fields.get('title') || (firstLine && firstLine.length <= MAX_TITLE ? firstLine : fromName);
  const publishedOn = parseArticleDate(fields.get('date')) ?? dateInName(file.name) ?? defaults.date ?? file.modifiedOn;
  return {
    title,
    publishedOn,
    text,
    ...optional('outlet', fields.get('outlet') || defaults.outlet),
    ...optional('section', fields.get('section') || defaults.section),
    ...optional('author', fields.get('author') || defaults.author),
    origin: file.path,
  };
}
