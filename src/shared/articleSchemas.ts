// Room: shared — the shapes that cross IPC for the editor's articles and the bulk import, as zod
// schemas mirroring services' SaveArticleRequest, ArticleSaved, ImportEvent and ImportStatus (the
// article itself is auditSchemas.ts's ArticleDetail). src/shared/articleSchemas.test.ts fails to
// compile when they drift from the services' types.
import { z } from 'zod';
import { ArticleDetailSchema } from './auditSchemas.ts';
import { IsoDateSchema, resultOf, schemaLimits, ServiceErrorSchema } from './desktopSchemas.ts';

const count = z.number().int().nonnegative();
const short = z.string().max(500);
export const ArticleIdSchema = z.number().int().positive();

export const SaveArticleRequestSchema = z.object({
  articleId: ArticleIdSchema.nullable(),
  text: schemaLimits.text,
  date: IsoDateSchema,
  directives: z.array(schemaLimits.id).max(500),
  // Longer than the service allows, so its own message (in words) says what is wrong.
  title: z.string().max(5000).optional(),
  outlet: short.optional(),
  section: short.optional(),
  author: short.optional(),
});
export type SaveArticleRequest = z.infer<typeof SaveArticleRequestSchema>;

export const ArticleSavedSchema = z.object({ change: z.enum(['added', 'updated', 'unchanged']), article: ArticleDetailSchema });
export type ArticleSaved = z.infer<typeof ArticleSavedSchema>;

export const FindingKeySchema = z.string().min(1).max(500);
export const FindingDecisionSchema = z.object({ resolution: z.enum(['fixed', 'dismissed']).nullable(), reason: z.string().max(2000).optional() });
export type FindingDecision = z.infer<typeof FindingDecisionSchema>;
export const SignerSchema = z.string().max(200);

// ── The bulk import ─────────────────────────────────────────────────────────────────────────
export const ImportSourceKindSchema = z.enum(['folder', 'file']);
export type ImportSourceKind = z.infer<typeof ImportSourceKindSchema>;
/** A folder or a CSV/JSON file on the host's disk. */
export const ImportSourceSchema = z.string().min(1).max(4096);
export const ImportDefaultsSchema = z.object({ outlet: short.optional(), section: short.optional(), author: short.optional(), date: IsoDateSchema.optional() });
export type ImportDefaults = z.infer<typeof ImportDefaultsSchema>;
export const ImportRunSchema = z.number().int().positive();

export const ImportProgressSchema = z.object({
  total: count,
  done: count,
  added: count,
  updated: count,
  unchanged: count,
  failed: count,
  elapsedMs: z.number().nonnegative(),
  remainingMs: z.number().nonnegative().nullable(),
  current: z.string().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

const SourceKindSchema = z.enum(['folder', 'csv', 'json']);
export const ImportSummarySchema = z.object({
  jobId: z.number().int(),
  source: z.string(),
  kind: SourceKindSchema,
  total: count,
  added: count,
  updated: count,
  unchanged: count,
  failed: z.array(z.object({ key: z.string(), message: z.string() })),
  ignored: z.array(z.string()),
  resumed: z.boolean(),
  alreadyDone: count,
  cancelled: z.boolean(),
  elapsedMs: z.number().nonnegative(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

const run = { run: ImportRunSchema, source: z.string() };
export const ImportEventSchema = z.discriminatedUnion('state', [
  z.object({ ...run, state: z.literal('running'), progress: ImportProgressSchema }),
  z.object({ ...run, state: z.literal('finished'), summary: ImportSummarySchema }),
  z.object({ ...run, state: z.literal('failed'), error: ServiceErrorSchema }),
]);
export type ImportEvent = z.infer<typeof ImportEventSchema>;

export const StoppedImportSchema = z.object({
  jobId: z.number().int(),
  source: z.string(),
  kind: SourceKindSchema,
  total: count,
  done: count,
  failed: count,
  defaults: z.object({ outlet: z.string().optional(), section: z.string().optional(), author: z.string().optional(), date: z.string().optional() }),
  updatedAt: z.string(),
});
export type StoppedImport = z.infer<typeof StoppedImportSchema>;

export const ImportStatusSchema = z.object({ current: ImportEventSchema.nullable(), stopped: z.array(StoppedImportSchema) });
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

export const ArticleSavedResultSchema = resultOf(ArticleSavedSchema);
export const ArticleResultSchema = resultOf(ArticleDetailSchema);
