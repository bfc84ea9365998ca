// The schemas of desktopSchemas.ts mirror core's and services' types. The type assertions below
// fail `npm run typecheck` when either side changes without the other; the runtime tests check
// that real answers pass the schemas and bad arguments do not.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { asLibraryDirective, checkDraft, compileLibrary, parseDirective } from '../core/index.ts';
import type { DirectiveRelevance, Figure, Report, Citation, Quote, Theme } from '../core/index.ts';
import type { DirectiveDetail as ServiceDetail } from '../services/app/directiveDetail.ts';
import type { ImportCommitted, ImportPreview as ServicePreview } from '../services/app/importPreviews.ts';
import type { DirectiveSummary as ServiceSummary } from '../services/library/listDirectives.ts';
import type { SearchHit as ServiceHit } from '../services/library/searchLibrary.ts';
import type { SavedDraft as ServiceSaved } from '../services/app/draftStore.ts';
import { contract } from './contract.ts';
import { Channel } from './channels.ts';
import * as S from './desktopSchemas.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Same<A, B>): Same<A, B> => ok;

describe('desktopSchemas', () => {
  it('mirror the types of core and services', () => {
    same<z.infer<typeof S.ReportSchema>, Report>(true);
    same<z.infer<typeof S.DirectiveRelevanceSchema>, DirectiveRelevance>(true);
    same<z.infer<typeof S.FigureSchema>, Figure>(true);
    same<z.infer<typeof S.QuoteSchema>, Quote>(true);
    same<z.infer<typeof S.CitationSchema>, Citation>(true);
    same<z.infer<typeof S.ThemeSchema>, Theme>(true);
    same<S.DirectiveSummary, ServiceSummary>(true);
    same<S.SearchHit, ServiceHit>(true);
    same<S.DirectiveDetail, ServiceDetail>(true);
    same<S.ImportPreview, ServicePreview>(true);
    same<S.ImportCommitted, ImportCommitted>(true);
    same<S.SavedDraft, ServiceSaved>(true);
    expectTypeOf<S.ImportPreview>().toHaveProperty('previewId');
  });

  it('a real report passes the answer schema of checkDraft', () => {
    const file = '002_9d5ab8d7a3aef36d.txt';
    const text = readFileSync(new URL(`../../resources/directives/${file}`, import.meta.url), 'utf8');
    const library = compileLibrary([asLibraryDirective(parseDirective(text, { file }))]);
    const draft = readFileSync(new URL('../../resources/samples/ban-thao-mau.txt', import.meta.url), 'utf8');
    const report = checkDraft(draft, library, { date: '2024-06-03' });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(contract[Channel.checkDraft].response.parse(report)).toEqual(report);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', ['bài', { date: '3/6/2024' }]],
    ['a draft that is not text', [42, { date: '2024-06-03' }]],
    ['a missing date', ['bài', {}]],
    ['an extra argument', ['bài', { date: '2024-06-03' }, 'thừa']],
  ])('checkDraft refuses %s', (_name, args) => {
    expect(contract[Channel.checkDraft].request.safeParse(args).success).toBe(false);
  });

  it('files cross as bytes, not as paths or strings', () => {
    const request = contract[Channel.previewDirectiveFile].request;
    expect(request.safeParse([{ name: 'a.txt', bytes: new Uint8Array([65]) }]).success).toBe(true);
    expect(request.safeParse([{ name: 'a.txt', bytes: 'QQ==' }]).success).toBe(false);
    expect(request.safeParse([{ name: '', bytes: new Uint8Array([65]) }]).success).toBe(false);
  });

  it('edits name an editable kind; sections are never edited', () => {
    const request = contract[Channel.updateItem].request;
    expect(request.safeParse(['1383-CV/BTGTU', 'figure', 'k', { value: 5.66 }]).success).toBe(true);
    expect(request.safeParse(['1383-CV/BTGTU', 'section', 'k', { value: 5.66 }]).success).toBe(false);
  });
});
