// The article schemas and the services' types describe the same data: this file stops compiling
// (npm run typecheck) when one changes without the other; the test checks real answers and events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSaved as ServiceSaved, FindingDecision as ServiceDecision, SaveArticleRequest as ServiceRequest } from '../services/app/articleDesk.ts';
import { createImportRunner, type ImportEvent as ServiceEvent, type ImportStatus as ServiceStatus } from '../services/app/importRunner.ts';
import type { ImportDefaults as ServiceDefaults } from '../services/articles/import/ImportDefaults.ts';
import { fakeChecker } from '../services/articles/fakeChecker.testkit.ts';
import { openArticleStore } from '../services/articles/openArticleStore.ts';
import { IMPORT_EVENT, isImportEvent } from './articleChannels.ts';
import { eventContract } from './articleContract.ts';
import {
  ImportEventSchema,
  ImportStatusSchema,
  type ArticleSaved,
  type FindingDecision,
  type ImportDefaults,
  type ImportEvent,
  type ImportStatus,
  type SaveArticleRequest,
} from './articleSchemas.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<SaveArticleRequest, ServiceRequest>,
  Same<ArticleSaved, ServiceSaved>,
  Same<FindingDecision, ServiceDecision>,
  Same<ImportEvent, ServiceEvent>,
  Same<ImportStatus, ServiceStatus>,
] = [true, true, true, true, true];
// The page may send any defaults the service takes.
const defaults: ServiceDefaults = {} as ImportDefaults;

describe('article schemas', () => {
  it('accept the events and the status of a real import', async () => {
    expect(checks && defaults).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'soat-article-schemas-'));
    const store = openArticleStore(join(dir, 'soat.db'));
    if (!store.ok) throw new Error(store.error.message);
    mkdirSync(join(dir, 'bai'));
    writeFileSync(join(dir, 'bai', 'a.txt'), 'Bài A\n\n[figure-mismatch 1%>2%]');
    writeFileSync(join(dir, 'bai', 'b.docx'), 'hỏng');
    const runner = createImportRunner(() => store, fakeChecker);
    const events: ServiceEvent[] = [];
    await new Promise<void>((done) => void runner.startImport(join(dir, 'bai'), { date: '2024-06-05' }, (e) => (events.push(e), e.state !== 'running' && done())));
    expect(events.map((e) => ImportEventSchema.parse(e).state)).toEqual(['running', 'running', 'finished']);
    expect(events.every(isImportEvent)).toBe(true);
    expect(eventContract[IMPORT_EVENT].parse(events.at(-1))).toEqual(events.at(-1));
    const status = runner.importStatus();
    expect(status.ok && ImportStatusSchema.parse(status.value).current?.state).toBe('finished');
    expect(isImportEvent({ run: 1, source: 'x', state: 'other' })).toBe(false);
    store.value.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
