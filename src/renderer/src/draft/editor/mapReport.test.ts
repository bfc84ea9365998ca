import { ChangeSet } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { mapReport } from './mapReport.ts';
import { finding, report } from './testFindings.testkit.ts';

const text = 'GDP tăng 5,76% và FDI đạt 9,27 tỷ USD.';
const gdp = finding(text, '5,76%', { fix: { start: 9, end: 14, replacement: '5,66%' } });
const fdi = finding(text, '9,27 tỷ USD');
const theme = finding(text, 'GDP', { kind: 'theme-missing', start: 0, end: 0, actual: '' });
const change = (spec: { from: number; to?: number; insert?: string }) => ChangeSet.of(spec, text.length);

describe('mapReport', () => {
  it.each([
    ['typing before a finding shifts it', { from: 0, insert: 'Năm nay ' }, [[17, 22], [34, 45]]],
    ['typing after a finding leaves it', { from: text.length, insert: ' Hết.' }, [[9, 14], [26, 37]]],
    ['typing right after a finding does not widen it', { from: 14, insert: '!' }, [[9, 14], [27, 38]]],
    ['typing right before a finding does not widen it', { from: 9, insert: 'x' }, [[10, 15], [27, 38]]],
    ['editing inside a finding drops it', { from: 11, to: 12, insert: '8' }, [[26, 37]]],
    ['inserting between its words drops it', { from: 30, insert: ',5' }, [[9, 14]]],
    ['deleting text that ends where it starts keeps it', { from: 4, to: 9 }, [[4, 9], [21, 32]]],
  ] as const)('%s', (_name, spec, spans) => {
    const mapped = mapReport(report([gdp, fdi, theme]), change(spec));
    expect(mapped.findings.filter((f) => f.kind !== 'theme-missing').map((f) => [f.start, f.end])).toEqual(spans);
    expect(mapped.findings.some((f) => f.kind === 'theme-missing')).toBe(true);
  });

  it('moves the fix with its finding', () => {
    const mapped = mapReport(report([gdp]), change({ from: 0, insert: 'Quý I: ' }));
    expect(mapped.findings[0]!.fix).toEqual({ start: 16, end: 21, replacement: '5,66%' });
  });

  it('moves the themes\' evidence', () => {
    const themes = [{ id: 'T#1', directive: 'T', path: '1', heading: 'h', required: true, covered: true, score: 1, evidence: [{ start: 18, end: 37, text: 'FDI', score: 1 }] }];
    const mapped = mapReport(report([], { themes }), change({ from: 0, insert: 'ab' }));
    expect(mapped.themes[0]!.evidence[0]).toMatchObject({ start: 20, end: 39 });
  });

  it('no edits: the same report', () => {
    const original = report([gdp]);
    expect(mapReport(original, ChangeSet.empty(text.length))).toBe(original);
  });
});
