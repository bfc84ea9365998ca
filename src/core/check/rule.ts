// The shape of a rule: one job, plain data out. Findings are in normal-text offsets here;
// checkDraft maps them to the user's text.

import type { DiffPart, FindingKind, FindingSource, Severity, CheckOptions, ThemeCoverage } from './types.ts';
import type { AnalyzedDraft } from './analyzeDraft.ts';
import type { CompiledLibrary } from './compileLibrary.ts';
import type { FigureMatch } from './matchFigures.ts';

export interface RawFinding {
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  expected: string | null;
  message: string;
  source: FindingSource | null;
  /** Normal-text span to replace and its replacement. */
  fix: { start: number; end: number; replacement: string } | null;
  diff?: DiffPart[];
  themeId?: string;
}

export interface RuleContext {
  draft: AnalyzedDraft;
  library: CompiledLibrary;
  options: CheckOptions;
  figureMatches: FigureMatch[];
  themes: ThemeCoverage[];
}

export interface Rule {
  kind: FindingKind;
  run(ctx: RuleContext): RawFinding[];
}
