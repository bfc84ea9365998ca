// Room: renderer — the findings as the editor holds them: their places, kept in step with every
// edit (a finding whose words are edited goes at once), the underline of each by severity
// (error: red wavy, warning: amber wavy; resolved: grey dotted), the one the user moved to
// (highlighted), and how each was resolved when the draft is a saved article.
import { StateEffect, StateField, type EditorState, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { Finding, ThemeCoverage } from '../../../../core/index.ts';
import type { StoredFinding } from '../../../../shared/auditSchemas.ts';
import { isPlaced, mapFinding } from './mapReport.ts';

/** The saved article behind the draft, as far as its findings go. */
export interface ResolutionState {
  /** The draft is a saved article: its findings can be resolved. */
  linked: boolean;
  /** Its checklist is signed off: resolutions stand until a new version. */
  signed: boolean;
  /** The saved finding each live finding is, by the live finding's id. */
  byId: ReadonlyMap<string, StoredFinding>;
}

export const noResolutions: ResolutionState = { linked: false, signed: false, byId: new Map() };

export interface FindingsState {
  /** Findings with a place in the text, in text order. */
  findings: readonly Finding[];
  /** Covering sentences of the themes, by `${themeId}#${index}`, for jumping to them. */
  evidence: ReadonlyMap<string, { start: number; end: number }>;
  /** The finding moved to with the keyboard or the panel. */
  activeId: string | null;
  resolutions: ResolutionState;
  decorations: DecorationSet;
}

export const setFindings = StateEffect.define<{ findings: readonly Finding[]; themes: readonly ThemeCoverage[] }>();
export const setActiveFinding = StateEffect.define<string | null>();
export const setResolutions = StateEffect.define<ResolutionState>();

export const evidenceKey = (themeId: string, index: number): string => `${themeId}#${index}`;

/** The underlines of `findings`, one mark each, the active one marked as such. */
export function findingDecorations(
  findings: readonly Finding[],
  activeId: string | null,
  docLength: number,
  resolutions: ResolutionState = noResolutions,
): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const finding of findings) {
    if (finding.end > docLength || finding.start >= finding.end) continue;
    const active = finding.id === activeId ? ' cm-finding-active' : '';
    const resolved = resolutions.byId.get(finding.id)?.resolution ? ' cm-finding-resolved' : '';
    ranges.push(
      Decoration.mark({
        class: `cm-finding cm-finding-${finding.severity}${resolved}${active}`,
        attributes: { 'data-finding': finding.id, 'data-kind': finding.kind },
      }).range(finding.start, finding.end),
    );
  }
  return Decoration.set(ranges, true);
}

const empty: FindingsState = { findings: [], evidence: new Map(), activeId: null, resolutions: noResolutions, decorations: Decoration.none };

export const findingsField = StateField.define<FindingsState>({
  create: () => empty,
  update(value, tr) {
    let { findings, evidence, activeId, resolutions } = value;
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
      } else if (effect.is(setResolutions)) {
        resolutions = effect.value;
        changed = true;
      }
    }
    if (!changed) return value;
    if (activeId !== null && !findings.some((f) => f.id === activeId)) activeId = null;
    return { findings, evidence, activeId, resolutions, decorations: findingDecorations(findings, activeId, tr.newDoc.length, resolutions) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

export const findingsOf = (state: EditorState): readonly Finding[] => state.field(findingsField, false)?.findings ?? [];
