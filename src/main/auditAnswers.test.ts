// The audit view's answers behind the same gate as IPC: arguments and answers as the shared
// contract says, on a real library file with a few articles; exports that need no printer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeChecker } from '../services/articles/fakeChecker.testkit.ts';
import { openArticleStore } from '../services/articles/openArticleStore.ts';
import { openLibrary, type Library } from '../services/library/openLibrary.ts';
import { AuditChannel } from '../shared/auditChannels.ts';
import { answerIpc } from './answerIpc.ts';
import { auditAnswers } from './auditAnswers.ts';

const dir = mkdtempSync(join(tmpdir(), 'soat-audit-answers-'));
let library: Library;
const trusted = () => true;

beforeAll(async () => {
  const opened = await openLibrary(join(dir, 'soat.db'), { seedFrom: null });
  if (!opened.ok) throw new Error(opened.error.message);
  library = opened.value;
  const store = openArticleStore(library.path);
  if (!store.ok) throw new Error(store.error.message);
  store.value.add({ title: 'Bài một', publishedOn: '2024-06-05', text: '[figure-mismatch 5,86%>5,66%]', outlet: 'Báo X' }, fakeChecker);
  store.value.close();
});
afterAll(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit answers', () => {
  const answers = () => auditAnswers({ library: async () => library, printer: async () => ({ ok: false, error: { code: 'no-printer', message: 'Không có máy in.' } }) });

  it('the month, a cell, an article', async () => {
    const a = answers();
    const month = await answerIpc(AuditChannel.auditMonth, trusted, a[AuditChannel.auditMonth])('app://', [{ month: '2024-06', outlet: null }]);
    expect(month.ok && month.value.totals).toMatchObject({ articles: 1, withOpenErrors: 1, conflicts: 1 });
    const list = await answerIpc(AuditChannel.auditArticles, trusted, a[AuditChannel.auditArticles])('app://', [{ month: '2024-06', kind: 'figure-mismatch', findingState: 'open' }]);
    expect(list.ok && list.value.articles.map((x) => x.title)).toEqual(['Bài một']);
    const article = await answerIpc(AuditChannel.auditArticle, trusted, a[AuditChannel.auditArticle])('app://', [1]);
    expect(article.ok && article.value?.findings[0]?.actual).toBe('5,86%');
  });

  it('exports as a file name and bytes; a PDF without a printer is an expected failure', async () => {
    const a = answers();
    const checklist = await answerIpc(AuditChannel.exportChecklist, trusted, a[AuditChannel.exportChecklist])('app://', [1, 'md']);
    expect(checklist.ok && checklist.value.name).toBe('Phiếu kiểm tra tuân thủ bài 1.md');
    expect(checklist.ok && new TextDecoder().decode(checklist.value.bytes)).toMatch(/^# Phiếu kiểm tra tuân thủ/u);
    const xlsx = await answerIpc(AuditChannel.exportAudit, trusted, a[AuditChannel.exportAudit])('app://', [{ month: '2024-06', outlet: 'Báo X' }, 'xlsx']);
    expect(xlsx.ok && xlsx.value.name).toBe('Báo cáo tuân thủ tháng 6-2024 Báo X.xlsx');
    const pdf = await answerIpc(AuditChannel.exportAudit, trusted, a[AuditChannel.exportAudit])('app://', [{ month: '2024-06' }, 'pdf']);
    expect(pdf).toEqual({ ok: false, error: { code: 'no-printer', message: 'Không có máy in.' } });
  });

  it('refuses what the contract does not allow', async () => {
    const a = answers();
    await expect(answerIpc(AuditChannel.auditMonth, trusted, a[AuditChannel.auditMonth])('app://', [{ month: '2024-13' }])).rejects.toThrow('Tham số không hợp lệ');
    await expect(answerIpc(AuditChannel.exportAudit, trusted, a[AuditChannel.exportAudit])('app://', [{ month: '2024-06' }, 'html'])).rejects.toThrow('Tham số không hợp lệ');
  });
});
