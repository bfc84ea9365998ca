// Test helper: a small real month — June 2024 — in a fresh database: the sample library, labelled
// drafts checked by the real checker and saved as articles of two outlets, with a dismissal, a fix,
// a sign-off and a rewritten text, so the exports and views have every kind of row to show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../src/services/articles/createChecker.ts';
import { openArticleStore, type ArticleStore } from '../../src/services/articles/openArticleStore.ts';
import { openLibrary, type Library } from '../../src/services/library/openLibrary.ts';

const evalDir = join(import.meta.dirname, '../fixtures/eval');

export const SAMPLE_ARTICLES = [
  { file: '07-bp-tang-truong-sai-gdp', outlet: 'Báo Bình Phước', section: 'Kinh tế', author: 'Minh Anh' },
  { file: '10-bp-doanh-nghiep-sai', outlet: 'Báo Bình Phước', section: 'Kinh tế', author: 'Hoàng Nam' },
  { file: '11-bp-ha-tang-sai', outlet: 'Báo Bình Phước', section: 'Xã hội', author: 'Thu Hà' },
  { file: '01-bp-kinh-te-4-thang', outlet: 'Báo Bình Phước', section: 'Kinh tế', author: 'Minh Anh' },
  { file: '13-bp-xuat-khau-lam-tron', outlet: 'Đài PT-TH Bình Phước', section: 'Thời sự', author: 'Quốc Việt' },
  { file: '14-lc-bao-cao-vien-dinh-dang', outlet: 'Đài PT-TH Bình Phước', section: 'Thời sự', author: 'Lan Chi' },
  { file: '20-bp-van-hoa-liem-chinh-cum-tu-sai', outlet: 'Báo Bình Phước', section: 'Văn hóa', author: 'Thu Hà' },
  { file: '24-bp-so-ket-tuyen-giao-sai-trich-dan', outlet: 'Đài PT-TH Bình Phước', section: 'Thời sự', author: 'Quốc Việt' },
] as const;

export interface SampleMonth {
  library: Library;
  store: ArticleStore;
  /** The article with a dismissed figure, a fixed direction error and a sign-off. */
  signedId: number;
  /** The article whose text was rewritten (two versions). */
  rewrittenId: number;
  close(): void;
}

export async function sampleMonth(dbPath: string): Promise<SampleMonth> {
  const library = await openLibrary(dbPath);
  if (!library.ok) throw new Error(library.error.message);
  const store = openArticleStore(dbPath);
  if (!store.ok) throw new Error(store.error.message);
  const checker = createChecker(library.value.directives());
  const ids: number[] = [];
  for (const a of SAMPLE_ARTICLES) {
    const text = readFileSync(join(evalDir, `${a.file}.txt`), 'utf8');
    const { date } = JSON.parse(readFileSync(join(evalDir, `${a.file}.json`), 'utf8')) as { date: string };
    const saved = store.value.add({ title: text.split('\n')[0]!.trim(), publishedOn: date, text, outlet: a.outlet, section: a.section, author: a.author, origin: a.file }, checker);
    if (!saved.ok) throw new Error(saved.error.message);
    ids.push(saved.value.article.id);
  }
  const signedId = ids[0]!;
  const first = store.value.get(signedId)!;
  const errors = first.findings.filter((f) => f.severity === 'error');
  store.value.resolve(signedId, errors[0]!.position, { resolution: 'dismissed', reason: 'Số liệu của tỉnh, không phải cả nước', by: 'Nguyễn Văn Hùng' });
  for (const f of errors.slice(1)) store.value.resolve(signedId, f.position, { resolution: 'fixed', by: 'Nguyễn Văn Hùng' });
  const signed = store.value.signOff(signedId, 'Trần Thị Lan');
  if (!signed.ok) throw new Error(signed.error.message);

  // The second article is corrected: its figures are rewritten to the approved ones.
  const rewrittenId = ids[1]!;
  const second = store.value.get(rewrittenId)!;
  let text = second.text;
  for (const f of [...second.findings].filter((x) => x.fix).sort((a, b) => b.start - a.start)) text = text.slice(0, f.fix!.start) + f.fix!.replacement + text.slice(f.fix!.end);
  const updated = store.value.update(rewrittenId, { text }, checker, 'Hoàng Nam');
  if (!updated.ok) throw new Error(updated.error.message);

  return {
    library: library.value,
    store: store.value,
    signedId,
    rewrittenId,
    close() {
      store.value.close();
      library.value.close();
    },
  };
}
