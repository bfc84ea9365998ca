// Room: services — rows of the article tables as the store's plain data, in one place so every
// reader (detail, lists, exporters, audit drill-down) maps them the same way.
import type { FindingKind, Severity } from '../../core/index.ts';
import type { AppliedDirective, ArticleStatus, ArticleSummary, ArticleVersion, Resolution, SignOff, StoredFinding } from './articleTypes.ts';

export const ARTICLE_COLUMNS = `a.id, a.title, a.outlet, a.section, a.author, a.published_on, a.origin, a.version, a.status,
  a.open_errors, a.open_warnings, a.created_at, a.updated_at`;

export interface ArticleRow {
  id: number;
  title: string;
  outlet: string;
  section: string;
  author: string;
  published_on: string;
  origin: string | null;
  version: number;
  status: ArticleStatus;
  open_errors: number;
  open_warnings: number;
  created_at: string;
  updated_at: string;
}

export function articleSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    section: r.section,
    author: r.author,
    publishedOn: r.published_on,
    origin: r.origin,
    version: r.version,
    status: r.status,
    openErrors: r.open_errors,
    openWarnings: r.open_warnings,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface FindingRow {
  id: number;
  version: number;
  position: number;
  finding_key: string;
  kind: FindingKind;
  severity: Severity;
  start_offset: number;
  end_offset: number;
  actual: string;
  expected: string | null;
  message: string;
  source_directive: string | null;
  source_title: string | null;
  source_section: string | null;
  source_sentence: string | null;
  fix_start: number | null;
  fix_end: number | null;
  fix_replacement: string | null;
  theme_id: string | null;
  resolution: Resolution | null;
  reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  superseded_by: number | null;
}

export function storedFinding(r: FindingRow): StoredFinding {
  return {
    id: r.id,
    version: r.version,
    position: r.position,
    key: r.finding_key,
    kind: r.kind,
    severity: r.severity,
    start: r.start_offset,
    end: r.end_offset,
    actual: r.actual,
    expected: r.expected,
    message: r.message,
    source:
      r.source_directive === null
        ? null
        : { directive: r.source_directive, title: r.source_title, section: r.source_section, sentence: r.source_sentence },
    fix: r.fix_start === null || r.fix_end === null || r.fix_replacement === null ? null : { start: r.fix_start, end: r.fix_end, replacement: r.fix_replacement },
    themeId: r.theme_id,
    resolution: r.resolution,
    reason: r.reason,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    supersededBy: r.superseded_by,
  };
}

export interface VersionRow {
  version: number;
  title: string;
  published_on: string;
  reason: ArticleVersion['reason'];
  checked_at: string;
  content_hash: string;
  errors: number;
  warnings: number;
  themes_covered: number;
  themes_missing: number;
}

export function articleVersion(r: VersionRow): ArticleVersion {
  return {
    version: r.version,
    title: r.title,
    publishedOn: r.published_on,
    reason: r.reason,
    checkedAt: r.checked_at,
    contentHash: r.content_hash,
    errors: r.errors,
    warnings: r.warnings,
    themesCovered: r.themes_covered,
    themesMissing: r.themes_missing,
  };
}

export interface DirectiveRow {
  directive_id: string;
  number: string | null;
  title: string | null;
  kind: string | null;
  reason: AppliedDirective['reason'];
  score: number;
  in_force: number;
}

export function appliedDirective(r: DirectiveRow): AppliedDirective {
  return { id: r.directive_id, number: r.number, title: r.title, kind: r.kind, reason: r.reason, score: r.score, inForce: r.in_force === 1 };
}

export function signOff(r: { version: number; name: string; signed_at: string }): SignOff {
  return { version: r.version, name: r.name, at: r.signed_at };
}
