import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_FILE_NAME } from './draftStore.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soat-draft-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createDraftStore', () => {
  it('saves whole and loads back, leaving no temporary file', async () => {
    const store = createDraftStore(join(dir, 'new-folder'), () => new Date('2024-06-03T08:00:00Z'));
    const saved = await store.save({ text: 'GDP tăng 5,66%.', date: '2024-06-03', directives: ['1383-CV/BTGTU'] });
    expect(saved.savedAt).toBe('2024-06-03T08:00:00.000Z');
    expect(await store.load()).toEqual(saved);
    expect(readdirSync(join(dir, 'new-folder'))).toEqual([DRAFT_FILE_NAME]);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"text": "nửa'],
    ['wrong shape', JSON.stringify({ text: 1, date: 'hôm nay' })],
  ])('a %s file loads as no draft', async (_name, content) => {
    if (content !== null) writeFileSync(join(dir, DRAFT_FILE_NAME), content);
    expect(await createDraftStore(dir).load()).toBeNull();
  });

  it('the last save wins when saves overlap', async () => {
    const store = createDraftStore(dir);
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => store.save({ text, date: '2024-06-03', directives: [] })));
    expect(JSON.parse(readFileSync(join(dir, DRAFT_FILE_NAME), 'utf8')).text).toBe('d');
  });
});
