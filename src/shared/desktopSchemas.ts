// Room: shared — the shapes that cross IPC for the draft and library use cases, as zod schemas.
// Main and the browser bridge validate every argument and answer with them; the page and the
// preload use only the inferred types (`import type`, so zod never reaches the page).
// They mirror core's and services' types; src/shared/desktopSchemas.test.ts fails to compile
// when the two drift apart.
import { z } from 'zod';

/** The most a draft or a directive may hold; a newspaper article is a few thousand words. */
export const MAX_TEXT = 2_000_000;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const text = z.string().max(MAX_TEXT);
const name = z.string().min(1).max(300);
const id = z.string().min(1).max(300);
export const IsoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'ngày dạng YYYY-MM-DD');

export const ServiceErrorSchema = z.object({ code: z.string(), message: z.string() });
export type ServiceError = z.infer<typeof ServiceErrorSchema>;

/** An expected failure is a value: `{ ok: false, error }` with a Vietnamese message. */
export function resultOf<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ServiceErrorSchema }),
  ]);
}

// ── The report of a check (core/check/types.ts) ─────────────────────────────────────────────
export const FindingKindSchema = z.enum([
  'figure-mismatch',
  'figure-direction',
  'figure-rounded',
  'figure-format',
  'quote-mismatch',
  'citation-mismatch',
  'theme-missing',
]);
const FindingSourceSchema = z.object({
  directive: z.string(),
  directiveTitle: z.string().nullable(),
  sectionPath: z.string().nullable(),
  sentence: z.string(),
});
export const FixSchema = z.object({ start: z.number().int(), end: z.number().int(), replacement: z.string() });
const DiffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const FindingSchema = z.object({
  id: z.string(),
  kind: FindingKindSchema,
  severity: z.enum(['error', 'warning']),
  start: z.number().int(),
  end: z.number().int(),
  actual: z.string(),
  expected: z.string().nullable(),
  message: z.string(),
  source: FindingSourceSchema.nullable(),
  fix: FixSchema.nullable(),
  diff: z.array(DiffPartSchema).optional(),
  themeId: z.string().optional(),
});
export const ThemeCoverageSchema = z.object({
  id: z.string(),
  directive: z.string(),
  path: z.string(),
  heading: z.string(),
  required: z.boolean(),
  covered: z.boolean(),
  score: z.number(),
  evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), score: z.number() })),
});
export const DirectiveRelevanceSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  kind: z.string().nullable(),
  inForce: z.boolean(),
  score: z.number(),
  reason: z.enum(['given', 'cited', 'similar', 'none']),
  considered: z.boolean(),
});
export const ReportSchema = z.object({
  date: z.string(),
  findings: z.array(FindingSchema),
  themes: z.array(ThemeCoverageSchema),
  directives: z.array(DirectiveRelevanceSchema),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    byKind: z.partialRecord(FindingKindSchema, z.number().int()),
    themesCovered: z.number().int(),
    themesMissing: z.number().int(),
  }),
});

export const CheckRequestSchema = z.object({
  date: IsoDateSchema,
  directives: z.array(id).max(500).optional(),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

// ── Directives and their items (core/directive/types.ts) ────────────────────────────────────
export const ValiditySchema = z.object({ from: z.string(), to: z.string().nullable(), evidence: z.string() });
const PeriodKeySchema = z.union([
  z.object({ kind: z.literal('months'), year: z.number().nullable(), from: z.number(), to: z.number() }),
  z.object({ kind: z.literal('years'), from: z.number(), to: z.number() }),
  z.object({ kind: z.literal('partial'), year: z.number().nullable() }),
  z.object({ kind: z.literal('named'), name: z.string() }),
  z.object({ kind: z.literal('season'), name: z.string(), year: z.number().nullable(), yearOffset: z.number().optional() }),
]);
const ScopeSchema = z.object({ level: z.enum(['national', 'region', 'province', 'district', 'commune']), name: z.string().nullable() });
export const FigureSchema = z.object({
  text: z.string(),
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  total: z.number().optional(),
  unit: z.string(),
  subject: z.string(),
  period: z.string().nullable(),
  change: z.enum(['tăng', 'giảm', 'đạt']).nullable(),
  approx: z.string().nullable(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  decimals: z.number().int(),
  convention: z.enum(['vi', 'en']),
  periodKey: PeriodKeySchema.nullable(),
  modality: z.enum(['actual', 'forecast', 'target']),
  scope: ScopeSchema.nullable(),
  sectionPath: z.string().nullable(),
});
export const QuoteSchema = z.object({
  type: z.enum(['slogan', 'theme', 'phrase']),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sectionPath: z.string().nullable(),
});
export const CitationSchema = z.object({
  kind: z.string().nullable(),
  number: z.string(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export const ThemeSchema = z.object({
  id: z.string(),
  path: z.string(),
  heading: z.string(),
  required: z.boolean(),
  start: z.number().int(),
  end: z.number().int(),
});

export const DirectiveStatusSchema = z.enum(['active', 'retired']);
export const DirectiveSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  kind: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  file: z.string().nullable(),
  status: DirectiveStatusSchema,
  validity: ValiditySchema.nullable(),
  counts: z.object({
    figures: z.number().int(),
    quotes: z.number().int(),
    references: z.number().int(),
    themes: z.number().int(),
    edits: z.number().int(),
  }),
  importedAt: z.string(),
  updatedAt: z.string(),
});
export type DirectiveSummary = z.infer<typeof DirectiveSummarySchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  status: DirectiveStatusSchema,
  snippet: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

const keyed = <T extends z.ZodType>(item: T) => z.object({ key: z.string(), origin: z.enum(['parsed', 'added']), item });
export const DirectiveDetailSchema = z.object({
  summary: DirectiveSummarySchema,
  province: z.string().nullable(),
  figures: z.array(keyed(FigureSchema)),
  quotes: z.array(keyed(QuoteSchema)),
  references: z.array(keyed(CitationSchema)),
  implements: z.array(keyed(CitationSchema)),
  themes: z.array(keyed(ThemeSchema)),
});
export type DirectiveDetail = z.infer<typeof DirectiveDetailSchema>;

/** The item kinds a lead may correct, add to or delete from. */
export const EditableKindSchema = z.enum(['figure', 'quote', 'reference', 'implements']);
export type EditableKind = z.infer<typeof EditableKindSchema>;
/** Field values a lead typed; the library service checks each against the field's type. */
export const ItemFieldsSchema = z.record(z.string().max(40), z.unknown());

// ── Files and imports ───────────────────────────────────────────────────────────────────────
export const NamedBytesSchema = z.object({
  name,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_FILE_BYTES, 'tệp quá lớn'),
});
export type NamedBytes = z.infer<typeof NamedBytesSchema>;

export const DraftFileSchema = z.object({ name: z.string(), text: z.string() });
export type DraftFile = z.infer<typeof DraftFileSchema>;

export const ImportPreviewSchema = z.object({
  previewId: z.string(),
  file: z.string(),
  directive: z.object({
    id: z.string(),
    kind: z.string().nullable(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    province: z.string().nullable(),
    issuedOn: z.string().nullable(),
    title: z.string().nullable(),
    validity: ValiditySchema.nullable(),
  }),
  counts: z.object({
    figures: z.number().int(),
    quotes: z.number().int(),
    references: z.number().int(),
    implements: z.number().int(),
    themes: z.number().int(),
  }),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema),
  references: z.array(CitationSchema),
  implements: z.array(CitationSchema),
  themes: z.array(ThemeSchema),
  status: z.enum(['new', 'update', 'same', 'conflict']),
  note: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportCommittedSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  outcome: z.enum(['added', 'updated', 'unchanged']),
  unapplied: z.number().int(),
});
export type ImportCommitted = z.infer<typeof ImportCommittedSchema>;

// ── The draft kept between sessions ────────────────────────────────────────────────────────
export const DraftInputSchema = z.object({
  text,
  date: IsoDateSchema,
  directives: z.array(id).max(500),
  /** The article the draft was saved as or opened from (src/shared/articleChannels.ts). */
  articleId: z.number().int().positive().nullable().optional(),
});
export type DraftInput = z.infer<typeof DraftInputSchema>;
export const SavedDraftSchema = DraftInputSchema.extend({ savedAt: z.string() });
export type SavedDraft = z.infer<typeof SavedDraftSchema>;

export const schemaLimits = { text, name, id };
