// The real thing: a new library seeded from resources/directives with core's parser, and every
// parsed directive coming back from SQLite exactly as the parser made it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirective } from '../../core/index.ts';
import { openLibrary, type Library } from './openLibrary.ts';
import { sampleDirectivesFolder } from './sampleDirectivesFolder.ts';

let dir: string;
let library: Library;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soat-seed-'));
  const opened = await openLibrary(join(dir, 'soat.db'));
  if (!opened.ok) throw new Error(opened.error.message);
  library = opened.value;
});
afterAll(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new library is seeded from resources/directives', () => {
  it('holds the five samples, ids = printed number or file name', () => {
    expect(library.seeded?.failed).toEqual([]);
    expect(library.list().map((d) => d.id).sort()).toEqual([
      '000_330ed23491025279',
      '001_6d8d1d7e74b929d2',
      '003_b92c07f4aea6394b',
      '1383-CV/BTGTU',
      '98-HD/BTGThU',
    ]);
  });

  it.each(['000_330ed23491025279.txt', '001_6d8d1d7e74b929d2.txt', '002_9d5ab8d7a3aef36d.txt', '003_b92c07f4aea6394b.txt', '004_3d1ad0c763a4d253.txt'])(
    '%s comes back from SQLite as parsed',
    (file) => {
      const parsed = parseDirective(readFileSync(join(sampleDirectivesFolder(), file), 'utf8'), { file });
      expect(library.get(parsed.id)).toEqual({ ...parsed, status: 'active' });
    },
  );

  it.each([
    ['tuyen giao', 5],
    ['1383-CV/BTGTU', 1],
    ['98-hd/btgthu', 1],
    ['binh phuoc', 1],
  ])('search(%s) finds %i', (query, count) => {
    expect(library.search(query)).toHaveLength(count);
  });
});

describe('two openings of a new library at once (the app and the CLI)', () => {
  it('both open; the samples are seeded once', async () => {
    const path = join(dir, 'twice.db');
    const [a, b] = await Promise.all([openLibrary(path), openLibrary(path)]);
    if (!a.ok || !b.ok) throw new Error(!a.ok ? a.error.message : !b.ok ? b.error.message : '');
    expect([a.value.seeded, b.value.seeded].filter((s) => s !== null)).toHaveLength(1);
    expect(b.value.list()).toHaveLength(5);
    a.value.close();
    b.value.close();
  });
});
