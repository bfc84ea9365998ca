// The audit view's schemas and the services' types describe the same data: this file stops
// compiling (npm run typecheck) when one changes without the other; the test checks a real report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail as ServiceDetail, ArticleFilter as ServiceFilter, ArticleSummary as ServiceSummary } from '../services/articles/articleTypes.ts';
import { fakeChecker, fakeLibraryDirective } from '../services/articles/fakeChecker.testkit.ts';
import { openArticleStore } from '../services/articles/openArticleStore.ts';
import type { AuditReport as ServiceReport } from '../services/audit/auditTypes.ts';
import { ArticleDetailSchema, ArticleListSchema, AuditReportSchema, type ArticleDetail, type ArticleFilter, type ArticleSummary, type AuditReport } from './auditSchemas.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [Same<AuditReport, ServiceReport>, Same<ArticleSummary, ServiceSummary>, Same<ArticleDetail, ServiceDetail>] = [true, true, true];
// The page may send any filter the service takes (the service's optional outlet is a string).
const filter: ServiceFilter = {} as ArticleFilter;

describe('audit schemas', () => {
  it('accept what the services answer', () => {
    expect(checks && filter).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'soat-audit-schemas-'));
    const store = openArticleStore(join(dir, 'soat.db'));
    if (!store.ok) throw new Error(store.error.message);
    store.value.add({ title: 'Bài', publishedOn: '2024-06-05', text: '[cover A#1] [miss A#2] [figure-mismatch 1%>2%]', outlet: 'Báo X' }, fakeChecker);
    store.value.resolve(1, 1, { resolution: 'dismissed', reason: 'lý do', by: 'Lan' });
    store.value.update(1, { text: '[cover A#1] [cover A#2]' }, fakeChecker);
    expect(AuditReportSchema.parse(store.value.audit({ month: '2024-06' }, [fakeLibraryDirective('A', ['1', '2'])])).totals.articles).toBe(1);
    expect(ArticleListSchema.parse(store.value.list({ month: '2024-06' })).total).toBe(1);
    expect(ArticleDetailSchema.parse(store.value.get(1)).versions).toHaveLength(2);
    store.value.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
