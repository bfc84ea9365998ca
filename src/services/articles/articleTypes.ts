// Room: services — what the article store takes and gives. Plain data, like core's findings: it
// passes through IPC, SQLite, `--json` and the exporters unchanged.
import type { FindingKind, Severity } from '../../core/index.ts';

/** What a person or an importer gives to save an article. */
export interface ArticleInput {
  title: string;
  /** Publication date, "YYYY-MM-DD": decides the directives in force. */
  publishedOn: string;
  text: string;
  outlet?: string;
  section?: string;
  author?: string;
  /** Where it came from (a file, a CMS row); the same origin again adds a version. */
  origin?: string | null;
}

/** Metadata a person may change; a new text or date is checked again as a new version. */
export type ArticlePatch = Partial<Omit<ArticleInput, 'origin'>>;

/** open: errors not yet resolved; resolved: none left; signed: the checklist is signed off. */
export type ArticleStatus = 'open' | 'resolved' | 'signed';

export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string;
  section: string;
  author: string;
  publishedOn: string;
  origin: string | null;
  version: number;
  status: ArticleStatus;
  openErrors: number;
  openWarnings: number;
  createdAt: string;
  updatedAt: string;
}

export type Resolution = 'fixed' | 'dismissed';

export interface StoredFinding {
  /** Row id, unique in the database. */
  id: number;
  version: number;
  /** 1-based place in its version's report: what `soat article resolve ID N` names. */
  position: number;
  key: string;
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  actual: string;
  expected: string | null;
  message: string;
  source: { directive: string; title: string | null; section: string | null; sentence: string | null } | null;
  fix: { start: number; end: number; replacement: string } | null;
  themeId: string | null;
  resolution: Resolution | null;
  reason: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  /** The same finding in the next version, when it was still there. */
  supersededBy: number | null;
}

export interface StoredTheme {
  id: string;
  directive: string;
  path: string;
  heading: string;
  required: boolean;
  covered: boolean;
  score: number;
  /** The first covering sentence of the version's text. */
  evidence: string | null;
}

export interface AppliedDirective {
  id: string;
  number: string | null;
  title: string | null;
  kind: string | null;
  reason: 'given' | 'cited' | 'similar';
  score: number;
  inForce: boolean;
}

export interface SignOff {
  version: number;
  name: string;
  at: string;
}

export interface ArticleVersion {
  version: number;
  title: string;
  publishedOn: string;
  reason: 'new' | 'text' | 'date' | 'recheck';
  checkedAt: string;
  contentHash: string;
  errors: number;
  warnings: number;
  themesCovered: number;
  themesMissing: number;
}

/** An article with its current text and report, and its history. */
export interface ArticleDetail extends ArticleSummary {
  text: string;
  findings: StoredFinding[];
  themes: StoredTheme[];
  directives: AppliedDirective[];
  /** The current version's sign-off, if any. */
  signOff: SignOff | null;
  versions: ArticleVersion[];
  /** Findings of earlier versions, with how each ended (superseded, fixed, dismissed). */
  history: StoredFinding[];
  signOffs: SignOff[];
}

export interface ArticleFilter {
  /** "YYYY-MM" */
  month?: string;
  outlet?: string;
  status?: ArticleStatus;
  /** Only articles whose current version has unresolved errors. */
  openErrors?: boolean;
  /** Only articles whose current version covers this theme ("NUMBER#PATH"). */
  themeId?: string;
  /** Week of the month, 1-5 (days 1-7, 8-14, 15-21, 22-28, 29-31). */
  week?: number;
  /** Only articles with a finding of this kind (its last appearance), in the given state. */
  kind?: FindingKind;
  findingState?: 'found' | 'resolved' | 'open';
  limit?: number;
  offset?: number;
}

/** What saving did: a new article, a new version, or nothing (same text and date). */
export interface SaveOutcome {
  article: ArticleSummary;
  change: 'added' | 'updated' | 'unchanged';
  /** Whether the text was checked (a new article or a new version), not only its data changed. */
  checked: boolean;
}
