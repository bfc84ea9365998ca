// Room: shared — the shapes that cross IPC for the month audit view, as zod schemas mirroring
// services' AuditReport, ArticleFilter, ArticleSummary and ArticleDetail. Main and the browser
// bridge validate every argument and answer with them; the page uses only the inferred types.
// src/shared/auditSchemas.test.ts fails to compile when they drift from the services' types.
import { z } from 'zod';
import { DirectiveRelevanceSchema, FindingKindSchema, FindingSchema, FixSchema, ThemeCoverageSchema, resultOf } from './desktopSchemas.ts';

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'tháng dạng YYYY-MM');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const count = z.number().int().nonnegative();
const short = z.string().max(500);

export const AuditQuerySchema = z.object({ month: MonthSchema, outlet: short.nullable().optional() });

export const ArticleFilterSchema = z.object({
  month: MonthSchema.optional(),
  outlet: short.optional(),
  status: z.enum(['open', 'resolved', 'signed']).optional(),
  openErrors: z.boolean().optional(),
  themeId: short.optional(),
  week: z.number().int().min(1).max(5).optional(),
  kind: FindingKindSchema.optional(),
  findingState: z.enum(['found', 'resolved', 'open']).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  offset: z.number().int().min(0).optional(),
});

export const ArticleSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  outlet: z.string(),
  section: z.string(),
  author: z.string(),
  publishedOn: IsoDate,
  origin: z.string().nullable(),
  version: z.number().int(),
  status: z.enum(['open', 'resolved', 'signed']),
  openErrors: count,
  openWarnings: count,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const WeekSchema = z.object({ week: z.number().int(), from: IsoDate, to: IsoDate });

export const AuditReportSchema = z.object({
  month: MonthSchema,
  outlet: z.string().nullable(),
  weeks: z.array(WeekSchema),
  totals: z.object({
    articles: count,
    signed: count,
    withOpenErrors: count,
    conflicts: count,
    resolved: count,
    open: count,
    requiredThemes: count,
    coveredThemes: count,
  }),
  directives: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      title: z.string().nullable(),
      kind: z.string().nullable(),
      articles: count,
      requiredThemes: count,
      coveredThemes: count,
    }),
  ),
  themes: z.array(
    z.object({
      id: z.string(),
      directive: z.string(),
      directiveNumber: z.string().nullable(),
      path: z.string(),
      heading: z.string(),
      articles: count,
      byWeek: z.array(count),
    }),
  ),
  uncovered: z.array(z.string()),
  conflicts: z.array(
    z.object({ kind: FindingKindSchema, label: z.string(), found: count, resolved: count, fixed: count, dismissed: count, open: count }),
  ),
  openErrorArticles: z.array(ArticleSummarySchema),
  trend: z.array(WeekSchema.extend({ articles: count, conflicts: count, resolved: count, open: count, themesCovered: count })),
  outlets: z.array(z.string()),
  months: z.array(z.string()),
});

export const ArticleListSchema = z.object({ total: count, articles: z.array(ArticleSummarySchema) });

// A finding as the article store keeps it: the checker's finding, numbered, with how it was resolved.
const StoredFindingSchema = FindingSchema.pick({ kind: true, severity: true, start: true, end: true, actual: true, expected: true, message: true }).extend({
  id: z.number().int(),
  version: z.number().int(),
  position: z.number().int(),
  key: z.string(),
  source: z.object({ directive: z.string(), title: z.string().nullable(), section: z.string().nullable(), sentence: z.string().nullable() }).nullable(),
  fix: FixSchema.nullable(),
  themeId: z.string().nullable(),
  resolution: z.enum(['fixed', 'dismissed']).nullable(),
  reason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  supersededBy: z.number().int().nullable(),
});

const SignOffSchema = z.object({ version: z.number().int(), name: z.string(), at: z.string() });

export const ArticleDetailSchema = ArticleSummarySchema.extend({
  text: z.string(),
  findings: z.array(StoredFindingSchema),
  // As the checker reported them; a theme keeps its first evidence sentence, a directive why it applied.
  themes: z.array(ThemeCoverageSchema.extend({ evidence: z.string().nullable() })),
  directives: z.array(DirectiveRelevanceSchema.omit({ considered: true }).extend({ reason: z.enum(['given', 'cited', 'similar']) })),
  signOff: SignOffSchema.nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      title: z.string(),
      publishedOn: IsoDate,
      reason: z.enum(['new', 'text', 'date', 'recheck']),
      checkedAt: z.string(),
      contentHash: z.string(),
      errors: count,
      warnings: count,
      themesCovered: count,
      themesMissing: count,
    }),
  ),
  history: z.array(StoredFindingSchema),
  signOffs: z.array(SignOffSchema),
});

export const AuditFormatSchema = z.enum(['xlsx', 'pdf', 'docx']);
export const ChecklistFormatSchema = z.enum(['docx', 'pdf', 'md', 'csv']);
// Typed as any Uint8Array (Node's Buffer-backed ones included), checked at run time.
export const ExportedFileSchema = z.object({ name: z.string().min(1).max(300), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes') });

export const AuditReportResultSchema = resultOf(AuditReportSchema);
export const ArticleListResultSchema = resultOf(ArticleListSchema);
export const ArticleDetailResultSchema = resultOf(ArticleDetailSchema.nullable());
export const ExportedFileResultSchema = resultOf(ExportedFileSchema);

export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export type ArticleFilter = z.infer<typeof ArticleFilterSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type AuditReport = z.infer<typeof AuditReportSchema>;
export type ArticleList = z.infer<typeof ArticleListSchema>;
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;
export type StoredFinding = z.infer<typeof StoredFindingSchema>;
export type AuditFormat = z.infer<typeof AuditFormatSchema>;
export type ChecklistFormat = z.infer<typeof ChecklistFormatSchema>;
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
