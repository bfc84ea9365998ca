// The theme index weighs terms exactly as natural's TfIdf would over the same paragraphs; it only
// counts document frequencies in one pass instead of one pass per term.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TfIdf } from 'natural';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../directive/parseDirective.ts';
import { asLibraryDirective } from './compileLibrary.ts';
import { buildThemeIndex } from './themeIndex.ts';

const samples = join(import.meta.dirname, '../../../resources/directives');

describe('buildThemeIndex', () => {
  it('gives every term the idf natural gives it over the same paragraphs', () => {
    const file = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0]!;
    const index = buildThemeIndex([asLibraryDirective(parseDirective(readFileSync(join(samples, file), 'utf8'), { file }))]);
    const paragraphs: string[][] = Array.from({ length: index.chunkTheme.length }, () => []);
    for (const [term, { chunks }] of index.postings) for (const c of chunks) paragraphs[c]!.push(term);
    const natural = new TfIdf();
    for (const p of paragraphs) natural.addDocument(p);
    const terms = [...index.postings.keys()];
    expect(terms.length).toBeGreaterThan(200);
    for (const t of terms) expect(index.idf(t)).toBeCloseTo(natural.idf(t), 10);
  });
});
