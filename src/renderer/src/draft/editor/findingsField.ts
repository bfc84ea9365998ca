// Room: renderer — the findings as the editor holds them: their places, kept in step with every
// edit (a finding whose words are edited goes at once), the underline of each by severity
// (error: red wavy, warning: amber wavy) and the one the user moved to (highlighted).
import { StateEffect, StateField, type EditorState, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { Finding, ThemeCoverage } from '../../../../core/index.ts';
import { isPlaced, mapFinding } from './mapReport.ts';

export interface FindingsState {
  /** Findings with a place in the text, in text order. */
  findings: readonly Finding[];
  /** Covering sentences of the themes, by `${themeId}#${index}`, for jumping to them. */
  evidence: ReadonlyMap<string, { start: number; end: number }>;
  /** The finding moved to with the keyboard or the panel. */
  activeId: string | null;
  decorations: DecorationSet;
}

export const setFindings = StateEffect.define<{ findings: readonly Finding[]; themes: readonly ThemeCoverage[] }>();
export const setActiveFinding = StateEffect.define<string | null>();

export const evidenceKey = (themeId: string, index: number): string => `${themeId}#${index}`;

/** The underlines of `findings`, one mark each, the active one marked as such. */
export function findingDecorations(findings: readonly Finding[], activeId: string | null, docLength: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const finding of findings) {
    if (finding.end > docLength || finding.start >= finding.end) continue;
    const active = finding.id === activeId ? ' cm-finding-active' : '';
    ranges.push(
      Decoration.mark({
        class: `cm-finding cm-finding-${finding.severity}${active}`,
        attributes: { 'data-finding': finding.id, 'data-kind': finding.kind },
      }).range(finding.start, finding.end),
    );
  }
  return Decoration.set(ranges, true);
}

const empty: FindingsState = { findings: [], evidence: new Map(), activeId: null, decorations: Decoration.none };

export const findingsField = StateField.define<FindingsState>({
  create: () => empty,
  update(value, tr) {
    let { findings, evidence, activeId } = value;
    let changed = false;
    if (tr.docChanged) {
      findings = findings.map((f) => mapFinding(f, tr.changes)).filter((f): f is Finding => f !== null);
      evidence = new Map([...evidence].map(([key, e]) => [key, { start: tr.changes.mapPos(e.start, 1), end: tr.changes.mapPos(e.end, -1) }]));
      changed = true;
    }
    for (const effect of tr.effects) {
      if (effect.is(setFindings)) {
        findings = effect.value.findings.filter(isPlaced).sort((a, b) => a.start - b.start || a.end - b.end);
        evidence = new Map(effect.value.themes.flatMap((t) => t.evidence.map((e, i) => [evidenceKey(t.id, i), { start: e.start, end: e.end }] as const)));
        changed = true;
      } else if (effect.is(setActiveFinding)) {
        activeId = effect.value;
        changed = true;
      }
    }
    if (!changed) return value;
    if (activeId !== null && !findings.some((f) => f.id === activeId)) activeId = null;
    return { findings, evidence, activeId, decorations: findingDecorations(findings, activeId, tr.newDoc.length) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

export const findingsOf = (state: EditorState): readonly Finding[] => state.field(findingsField, false)?.findings ?? [];
