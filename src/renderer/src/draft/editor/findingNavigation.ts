// Room: renderer — moving between findings and applying a fix, as pure functions of the
// editor's state (tested without a DOM) and the commands built on them.
import { isolateHistory } from '@codemirror/commands';
import { EditorSelection, type EditorState, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Finding } from '../../../../core/index.ts';
import { findingsField, findingsOf, setActiveFinding } from './findingsField.ts';

/** The finding under the cursor: the selection's head inside it (ends included). */
export function findingAtCursor(state: EditorState): Finding | null {
  const head = state.selection.main.head;
  const findings = findingsOf(state);
  const active = state.field(findingsField, false)?.activeId;
  const here = findings.filter((f) => f.start <= head && head <= f.end);
  return here.find((f) => f.id === active) ?? here[0] ?? null;
}

/** The finding at a position (for the mouse), the innermost when they nest. */
export function findingAt(state: EditorState, pos: number, side: -1 | 1 = 1): Finding | null {
  const here = findingsOf(state).filter((f) => (side < 0 ? f.start < pos && pos <= f.end : f.start <= pos && pos < f.end));
  return here.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
}

/** The next (dir 1) or previous (dir -1) finding from the cursor, wrapping round the text. */
export function neighbourFinding(state: EditorState, dir: 1 | -1): Finding | null {
  const findings = findingsOf(state);
  if (findings.length === 0) return null;
  const active = state.field(findingsField, false)?.activeId ?? null;
  const index = active === null ? -1 : findings.findIndex((f) => f.id === active);
  const head = state.selection.main.head;
  if (index >= 0 && findings[index]!.start <= head && head <= findings[index]!.end) {
    return findings[(index + dir + findings.length) % findings.length]!;
  }
  if (dir > 0) return findings.find((f) => f.start > head) ?? findings[0]!;
  return [...findings].reverse().find((f) => f.end < head) ?? findings[findings.length - 1]!;
}

/** Puts the cursor at a finding and marks it active (its card shows). */
export function goToFinding(view: EditorView, finding: Finding): void {
  view.dispatch({
    selection: EditorSelection.cursor(finding.start),
    effects: [setActiveFinding.of(finding.id), EditorView.scrollIntoView(finding.start, { y: 'center' })],
  });
}

/**
 * The transaction that applies a finding's fix: one change, one step of undo (never merged
 * with the typing around it), the cursor after the new words.
 */
export function fixTransaction(state: EditorState, finding: Finding): TransactionSpec | null {
  const fix = finding.fix;
  if (fix === null || fix.end > state.doc.length || fix.start > fix.end) return null;
  return {
    changes: { from: fix.start, to: fix.end, insert: fix.replacement },
    selection: EditorSelection.cursor(fix.start + fix.replacement.length),
    annotations: isolateHistory.of('full'),
    userEvent: 'input.fix',
    scrollIntoView: true,
  };
}

export function applyFix(view: EditorView, finding: Finding): boolean {
  const spec = fixTransaction(view.state, finding);
  if (spec === null) return false;
  view.dispatch(spec);
  return true;
}

export const nextFindingCommand = (view: EditorView): boolean => move(view, 1);
export const previousFindingCommand = (view: EditorView): boolean => move(view, -1);
export const applyFixAtCursorCommand = (view: EditorView): boolean => {
  const finding = findingAtCursor(view.state);
  return finding !== null && applyFix(view, finding);
};

function move(view: EditorView, dir: 1 | -1): boolean {
  const finding = neighbourFinding(view.state, dir);
  if (finding === null) return false;
  goToFinding(view, finding);
  return true;
}
