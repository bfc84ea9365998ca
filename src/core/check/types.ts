// What a check reports. A finding is plain data like vfile-message or Vale's Alert: it passes
// through IPC, SQLite and `--json` unchanged. Offsets are UTF-16 indexes into the draft exactly
// as the user typed or pasted it; line and column are derived only when printing.

import type { Directive } from '../directive/types.ts';

export type FindingKind =
  | 'figure-mismatch'
  | 'figure-direction'
  | 'figure-rounded'
  | 'figure-format'
  | 'quote-mismatch'
  | 'citation-mismatch'
  | 'theme-missing';

export type Severity = 'error' | 'warning';

/** Where the approved wording comes from. */
export interface FindingSource {
  /** Directive id: its number, or its file name without extension. */
  directive: string;
  directiveTitle: string | null;
  sectionPath: string | null;
  /** The approved sentence or paragraph, as the directive writes it. */
  sentence: string;
}

/** One text edit that applies the fix, in draft offsets. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Finding {
  /** Stable within a report: kind, offsets and expected text. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  /** The draft's words at [start, end). */
  actual: string;
  /** The approved wording. */
  expected: string | null;
  /** Vietnamese, for the editor. */
  message: string;
  source: FindingSource | null;
  fix: Fix | null;
  /** Word diff from the draft's wording to the approved one (quotes). */
  diff?: DiffPart[];
  /** For theme-missing: the theme id ("NUMBER#PATH"). */
  themeId?: string;
}

export interface ThemeEvidence {
  start: number;
  end: number;
  text: string;
  score: number;
}

export interface ThemeCoverage {
  /** "NUMBER#PATH" */
  id: string;
  directive: string;
  path: string;
  heading: string;
  required: boolean;
  covered: boolean;
  score: number;
  evidence: ThemeEvidence[];
}

export interface DirectiveRelevance {
  id: string;
  number: string | null;
  title: string | null;
  kind: string | null;
  inForce: boolean;
  /** 0..1: how much the draft is about this directive. */
  score: number;
  /** Why it was considered: named by the user, cited in the draft, or similar in content. */
  reason: 'given' | 'cited' | 'similar' | 'none';
  considered: boolean;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  byKind: Partial<Record<FindingKind, number>>;
  themesCovered: number;
  themesMissing: number;
}

export interface Report {
  date: string;
  findings: Finding[];
  themes: ThemeCoverage[];
  directives: DirectiveRelevance[];
  summary: ReportSummary;
}

export interface CheckOptions {
  /** Publication date, ISO "YYYY-MM-DD": decides which directives are in force. */
  date: string;
  /** Directives the article answers to (ids or numbers); detected by relevance when absent. */
  directives?: string[];
  /** How the newsroom places tone marks when Soát proposes a fix: old "hòa" or new "hoà". */
  tonePlacement?: 'old' | 'new';
}

/** A directive as the library holds it: parsed, corrected by leads, active or retired. */
export interface LibraryDirective extends Directive {
  status: 'active' | 'retired';
}
