import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeChecker } from '../fakeChecker.testkit.ts';
import type { ArticleStore } from '../openArticleStore.ts';
import { tempArticleStore, type TempArticleStore } from '../tempArticleStore.testkit.ts';
import type { ImportProgress } from './runImport.ts';

let temp: TempArticleStore;
let dir: string;
let store: ArticleStore;

beforeEach(() => {
  temp = tempArticleStore('import');
  ({ dir, store } = temp);
});
afterEach(() => {
  temp.close();
});

function folder(count: number): string {
  const path = join(dir, 'bai');
  mkdirSync(join(path, 'thoi-su'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(path, i % 2 ? '' : 'thoi-su', `2024-06-${String(i).padStart(2, '0')}-bai-${i}.txt`), `Bài số ${i}\n\n[cover A#1] [figure-mismatch ${i},1%>${i},2%]`);
  }
  writeFileSync(join(path, 'anh.jpg'), 'jpeg');
  writeFileSync(join(path, 'cu.doc'), 'word 97');
  writeFileSync(join(path, 'rong.txt'), '');
  return path;
}

describe('importing a folder', () => {
  it('checks and stores every article, lists the files it could not read and ignores the rest', async () => {
    const progress: ImportProgress[] = [];
    const result = await store.importFrom(folder(6), fakeChecker, { defaults: { outlet: 'Báo X' }, onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ kind: 'folder', total: 8, added: 6, updated: 0, unchanged: 0, resumed: false, cancelled: false, ignored: ['anh.jpg'] });
    expect(result.value.failed).toEqual([
      { key: 'cu.doc', message: expect.stringContaining('Word 97-2003 (.doc)') },
      { key: 'rong.txt', message: expect.stringContaining('Tệp rỗng') },
    ]);
    const list = store.list({ month: '2024-06' });
    expect(list.total).toBe(6);
    expect(list.articles.find((a) => a.title === 'Bài số 2')).toMatchObject({ publishedOn: '2024-06-02', outlet: 'Báo X', openErrors: 1 });
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.at(-1)).toMatchObject({ total: 8, failed: 2, added: 6 });
    expect(progress[1]!.remainingMs).toBeGreaterThanOrEqual(0);
  });

  it('cancel stops between articles; the same import again resumes where it stopped', async () => {
    const source = folder(6);
    const controller = new AbortController();
    const first = await store.importFrom(source, fakeChecker, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 3) controller.abort();
      },
    });
    expect(first).toMatchObject({ ok: true, value: { cancelled: true, added: 3 } });
    const before = store.list().articles.map((a) => a.id).sort();

    const second = await store.importFrom(source, fakeChecker);
    expect(second).toMatchObject({ ok: true, value: { resumed: true, alreadyDone: 3, added: 6, cancelled: false } });
    expect(store.list().total).toBe(6);
    // Nothing imported twice, nothing imported before lost.
    expect(store.list().articles.map((a) => a.id).sort()).toEqual(expect.arrayContaining(before));
  });

  it('a finished import run again adds nothing; a changed file becomes a new version', async () => {
    const source = folder(3);
    await store.importFrom(source, fakeChecker);
    writeFileSync(join(source, '2024-06-01-bai-1.txt'), 'Bài số 1\n\n[cover A#1]');
    const again = await store.importFrom(source, fakeChecker);
    expect(again).toMatchObject({ ok: true, value: { resumed: false, added: 0, updated: 1, unchanged: 2 } });
    expect(store.list().articles.find((a) => a.title === 'Bài số 1')).toMatchObject({ version: 2, openErrors: 0 });
  });

  it('does not disturb an import another live process is running', async () => {
    const source = folder(2);
    const db = new Database(join(dir, 'soat.db'));
    db.prepare(
      `INSERT INTO import_jobs (source, source_kind, status, total, defaults, pid, started_at, updated_at) VALUES (?, 'folder', 'running', 4, '{}', ?, ?, ?)`,
    ).run(source, process.ppid, new Date().toISOString(), new Date().toISOString());
    db.close();
    const result = await store.importFrom(source, fakeChecker);
    expect(result.ok || result.error.code).toBe('import-busy');
  });
});

describe('importing a CMS export', () => {
  it('CSV with Vietnamese columns, ";" and quoted line breaks', async () => {
    const csv = join(dir, 'xuat.csv');
    writeFileSync(
      csv,
      '\uFEFFMã;Tiêu đề;Ngày đăng;Tác giả;Chuyên mục;Nội dung\r\n' +
        '101;Kinh tế tháng 6;05/06/2024;Minh Anh;Kinh tế;"Đoạn 1 [cover A#1]\r\nĐoạn 2 [figure-mismatch 5,86%>5,66%]"\r\n' +
        '102;Không ngày;;An;Xã hội;Nội dung\r\n' +
        '103;Văn hóa;2024-06-20;Hà;Văn hóa;<p>Bài <b>HTML</b> [cover A#2]</p>\r\n',
    );
    const result = await store.importFrom(csv, fakeChecker, { defaults: { outlet: 'Báo Bình Phước' } });
    expect(result).toMatchObject({ ok: true, value: { kind: 'csv', total: 3, added: 2 } });
    if (!result.ok) return;
    // The second record starts on line 4: the first one's body spans lines 2 and 3.
    expect(result.value.failed).toEqual([{ key: 'dòng 4', message: expect.stringContaining('dòng 4: không có ngày đăng') }]);
    const first = store.get(store.list({ month: '2024-06' }).articles.find((a) => a.title === 'Kinh tế tháng 6')!.id)!;
    expect(first).toMatchObject({ author: 'Minh Anh', section: 'Kinh tế', outlet: 'Báo Bình Phước', origin: 'cms:Báo Bình Phước:101', openErrors: 1 });
    expect(first.text).toBe('Đoạn 1 [cover A#1]\r\nĐoạn 2 [figure-mismatch 5,86%>5,66%]');
    expect(store.list().articles.find((a) => a.title === 'Văn hóa')).toBeDefined();
  });

  it('JSON: an array under "data", English keys', async () => {
    const json = join(dir, 'xuat.json');
    writeFileSync(
      json,
      JSON.stringify({ data: [{ title: 'A', published_at: '2024-06-03T08:00:00+07:00', author: 'X', category: 'Thời sự', content: 'Nội dung [cover A#1]', url: 'https://bao/a' }, { title: 'B' }] }),
    );
    const result = await store.importFrom(json, fakeChecker);
    expect(result).toMatchObject({ ok: true, value: { kind: 'json', total: 2, added: 1, failed: [{ key: 'bài 2' }] } });
  });

  it.each([
    ['khong-co', 'Không tìm thấy'],
    ['bai.xlsx', 'hãy đưa một thư mục bài viết'],
  ])('refuses %s', async (name, message) => {
    if (name.endsWith('.xlsx')) writeFileSync(join(dir, name), 'x');
    const result = await store.importFrom(join(dir, name), fakeChecker);
    expect(result.ok || result.error.message).toContain(message);
  });

  it('a CSV without a body column names the columns it understands', async () => {
    writeFileSync(join(dir, 'x.csv'), 'tên,lượt xem\na,1\n');
    const result = await store.importFrom(join(dir, 'x.csv'), fakeChecker);
    expect(result.ok || result.error.message).toContain('không có cột nội dung bài');
  });

  it('a bad JSON file is refused with the reason', async () => {
    writeFileSync(join(dir, 'x.json'), '{ "data": [');
    const result = await store.importFrom(join(dir, 'x.json'), fakeChecker);
    expect(result.ok || result.error.message).toContain('không phải JSON hợp lệ');
  });
});
