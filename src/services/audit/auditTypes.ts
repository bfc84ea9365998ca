// Room: services — the month audit as plain data: what the CLI prints as JSON, the exporters lay
// out and the app's audit view draws. Every count can be opened as a list of articles with the
// ArticleFilter its cell names (see listArticles).
import type { FindingKind } from '../../core/index.ts';
import type { ArticleSummary } from '../articles/articleTypes.ts';

export interface AuditQuery {
  /** "YYYY-MM" */
  month: string;
  /** One outlet, or every outlet when absent. */
  outlet?: string | null;
}

export interface AuditWeek {
  week: number;
  /** First and last dates of the week, "YYYY-MM-DD". */
  from: string;
  to: string;
}

export interface AuditDirective {
  id: string;
  number: string | null;
  title: string | null;
  kind: string | null;
  /** Articles of the month checked against it. */
  articles: number;
  requiredThemes: number;
  coveredThemes: number;
}

/** A row of the heat map: a required theme of a directive in force, and the articles covering it. */
export interface AuditTheme {
  id: string;
  directive: string;
  directiveNumber: string | null;
  path: string;
  heading: string;
  /** Articles of the month whose current version covers it. */
  articles: number;
  /** The same per week of the month (index 0 is week 1). */
  byWeek: number[];
}

export interface AuditConflict {
  kind: FindingKind;
  label: string;
  /** Each conflict once, at its last appearance in an article's versions. */
  found: number;
  resolved: number;
  fixed: number;
  dismissed: number;
  open: number;
}

export interface AuditTrendWeek extends AuditWeek {
  articles: number;
  conflicts: number;
  resolved: number;
  open: number;
  /** Required themes covered by at least one article that week. */
  themesCovered: number;
}

export interface AuditReport {
  month: string;
  outlet: string | null;
  weeks: AuditWeek[];
  totals: {
    articles: number;
    signed: number;
    withOpenErrors: number;
    conflicts: number;
    resolved: number;
    open: number;
    requiredThemes: number;
    coveredThemes: number;
  };
  directives: AuditDirective[];
  themes: AuditTheme[];
  /** Ids of the required themes no article covered. */
  uncovered: string[];
  conflicts: AuditConflict[];
  /** Articles whose current version has unresolved errors, most errors first. */
  openErrorArticles: ArticleSummary[];
  trend: AuditTrendWeek[];
  /** Every outlet with articles, for choosing one. */
  outlets: string[];
  /** Every month with articles ("YYYY-MM"), newest first, for choosing one. */
  months: string[];
}
