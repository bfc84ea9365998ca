// The desktop app's article use cases on a real article store: a draft saved as an article and
// again as new versions (text, then only the directives chosen), findings resolved by key, the
// checklist signed off only once no error is open, every refusal in words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeReport } from '../articles/fakeChecker.testkit.ts';
import type { ArticleStore } from '../articles/openArticleStore.ts';
import { tempArticleStore, type TempArticleStore } from '../articles/tempArticleStore.testkit.ts';
import { createArticleDesk, type ArticleDesk } from './articleDesk.ts';
import type { CheckService } from './checkService.ts';

/** fakeReport, with the directives the editor chose reported as given (as core does). */
const fakeChecks: CheckService = {
  check(text, { date, directives = [] }) {
    const report = fakeReport(text, date);
    const given = directives.map((id) => ({ id, number: id, title: null, kind: 'HD', inForce: true, score: 1, reason: 'given' as const, considered: true }));
    return { ...report, directives: [...report.directives, ...given] };
  },
  suggestDirectives: () => [],
  invalidate: () => undefined,
};

const TEXT = 'Bài thử\n\n[cover A#1] [figure-mismatch 5,86%>5,66%] [figure-rounded 5,7%>5,66%]';
const DATE = '2024-06-05';

let temp: TempArticleStore;
let store: ArticleStore;
let desk: ArticleDesk;

beforeEach(() => {
  temp = tempArticleStore('desk');
  ({ store } = temp);
  desk = createArticleDesk(() => ({ ok: true, value: store }), fakeChecks, 'Lan');
});
afterEach(() => {
  temp.close();
});

function saved(request: Parameters<ArticleDesk['saveArticle']>[0]) {
  const result = desk.saveArticle(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('saving the draft as an article', () => {
  it('a new article with its data; saving again stores a version only when something changed', () => {
    const first = saved({ articleId: null, text: TEXT, date: DATE, directives: [], title: 'Bài thử', outlet: 'Báo X', section: 'Kinh tế', author: 'Minh' });
    expect(first).toMatchObject({ change: 'added', article: { id: 1, version: 1, title: 'Bài thử', outlet: 'Báo X', status: 'open', openErrors: 1 } });
    expect(first.article.findings.map((f) => f.kind)).toEqual(['figure-mismatch', 'figure-rounded']);

    expect(saved({ articleId: 1, text: TEXT, date: DATE, directives: [] }).change).toBe('unchanged');
    const edited = saved({ articleId: 1, text: `${TEXT} Thêm câu.`, date: DATE, directives: [] });
    expect(edited).toMatchObject({ change: 'updated', article: { version: 2, title: 'Bài thử', outlet: 'Báo X' } });

    // Only the directives chosen changed: checked again as a new version, the choice kept.
    const chosen = saved({ articleId: 1, text: `${TEXT} Thêm câu.`, date: DATE, directives: ['B'] });
    expect(chosen).toMatchObject({ change: 'updated', article: { version: 3 } });
    expect(chosen.article.versions.at(-1)?.reason).toBe('recheck');
    expect(chosen.article.directives.filter((d) => d.reason === 'given').map((d) => d.id)).toEqual(['B']);
    expect(saved({ articleId: 1, text: `${TEXT} Thêm câu.`, date: DATE, directives: ['B'] }).change).toBe('unchanged');
  });

  it('refuses in words: no title, an empty draft, an article that is not there', () => {
    expect(desk.saveArticle({ articleId: null, text: TEXT, date: DATE, directives: [], title: '  ' })).toMatchObject({ ok: false, error: { message: 'Bài viết cần có tiêu đề.' } });
    expect(desk.saveArticle({ articleId: null, text: ' ', date: DATE, directives: [], title: 'T' })).toMatchObject({ ok: false, error: { message: 'Bài viết không có nội dung.' } });
    expect(desk.saveArticle({ articleId: 9, text: TEXT, date: DATE, directives: [] })).toMatchObject({ ok: false, error: { message: 'Không có bài viết số 9.' } });
  });
});

describe('resolving findings and signing off', () => {
  it('dismiss needs a reason; a dismissal and a reopening answer the article as it stands', () => {
    const { article } = saved({ articleId: null, text: TEXT, date: DATE, directives: [], title: 'Bài thử' });
    const error = article.findings.find((f) => f.severity === 'error')!;
    expect(desk.resolveFinding(1, error.key, { resolution: 'dismissed', reason: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid-decision' } });
    const dismissed = desk.resolveFinding(1, error.key, { resolution: 'dismissed', reason: 'số liệu của tỉnh' });
    expect(dismissed.ok && dismissed.value.findings.find((f) => f.key === error.key)).toMatchObject({ resolution: 'dismissed', reason: 'số liệu của tỉnh', resolvedBy: 'Lan' });
    expect(dismissed.ok && dismissed.value).toMatchObject({ status: 'resolved', openErrors: 0 });
    const reopened = desk.resolveFinding(1, error.key, { resolution: null });
    expect(reopened.ok && reopened.value).toMatchObject({ status: 'open', openErrors: 1 });
    expect(desk.resolveFinding(1, 'không-có', { resolution: 'fixed' })).toMatchObject({ ok: false, error: { code: 'finding-not-found' } });
  });

  it('sign-off is refused while an error is open, then signed with the name', () => {
    const { article } = saved({ articleId: null, text: TEXT, date: DATE, directives: [], title: 'Bài thử', outlet: 'Báo X' });
    expect(desk.signOffArticle(1, 'Trần Thị Lan')).toEqual({
      ok: false,
      error: { code: 'open-errors', message: 'Bài 1 còn 1 lỗi chưa xử lý: hãy sửa hoặc bỏ qua (có lý do) từng lỗi trước khi ký duyệt.' },
    });
    desk.resolveFinding(1, article.findings[0]!.key, { resolution: 'fixed' });
    const signed = desk.signOffArticle(1, 'Trần Thị Lan');
    expect(signed.ok && signed.value).toMatchObject({ status: 'signed', signOff: { version: 1, name: 'Trần Thị Lan' } });
    expect(desk.articleOutlets()).toEqual({ ok: true, value: ['Báo X'] });
  });
});
