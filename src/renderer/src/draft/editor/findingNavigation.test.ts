// Findings in the editor's state: underlines by severity, moving between findings, applying a
// fix as one undoable step after which the finding is gone.
import { history, undo } from '@codemirror/commands';
import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { findingAt, findingAtCursor, fixTransaction, neighbourFinding } from './findingNavigation.ts';
import { findingDecorations, findingsField, findingsOf, setActiveFinding, setFindings } from './findingsField.ts';
import { finding } from './testFindings.testkit.ts';

const text = 'GDP tăng 5,76%. Phong trào “Xóa nhà tạm, nhà ở dột nát”. FDI đạt 6.28 tỷ USD.';
const gdp = finding(text, '5,76%', { fix: { start: 9, end: 14, replacement: '5,66%' } });
const quote = finding(text, 'Xóa nhà tạm, nhà ở dột nát', { id: 'q', kind: 'quote-mismatch', severity: 'error' });
const format = finding(text, '6.28 tỷ USD', { id: 'f', kind: 'figure-format', severity: 'warning', fix: { start: 65, end: 69, replacement: '6,28' } });
const missing = finding(text, 'GDP', { id: 'theme', kind: 'theme-missing', severity: 'warning', start: 0, end: 0 });

function stateWith(cursor = 0): EditorState {
  const state = EditorState.create({ doc: text, extensions: [findingsField, history()], selection: EditorSelection.cursor(cursor) });
  return state.update({ effects: setFindings.of({ findings: [format, missing, gdp, quote], themes: [] }) }).state;
}

describe('findingDecorations', () => {
  it('underlines each placed finding by its severity, in text order', () => {
    const set = findingDecorations([gdp, quote, format], 'f', text.length);
    const marks: [number, number, string][] = [];
    set.between(0, text.length, (from, to, deco) => void marks.push([from, to, String(deco.spec.class)]));
    expect(marks).toEqual([
      [9, 14, 'cm-finding cm-finding-error'],
      [28, 54, 'cm-finding cm-finding-error'],
      [65, 76, 'cm-finding cm-finding-warning cm-finding-active'],
    ]);
  });
  it('leaves out findings beyond the text (an answer for a longer text)', () => {
    expect(findingDecorations([format], null, 20).size).toBe(0);
  });
});

describe('findingsField', () => {
  it('keeps placed findings only, in order, and drops a finding as soon as its words are edited', () => {
    let state = stateWith();
    expect(findingsOf(state).map((f) => f.id)).toEqual([gdp.id, 'q', 'f']);
    state = state.update({ changes: { from: 10, to: 11, insert: ',' } }).state;
    expect(findingsOf(state).map((f) => f.id)).toEqual(['q', 'f']);
    state = state.update({ changes: { from: 0, insert: 'Quý I: ' } }).state;
    expect(findingsOf(state).map((f) => state.sliceDoc(f.start, f.end))).toEqual(['Xóa nhà tạm, nhà ở dột nát', '6.28 tỷ USD']);
  });
});

describe('moving between findings', () => {
  it.each([
    ['from the start, next', 0, 1, gdp.id],
    ['from the start, previous wraps to the last', 0, -1, 'f'],
    ['from the middle, next', 20, 1, 'q'],
    ['from the middle, previous', 20, -1, gdp.id],
    ['from the end, next wraps to the first', text.length, 1, gdp.id],
  ] as const)('%s', (_name, cursor, dir, expected) => {
    expect(neighbourFinding(stateWith(cursor), dir)?.id).toBe(expected);
  });

  it('from the active finding, steps to its neighbour', () => {
    const state = stateWith(28).update({ effects: setActiveFinding.of('q') }).state;
    expect(neighbourFinding(state, 1)?.id).toBe('f');
    expect(neighbourFinding(state, -1)?.id).toBe(gdp.id);
  });

  it('finds the finding under the cursor and under the mouse', () => {
    expect(findingAtCursor(stateWith(12))?.id).toBe(gdp.id);
    expect(findingAtCursor(stateWith(20))).toBeNull();
    expect(findingAt(stateWith(), 30)?.id).toBe('q');
    expect(findingAt(stateWith(), 14, 1)).toBeNull();
    expect(findingAt(stateWith(), 14, -1)?.id).toBe(gdp.id);
  });
});

describe('fixTransaction', () => {
  it('applies the fix in one undoable step and the finding goes', () => {
    const before = stateWith(12);
    const tr: Transaction = before.update(fixTransaction(before, gdp)!);
    expect(tr.state.doc.toString()).toContain('GDP tăng 5,66%.');
    expect(findingsOf(tr.state).some((f) => f.id === gdp.id)).toBe(false);
    expect(tr.state.selection.main.head).toBe(14);
    let undone = tr.state;
    undo({ state: undone, dispatch: (t) => void (undone = t.state) });
    expect(undone.doc.toString()).toBe(text);
  });

  it('a fix of part of the finding (the number of "6.28 tỷ USD")', () => {
    const before = stateWith();
    expect(before.update(fixTransaction(before, format)!).state.doc.toString()).toContain('FDI đạt 6,28 tỷ USD.');
  });

  it('no fix, no transaction; a fix beyond the text is refused', () => {
    expect(fixTransaction(stateWith(), quote)).toBeNull();
    const short = EditorState.create({ doc: 'GDP' });
    expect(fixTransaction(short, gdp)).toBeNull();
  });
});
