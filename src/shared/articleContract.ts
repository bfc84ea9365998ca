// Room: shared — for each channel of articleChannels.ts, its arguments (a tuple, the way
// ipcRenderer.invoke sends them) and its answer; and the events main sends to the page, each with
// the schema main checks it against before it leaves. contract.ts merges the channels with the rest.
import { z } from 'zod';
import { ArticleChannel as C, IMPORT_EVENT } from './articleChannels.ts';
import {
  ArticleIdSchema,
  ArticleResultSchema,
  ArticleSavedResultSchema,
  FindingDecisionSchema,
  FindingKeySchema,
  ImportDefaultsSchema,
  ImportEventSchema,
  ImportRunSchema,
  ImportSourceKindSchema,
  ImportSourceSchema,
  ImportStatusSchema,
  SaveArticleRequestSchema,
  SignerSchema,
} from './articleSchemas.ts';
import { resultOf } from './desktopSchemas.ts';

export const articleContract = {
  [C.saveArticle]: { request: z.tuple([SaveArticleRequestSchema]), response: ArticleSavedResultSchema },
  [C.resolveFinding]: { request: z.tuple([ArticleIdSchema, FindingKeySchema, FindingDecisionSchema]), response: ArticleResultSchema },
  [C.signOffArticle]: { request: z.tuple([ArticleIdSchema, SignerSchema]), response: ArticleResultSchema },
  [C.articleOutlets]: { request: z.tuple([]), response: resultOf(z.array(z.string())) },
  [C.chooseImportSource]: { request: z.tuple([ImportSourceKindSchema]), response: z.string().nullable() },
  [C.startImport]: { request: z.tuple([ImportSourceSchema, ImportDefaultsSchema]), response: resultOf(z.object({ run: ImportRunSchema })) },
  [C.cancelImport]: { request: z.tuple([ImportRunSchema]), response: z.boolean() },
  [C.importStatus]: { request: z.tuple([]), response: resultOf(ImportStatusSchema) },
} as const;

/** Main → page events and the schema each must pass before it is sent. */
export const eventContract = {
  [IMPORT_EVENT]: ImportEventSchema,
} as const;

export type EventChannel = keyof typeof eventContract;
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>;
