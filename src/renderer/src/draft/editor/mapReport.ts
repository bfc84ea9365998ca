// Room: renderer — moves a report through the edits made since its text was sent. A check
// answers for the text as it was; by the time the answer arrives the editor may have typed on.
// Offsets after an edit shift with it; a finding whose own words were edited is dropped (its
// words are no longer the ones the checker saw — the next check will say).
import type { ChangeDesc } from '@codemirror/state';
import type { Finding, Report, ThemeCoverage } from '../../../../core/index.ts';

/** Whether a finding is a place in the text (theme-missing findings are about the whole draft). */
export const isPlaced = (finding: Finding): boolean => finding.kind !== 'theme-missing' && finding.end > finding.start;

/**
 * Whether `changes` edit the words in [start, end): replace or delete some of them, or insert
 * between two of them. Typing just before or just after leaves them as they were.
 */
export function editsWithin(changes: ChangeDesc, start: number, end: number): boolean {
  let edited = false;
  changes.iterChangedRanges((fromA, toA) => {
    if (fromA === toA ? fromA > start && fromA < end : fromA < end && toA > start) edited = true;
  });
  return edited;
}

/** The finding at its place after `changes`, or null when its words were edited. */
export function mapFinding(finding: Finding, changes: ChangeDesc): Finding | null {
  if (!isPlaced(finding)) return finding;
  if (editsWithin(changes, finding.start, finding.end)) return null;
  const start = changes.mapPos(finding.start, 1);
  const end = changes.mapPos(finding.end, -1);
  const fix =
    finding.fix === null || editsWithin(changes, finding.fix.start, finding.fix.end)
      ? null
      : { ...finding.fix, start: changes.mapPos(finding.fix.start, 1), end: changes.mapPos(finding.fix.end, -1) };
  return { ...finding, start, end, fix };
}

function mapTheme(theme: ThemeCoverage, changes: ChangeDesc): ThemeCoverage {
  if (theme.evidence.length === 0) return theme;
  return {
    ...theme,
    evidence: theme.evidence.map((e) => ({ ...e, start: changes.mapPos(e.start, 1), end: changes.mapPos(e.end, -1) })),
  };
}

export function mapReport(report: Report, changes: ChangeDesc): Report {
  if (changes.empty) return report;
  const findings = report.findings.map((f) => mapFinding(f, changes)).filter((f): f is Finding => f !== null);
  return { ...report, findings, themes: report.themes.map((t) => mapTheme(t, changes)) };
}
