import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/openLibrary.ts';
import { fakeChecker } from './fakeChecker.testkit.ts';
import { openArticleStore, type ArticleStore } from './openArticleStore.ts';
import { tempArticleStore, type TempArticleStore } from './tempArticleStore.testkit.ts';

let temp: TempArticleStore;
let dir: string;
let store: ArticleStore;
let clock = 0;

beforeEach(() => {
  clock = 0;
  temp = tempArticleStore('articles', { now: () => new Date(Date.UTC(2024, 5, 10, 8, clock++)) });
  ({ dir, store } = temp);
});
afterEach(() => {
  temp.close();
});

const DRAFT = 'Bài về kinh tế. [figure-mismatch 5,86%>5,66%] và [figure-direction giảm 4,5%>tăng 4,5%]. [cover A#1] [miss A#2]';

function add(text = DRAFT, extra: { origin?: string; title?: string; publishedOn?: string } = {}) {
  const saved = store.add({ title: 'Kinh tế tháng 6', publishedOn: '2024-06-05', text, outlet: 'Báo Bình Phước', ...extra }, fakeChecker);
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value;
}

describe('saving an article', () => {
  it('stores the text, its findings, themes and directives as version 1', () => {
    const { article, change } = add();
    expect(change).toBe('added');
    expect(article).toMatchObject({ id: 1, version: 1, status: 'open', openErrors: 2, openWarnings: 1, outlet: 'Báo Bình Phước' });
    const detail = store.get(article.id)!;
    expect(detail.text).toBe(DRAFT);
    expect(detail.findings.map((f) => [f.position, f.kind, f.actual, f.resolution])).toEqual([
      [1, 'figure-mismatch', '5,86%', null],
      [2, 'figure-direction', 'giảm 4,5%', null],
      [3, 'theme-missing', '', null],
    ]);
    expect(DRAFT.slice(detail.findings[0]!.start, detail.findings[0]!.end)).toBe('5,86%');
    expect(detail.themes.map((t) => [t.id, t.covered, t.evidence])).toEqual([
      ['A#1', true, '[cover A#1]'],
      ['A#2', false, null],
    ]);
    expect(detail.directives.map((d) => d.id)).toEqual(['A']);
    expect(detail.versions).toHaveLength(1);
  });

  it.each([
    [{ title: '  ' }, 'cần có tiêu đề'],
    [{ publishedOn: '2024-02-30' }, 'Ngày đăng "2024-02-30" không hợp lệ'],
    [{ publishedOn: '05/06/2024' }, 'NĂM-THÁNG-NGÀY'],
  ])('refuses %o', (extra, message) => {
    const saved = store.add({ title: 'Bài', publishedOn: '2024-06-05', text: DRAFT, ...extra }, fakeChecker);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.message).toContain(message);
    expect(store.list().total).toBe(0);
  });

  it('refuses an empty text', () => {
    const saved = store.add({ title: 'Bài', publishedOn: '2024-06-05', text: ' \n ' }, fakeChecker);
    expect(saved.ok || saved.error.message).toBe('Bài viết không có nội dung.');
  });

  it('the same origin again is a new version when the text changed, and nothing when it did not', () => {
    add(DRAFT, { origin: '/bai/a.txt' });
    expect(add(DRAFT, { origin: '/bai/a.txt' }).change).toBe('unchanged');
    const again = add(DRAFT.replace('5,86%', '5,66%'), { origin: '/bai/a.txt' });
    expect(again).toMatchObject({ change: 'updated', article: { id: 1, version: 2 } });
    expect(store.list().total).toBe(1);
  });
});

describe('resolving findings and signing off', () => {
  it('a dismissal needs a reason; resolved errors let the checklist be signed, once', () => {
    const { article } = add();
    const noReason = store.resolve(article.id, 1, { resolution: 'dismissed', reason: ' ', by: 'Lan' });
    expect(noReason.ok || noReason.error.message).toContain('cần ghi lý do');
    expect(store.signOff(article.id, 'Lan')).toMatchObject({ ok: false, error: { code: 'open-errors' } });

    expect(store.resolve(article.id, 1, { resolution: 'dismissed', reason: 'số liệu của tỉnh', by: 'Lan' })).toMatchObject({
      ok: true,
      value: { resolution: 'dismissed', reason: 'số liệu của tỉnh', resolvedBy: 'Lan' },
    });
    expect(store.get(article.id)).toMatchObject({ status: 'open', openErrors: 1 });
    store.resolve(article.id, 'figure-direction:' + DRAFT.indexOf('giảm') + ':' + (DRAFT.indexOf('giảm') + 'giảm 4,5%'.length) + ':tăng 4,5%', { resolution: 'fixed', by: 'Lan' });
    expect(store.get(article.id)).toMatchObject({ status: 'resolved', openErrors: 0, openWarnings: 1 });

    expect(store.signOff(article.id, '  ')).toMatchObject({ ok: false, error: { code: 'invalid-signoff' } });
    expect(store.signOff(article.id, 'Trần Thị Lan')).toMatchObject({ ok: true, value: { version: 1, name: 'Trần Thị Lan' } });
    expect(store.get(article.id)).toMatchObject({ status: 'signed', signOff: { name: 'Trần Thị Lan', version: 1 } });
    expect(store.signOff(article.id, 'Lan')).toMatchObject({ ok: false, error: { code: 'already-signed' } });
    expect(store.resolve(article.id, 3, { resolution: 'fixed', by: 'Lan' })).toMatchObject({ ok: false, error: { code: 'signed' } });
  });

  it('names a missing article or finding', () => {
    add();
    expect(store.resolve(9, 1, { resolution: 'fixed', by: 'Lan' })).toMatchObject({ ok: false, error: { message: 'Không có bài viết số 9.' } });
    expect(store.resolve(1, 7, { resolution: 'fixed', by: 'Lan' })).toMatchObject({ ok: false, error: { code: 'finding-not-found' } });
    expect(store.signOff(9, 'Lan')).toMatchObject({ ok: false, error: { code: 'article-not-found' } });
  });

  it('reopening a finding puts the article back to open', () => {
    const { article } = add();
    store.resolve(article.id, 1, { resolution: 'fixed', by: 'Lan' });
    store.resolve(article.id, 2, { resolution: 'fixed', by: 'Lan' });
    expect(store.get(article.id)!.status).toBe('resolved');
    store.resolve(article.id, 2, { resolution: null, by: 'Lan' });
    expect(store.get(article.id)).toMatchObject({ status: 'open', openErrors: 1 });
  });
});

describe('a changed text is checked again and the history kept', () => {
  it('dismissals carry over, gone findings are fixed by the text, a "fixed" finding still there is open again', () => {
    const { article } = add();
    store.resolve(article.id, 1, { resolution: 'dismissed', reason: 'số liệu của tỉnh', by: 'Lan' });
    store.resolve(article.id, 2, { resolution: 'fixed', by: 'Lan' });
    store.signOff(article.id, 'Lan');
    // The editor rewrites: the dismissed figure stays, the direction error stays (it was not really
    // fixed), theme A#2 is now covered, and a new quote error appears.
    const text = `Mở đầu mới. ${DRAFT.replace('[miss A#2]', '[cover A#2] [quote-mismatch Đảng quang vinh>Đảng Cộng sản Việt Nam quang vinh]')}`;
    const updated = store.update(article.id, { text }, fakeChecker, 'Hùng');
    expect(updated).toMatchObject({ ok: true, value: { change: 'updated', article: { version: 2, status: 'open', openErrors: 2 } } });

    const detail = store.get(article.id)!;
    expect(detail.findings.map((f) => [f.kind, f.resolution, f.reason])).toEqual([
      ['figure-mismatch', 'dismissed', 'số liệu của tỉnh'],
      ['figure-direction', null, null],
      ['quote-mismatch', null, null],
    ]);
    expect(text.slice(detail.findings[0]!.start, detail.findings[0]!.end)).toBe('5,86%');
    expect(detail.signOff).toBeNull();
    expect(detail.signOffs).toEqual([expect.objectContaining({ version: 1, name: 'Lan' })]);
    expect(detail.versions.map((v) => [v.version, v.reason])).toEqual([
      [1, 'new'],
      [2, 'text'],
    ]);
    // Version 1's findings: the two that persist point at their copies; the theme that is now
    // covered was fixed by the new text, by the person who changed it.
    const byKind = Object.fromEntries(detail.history.map((f) => [f.kind, f]));
    expect(byKind['figure-mismatch']!.supersededBy).toBe(detail.findings[0]!.id);
    expect(byKind['figure-direction']!.supersededBy).toBe(detail.findings[1]!.id);
    expect(byKind['theme-missing']).toMatchObject({ supersededBy: null, resolution: 'fixed', resolvedBy: 'Hùng', reason: 'Không còn trong phiên bản 2.' });
  });

  it('a new publication date is a new version; a new title alone is not', () => {
    const { article } = add();
    expect(store.update(article.id, { title: 'Tiêu đề mới' }, fakeChecker)).toMatchObject({ ok: true, value: { change: 'updated', article: { version: 1, title: 'Tiêu đề mới' } } });
    expect(store.update(article.id, { publishedOn: '2024-07-01' }, fakeChecker)).toMatchObject({ ok: true, value: { article: { version: 2, publishedOn: '2024-07-01' } } });
    expect(store.get(article.id)!.versions.map((v) => v.reason)).toEqual(['new', 'date']);
    expect(store.update(article.id, { text: DRAFT }, fakeChecker)).toMatchObject({ ok: true, value: { change: 'unchanged' } });
    expect(store.update(42, { title: 'x' }, fakeChecker)).toMatchObject({ ok: false, error: { code: 'article-not-found' } });
  });
});

describe('the store and the library share one database file', () => {
  it('opens beside a library and both see their tables', async () => {
    const path = join(dir, 'shared.db');
    const library = await openLibrary(path, { seedFrom: null });
    const shared = openArticleStore(path);
    expect(library.ok && shared.ok).toBe(true);
    if (!library.ok || !shared.ok) return;
    shared.value.add({ title: 'Bài', publishedOn: '2024-06-05', text: DRAFT }, fakeChecker);
    expect(library.value.list()).toEqual([]);
    expect(shared.value.list().total).toBe(1);
    shared.value.close();
    library.value.close();
  });
});
