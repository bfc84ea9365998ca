// The app's services on a real library file seeded with the sample directives: every edit the
// lead makes reaches the next check, imports go through a preview, the draft survives.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/openLibrary.ts';
import type { AppServices } from './createAppServices.ts';
import { openAppServices } from './openAppServices.ts';

const root = new URL('../../../', import.meta.url);
const sampleDraft = readFileSync(new URL('resources/samples/ban-thao-mau.txt', root), 'utf8');
const holdout = readFileSync(new URL('test/fixtures/holdout/directives/btgtw-185-hd-2024.txt', root));
const DATE = '2024-06-03';

let dir: string;
let services: AppServices;
let library: Library;

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soat-app-'));
  ({ services, library } = must(await openAppServices({ databasePath: join(dir, 'data', 'soat.db'), author: 'Lan' })));
}, 60_000);
afterAll(() => {
  library?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createAppServices', () => {
  it('a new library is seeded, listed and searchable without diacritics', () => {
    expect(services.listDirectives().length).toBe(5);
    const hits = services.searchDirectives('tuyen giao tinh uy binh phuoc');
    expect(hits.map((h) => h.id)).toContain('1383-CV/BTGTU');
  });

  it('checks a draft and suggests the directive it cites', () => {
    const report = services.checkDraft(sampleDraft, { date: DATE });
    expect(report.findings.some((f) => f.kind === 'figure-mismatch' && f.actual === '5,76%' && f.expected === '5,66%')).toBe(true);
    const suggested = services.suggestDirectives(sampleDraft, DATE);
    expect(suggested[0]).toMatchObject({ id: '1383-CV/BTGTU', reason: 'cited' });
  });

  it('an edited figure is what the next check expects', () => {
    const detail = services.getDirective('1383-CV/BTGTU')!;
    const gdp = detail.figures.find((f) => f.item.text === '5,66%')!;
    const edited = must(services.updateItem('1383-CV/BTGTU', 'figure', gdp.key, { text: '5,76%', value: 5.76 }));
    expect(edited.figures.find((f) => f.key === gdp.key)?.item.value).toBe(5.76);
    const report = services.checkDraft(sampleDraft, { date: DATE });
    expect(report.findings.some((f) => f.actual === '5,76%' && f.kind === 'figure-mismatch')).toBe(false);
    must(services.updateItem('1383-CV/BTGTU', 'figure', gdp.key, { text: '5,66%', value: 5.66 }));
    expect(services.checkDraft(sampleDraft, { date: DATE }).findings.some((f) => f.actual === '5,76%')).toBe(true);
  });

  it('a retired directive is out of force: its themes are no longer asked for; reactivating brings them back', () => {
    const asked = (report: ReturnType<AppServices['checkDraft']>) =>
      report.findings.some((f) => f.kind === 'theme-missing' && f.source?.directive === '1383-CV/BTGTU');
    expect(asked(services.checkDraft(sampleDraft, { date: DATE }))).toBe(true);
    must(services.setStatus('1383-CV/BTGTU', 'retired'));
    const retired = services.checkDraft(sampleDraft, { date: DATE });
    expect(retired.directives.find((d) => d.id === '1383-CV/BTGTU')).toMatchObject({ inForce: false, considered: false });
    expect(asked(retired)).toBe(false);
    expect(services.listDirectives().find((d) => d.id === '1383-CV/BTGTU')?.status).toBe('retired');
    must(services.setStatus('1383-CV/BTGTU', 'active'));
    expect(asked(services.checkDraft(sampleDraft, { date: DATE }))).toBe(true);
  });

  it('validity, required themes, added and deleted items go through and come back in the detail', () => {
    const validity = { from: '2024-05-22', to: '2024-12-31', evidence: 'Lãnh đạo ban quyết định' };
    expect(must(services.setValidity('1383-CV/BTGTU', validity)).summary.validity).toEqual(validity);
    const outOfForce = services.checkDraft(sampleDraft, { date: '2025-02-01' });
    expect(outOfForce.directives.find((d) => d.id === '1383-CV/BTGTU')?.inForce).toBe(false);
    must(services.setValidity('1383-CV/BTGTU', null));

    const theme = services.getDirective('1383-CV/BTGTU')!.themes[0]!;
    expect(must(services.setThemeRequired('1383-CV/BTGTU', theme.item.path, !theme.item.required)).themes[0]!.item.required).toBe(!theme.item.required);
    must(services.setThemeRequired('1383-CV/BTGTU', theme.item.path, theme.item.required));

    const added = must(services.addItem('1383-CV/BTGTU', 'quote', { type: 'slogan', text: 'Đoàn kết, kỷ cương, sáng tạo!' }));
    const quote = added.quotes.find((q) => q.origin === 'added')!;
    expect(quote.item.text).toBe('Đoàn kết, kỷ cương, sáng tạo!');
    expect(must(services.deleteItem('1383-CV/BTGTU', 'quote', quote.key)).quotes.some((q) => q.key === quote.key)).toBe(false);
  });

  it('refused edits come back as Vietnamese messages and change nothing', () => {
    const bad = services.updateItem('1383-CV/BTGTU', 'figure', 'không-có', { value: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'item-not-found' } });
    expect(services.setStatus('khong-co', 'retired')).toMatchObject({ ok: false, error: { message: expect.stringContaining('Không có văn bản') } });
  });

  it('imports in two steps: a preview of what was extracted, then the save', async () => {
    const preview = must(await services.previewDirectiveFile({ name: 'btgtw-185-hd-2024.txt', bytes: holdout }));
    expect(preview.directive).toMatchObject({ id: '185-HD/BTGTW', kind: 'HD', issuedOn: '2024-12-27' });
    expect(preview.status).toBe('new');
    expect(preview.counts.figures).toBe(preview.figures.length);
    expect(preview.counts.figures).toBeGreaterThan(10);
    expect(services.getDirective('185-HD/BTGTW')).toBeNull(); // nothing saved yet

    const saved = must(services.commitImport(preview.previewId));
    expect(saved).toMatchObject({ id: '185-HD/BTGTW', outcome: 'added', unapplied: 0 });
    expect(services.listDirectives()).toHaveLength(6);
    // The compiled library was refreshed: the new directive is checked against at once.
    const report = services.checkDraft(
      'Theo Hướng dẫn số 185-HD/BTGTW, tốc độ tăng tổng sản phẩm trong nước (GDP) năm 2024 ước đạt 7,19%.',
      { date: '2025-01-10' },
    );
    expect(report.findings.some((f) => f.source?.directive === '185-HD/BTGTW' && f.expected === '7,09%')).toBe(true);

    expect(services.commitImport(preview.previewId)).toMatchObject({ ok: false, error: { code: 'preview-expired' } });
    const again = must(await services.previewDirectiveFile({ name: 'lai.txt', bytes: holdout }));
    expect(again.status).toBe('same');
  });

  it('a file it cannot read is an error in words', async () => {
    const doc = await services.previewDirectiveFile({ name: 'cu.doc', bytes: new Uint8Array([1, 2, 3]) });
    expect(doc).toMatchObject({ ok: false, error: { code: 'unsupported-type', message: expect.stringContaining('.docx') } });
    const empty = await services.readDraftFile({ name: 'rong.txt', bytes: new Uint8Array() });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('reads a draft from bytes or from a path to the same text', async () => {
    const path = new URL('resources/samples/ban-thao-mau.txt', root).pathname;
    const fromPath = must(await services.readDraftPath(path));
    const fromBytes = must(await services.readDraftFile({ name: 'ban-thao-mau.txt', bytes: readFileSync(path) }));
    expect(fromBytes).toEqual(fromPath);
    expect(fromPath).toEqual({ name: 'ban-thao-mau.txt', text: sampleDraft });
  });

  it('keeps the draft between sessions', async () => {
    expect(await services.loadDraft()).toBeNull();
    await services.saveDraft({ text: 'một', date: DATE, directives: [] });
    await Promise.all([
      services.saveDraft({ text: 'hai', date: DATE, directives: ['1383-CV/BTGTU'] }),
      services.saveDraft({ text: 'ba', date: DATE, directives: [] }),
    ]);
    expect(await services.loadDraft()).toMatchObject({ text: 'ba', date: DATE, directives: [] });
  });
});
