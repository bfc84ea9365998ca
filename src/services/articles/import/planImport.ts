// Room: services — what a bulk import will go through: the article files of a folder (and its
// sub-folders), or the records of a CMS export (.csv, .json, .ndjson). Each item has a stable key
// (the file's relative path, the record's line or index), which the persisted job remembers so a
// rerun continues where a crash stopped it. Reading an item is deferred to the run.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { contentHash } from '../../library/contentHash.ts';
import { decodeText } from '../../import/decodeText.ts';
import { importFile } from '../../import/importFile.ts';
import type { Result } from '../../result.ts';
import type { ArticleInput } from '../articleTypes.ts';
import { articleFromFile } from './articleFromFile.ts';
import { cmsArticle } from './cmsArticle.ts';
import { KNOWN_COLUMNS, mapColumns, type CmsField } from './cmsFields.ts';
import type { ImportDefaults } from './ImportDefaults.ts';
import { parseCsv } from './parseCsv.ts';

export interface ImportItem {
  key: string;
  load(): Promise<Result<ArticleInput>>;
}

export interface ImportPlan {
  kind: 'folder' | 'csv' | 'json';
  /** Absolute path of the folder or file. */
  source: string;
  /** For an export file: its content hash; a changed file is a new import, not a resumed one. */
  fingerprint: string | null;
  items: ImportItem[];
  /** Files of the folder that are not articles (images, spreadsheets ...), left alone. */
  ignored: string[];
}

/** Article files the importers read. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.docx', '.pdf', '.text']);
/** Documents that are articles but that Soát cannot read: listed as failures, with what to do. */
const UNREADABLE_DOCUMENTS = new Set(['.doc', '.rtf', '.odt', '.pages', '.wps']);

const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

async function planFolder(dir: string, defaults: ImportDefaults): Promise<ImportPlan> {
  const files: string[] = [];
  await walk(dir, files);
  const keyOf = (path: string): string => relative(dir, path).split(sep).join('/');
  files.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const items: ImportItem[] = [];
  const ignored: string[] = [];
  for (const path of files) {
    const extension = extname(path).toLowerCase();
    const key = keyOf(path);
    if (!ARTICLE_EXTENSIONS.has(extension) && !UNREADABLE_DOCUMENTS.has(extension)) {
      ignored.push(key);
      continue;
    }
    items.push({
      key,
      async load() {
        const read = await importFile(path);
        if (!read.ok) return { ok: false, error: { code: read.error.code, message: read.error.message } };
        const info = await stat(path);
        return { ok: true, value: articleFromFile({ path, name: basename(path), text: read.text, modifiedOn: localDate(info.mtime) }, defaults) };
      },
    });
  }
  return { kind: 'folder', source: dir, fingerprint: null, items, ignored };
}

function recordItems(
  records: { key: string; where: string; fields: Partial<Record<CmsField, unknown>> }[],
  source: string,
  defaults: ImportDefaults,
): ImportItem[] {
  return records.map((r) => ({
    key: r.key,
    load: async () =>
      cmsArticle(r.fields, r.where, defaults, (id) => (id ? `cms:${defaults.outlet || basename(source)}:${id}` : `${source}#${r.key}`)),
  }));
}

function planCsv(text: string, source: string, defaults: ImportDefaults): Result<ImportItem[]> {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) return fail('empty', `Tệp "${source}" không có dòng nào.`);
  const columns = mapColumns(header.cells);
  if (columns.body === undefined) {
    return fail(
      'no-body-column',
      `Tệp CSV "${basename(source)}" không có cột nội dung bài. Các cột Soát hiểu: ${KNOWN_COLUMNS}. Dòng tiêu đề của tệp: ${header.cells.join(' | ')}.`,
    );
  }
  const records = rows.slice(1).map((row) => {
    const fields: Partial<Record<CmsField, unknown>> = {};
    for (const [field, index] of Object.entries(columns) as [CmsField, number][]) fields[field] = row.cells[index] ?? '';
    return { key: `dòng ${row.line}`, where: `dòng ${row.line}`, fields };
  });
  return { ok: true, value: recordItems(records, source, defaults) };
}

/** The array of articles in a JSON export: the top level, or under a usual key. */
function jsonRecords(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    for (const key of ['articles', 'items', 'posts', 'data', 'results', 'rows', 'baiviet', 'bai_viet']) if (Array.isArray(o[key])) return o[key] as unknown[];
    const arrays = Object.values(o).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] as unknown[];
  }
  return null;
}

function planJson(text: string, source: string, defaults: ImportDefaults): Result<ImportItem[]> {
  let records: unknown[] | null;
  try {
    records = source.toLowerCase().endsWith('.ndjson') || source.toLowerCase().endsWith('.jsonl')
      ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown)
      : jsonRecords(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch (cause) {
    return fail('bad-json', `Tệp "${basename(source)}" không phải JSON hợp lệ: ${(cause as Error).message}`);
  }
  if (!records) return fail('bad-json', `Tệp "${basename(source)}" không chứa danh sách bài viết (một mảng các đối tượng).`);
  const items = records.map((record, i) => {
    const fields: Partial<Record<CmsField, unknown>> = {};
    if (record && typeof record === 'object' && !Array.isArray(record)) {
      const entries = Object.entries(record as Record<string, unknown>);
      const columns = mapColumns(entries.map(([k]) => k));
      for (const [field, index] of Object.entries(columns) as [CmsField, number][]) fields[field] = entries[index]![1];
    }
    return { key: `bài ${i + 1}`, where: `bài thứ ${i + 1}`, fields };
  });
  return { ok: true, value: recordItems(items, source, defaults) };
}

export async function planImport(sourcePath: string, defaults: ImportDefaults = {}): Promise<Result<ImportPlan>> {
  const source = resolve(sourcePath);
  const info = await stat(source).catch(() => null);
  if (!info) return fail('not-found', `Không tìm thấy "${sourcePath}".`);
  if (info.isDirectory()) {
    try {
      return { ok: true, value: await planFolder(source, defaults) };
    } catch (cause) {
      return fail('unreadable', `Không đọc được thư mục "${sourcePath}" (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`);
    }
  }
  const extension = extname(source).toLowerCase();
  if (!['.csv', '.tsv', '.json', '.ndjson', '.jsonl'].includes(extension)) {
    return fail(
      'unsupported-type',
      `Không nhập được "${basename(source)}": hãy đưa một thư mục bài viết (.txt, .docx, .md), hoặc tệp xuất từ hệ thống quản trị nội dung (.csv, .json). Muốn lưu một bài: soat article add TỆP.`,
    );
  }
  const bytes = await readFile(source).catch(() => null);
  if (!bytes) return fail('unreadable', `Không đọc được tệp "${sourcePath}".`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.error.code, `${basename(source)}: ${decoded.error.message}`);
  const items = extension === '.csv' || extension === '.tsv' ? planCsv(decoded.text, source, defaults) : planJson(decoded.text, source, defaults);
  if (!items.ok) return items;
  return { ok: true, value: { kind: extension.startsWith('.json') || extension === '.ndjson' ? 'json' : 'csv', source, fingerprint: contentHash(decoded.text), items: items.value, ignored: [] } };
}
