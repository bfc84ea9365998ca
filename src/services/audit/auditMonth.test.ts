// The month audit on a small month built by hand: every number below can be counted from the
// table of articles, and every cell opens the articles it counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeChecker, fakeLibraryDirective } from '../articles/fakeChecker.testkit.ts';
import type { ArticleStore } from '../articles/openArticleStore.ts';
import { tempArticleStore, type TempArticleStore } from '../articles/tempArticleStore.testkit.ts';

const directives = [
  fakeLibraryDirective('A', ['1', '2', '3']),
  // In force from the 20th: it counts for June.
  fakeLibraryDirective('B', ['1', '2'], { from: '2024-06-20', to: '2024-12-31' }),
  // Ended in May: not part of June's audit.
  fakeLibraryDirective('C', ['1'], { from: '2024-01-01', to: '2024-05-31' }),
];

//  id  date        week  outlet   covers         conflicts
const ARTICLES = [
  ['2024-06-03', 'Báo X', '[cover A#1] [miss A#2] [miss A#3] [figure-mismatch 1,1%>2,2%]'], // 1: dismissed below
  ['2024-06-05', 'Báo Y', '[cover A#1] [cover A#2] [miss A#3] [quote-mismatch a b>c d]'], // 2
  ['2024-06-12', 'Báo X', '[cover A#1] [figure-mismatch 3,3%>4,4%] [figure-format 5.66%>5,66%]'], // 3: mismatch fixed by v2
  ['2024-06-21', 'Báo X', '[cover B#1] [miss B#2] [citation-mismatch 12-KH>15-KH]'], // 4
  ['2024-06-30', 'Báo Y', '[cover A#1] [cover B#1]'], // 5
  ['2024-05-31', 'Báo X', '[cover A#3] [figure-mismatch 9>8]'], // 6: May
  ['2024-07-01', 'Báo Y', '[cover A#3] [cover B#2]'], // 7: July
] as const;

let temp: TempArticleStore;
let store: ArticleStore;

beforeAll(() => {
  temp = tempArticleStore('audit');
  ({ store } = temp);
  ARTICLES.forEach(([publishedOn, outlet, text], i) => {
    const saved = store.add({ title: `Bài ${i + 1}`, publishedOn, outlet, text }, fakeChecker);
    if (!saved.ok) throw new Error(saved.error.message);
  });
  store.resolve(1, 1, { resolution: 'dismissed', reason: 'số liệu của tỉnh', by: 'Lan' });
  store.signOff(1, 'Lan');
  // Article 3 is rewritten: the mismatch is gone (fixed by the text), the format warning stays.
  store.update(3, { text: '[cover A#1] [figure-format 5.66%>5,66%]' }, fakeChecker, 'Hùng');
});
afterAll(() => {
  temp.close();
});

describe('the month audit of June 2024', () => {
  it('rows of the heat map: required themes of the directives in force that month, per week', () => {
    const june = store.audit({ month: '2024-06' }, directives);
    expect(june.weeks.map((w) => [w.week, w.from, w.to])).toEqual([
      [1, '2024-06-01', '2024-06-07'],
      [2, '2024-06-08', '2024-06-14'],
      [3, '2024-06-15', '2024-06-21'],
      [4, '2024-06-22', '2024-06-28'],
      [5, '2024-06-29', '2024-06-30'],
    ]);
    expect(june.themes.map((t) => [t.id, t.byWeek, t.articles])).toEqual([
      ['A#1', [2, 1, 0, 0, 1], 4],
      ['A#2', [1, 0, 0, 0, 0], 1],
      ['A#3', [0, 0, 0, 0, 0], 0],
      ['B#1', [0, 0, 1, 0, 1], 2],
      ['B#2', [0, 0, 0, 0, 0], 0],
    ]);
    expect(june.uncovered).toEqual(['A#3', 'B#2']);
    expect(june.directives.map((d) => [d.id, d.articles, d.coveredThemes, d.requiredThemes])).toEqual([
      ['A', 4, 2, 3],
      ['B', 2, 1, 2],
    ]);
  });

  it('conflicts by kind: each once at its last appearance; fixed by a new text counts as resolved', () => {
    const june = store.audit({ month: '2024-06' }, directives);
    const byKind = Object.fromEntries(june.conflicts.map((c) => [c.kind, [c.found, c.fixed, c.dismissed, c.open]]));
    expect(byKind).toEqual({
      'figure-mismatch': [2, 1, 1, 0],
      'figure-direction': [0, 0, 0, 0],
      'figure-rounded': [0, 0, 0, 0],
      'figure-format': [1, 0, 0, 1],
      'quote-mismatch': [1, 0, 0, 1],
      'citation-mismatch': [1, 0, 0, 1],
    });
    expect(june.conflicts[0]!.label).toBe('Số liệu sai');
  });

  it('articles with open errors, the weekly trend and the totals', () => {
    const june = store.audit({ month: '2024-06' }, directives);
    expect(june.openErrorArticles.map((a) => [a.id, a.openErrors])).toEqual([
      [2, 1],
      [4, 1],
    ]);
    expect(june.trend.map((w) => [w.week, w.articles, w.conflicts, w.resolved, w.open, w.themesCovered])).toEqual([
      [1, 2, 2, 1, 1, 2],
      [2, 1, 2, 1, 1, 1],
      [3, 1, 1, 0, 1, 1],
      [4, 0, 0, 0, 0, 0],
      [5, 1, 0, 0, 0, 2],
    ]);
    expect(june.totals).toEqual({ articles: 5, signed: 1, withOpenErrors: 2, conflicts: 5, resolved: 2, open: 3, requiredThemes: 5, coveredThemes: 3 });
    expect(june.outlets).toEqual(['Báo X', 'Báo Y']);
    expect(june.months).toEqual(['2024-07', '2024-06', '2024-05']);
  });

  it('one outlet', () => {
    const x = store.audit({ month: '2024-06', outlet: 'Báo X' }, directives);
    expect(x.totals.articles).toBe(3);
    expect(x.themes.find((t) => t.id === 'A#1')!.byWeek).toEqual([1, 1, 0, 0, 0]);
    expect(x.uncovered).toEqual(['A#2', 'A#3', 'B#2']);
    expect(x.openErrorArticles.map((a) => a.id)).toEqual([4]);
  });

  it('another month has its own directives and articles', () => {
    const may = store.audit({ month: '2024-05' }, directives);
    expect(may.directives.map((d) => d.id)).toEqual(['A', 'C']);
    expect(may.totals.articles).toBe(1);
    expect(may.themes.find((t) => t.id === 'A#3')!.articles).toBe(1);
    const february = store.audit({ month: '2024-02' }, directives);
    expect(february.weeks).toHaveLength(5);
    expect(february.weeks[4]).toEqual({ week: 5, from: '2024-02-29', to: '2024-02-29' });
    expect(february.totals.articles).toBe(0);
  });
});

describe('every cell leads to its articles', () => {
  const ids = (filter: Parameters<ArticleStore['list']>[0]): number[] => store.list(filter).articles.map((a) => a.id);

  it.each([
    ['theme A#1, week 1', { month: '2024-06', themeId: 'A#1', week: 1 }, [2, 1]],
    ['theme B#1, the month', { month: '2024-06', themeId: 'B#1' }, [5, 4]],
    ['figure mismatches resolved', { month: '2024-06', kind: 'figure-mismatch', findingState: 'resolved' }, [3, 1]],
    ['figure mismatches open', { month: '2024-06', kind: 'figure-mismatch', findingState: 'open' }, []],
    ['quotes open', { month: '2024-06', kind: 'quote-mismatch', findingState: 'open' }, [2]],
    ['open errors', { month: '2024-06', openErrors: true }, [4, 2]],
    ['signed', { month: '2024-06', status: 'signed' }, [1]],
    ['Báo Y in June', { month: '2024-06', outlet: 'Báo Y' }, [5, 2]],
  ] as const)('%s', (_name, filter, expected) => {
    expect(ids(filter as Parameters<ArticleStore['list']>[0])).toEqual(expected);
  });
});
