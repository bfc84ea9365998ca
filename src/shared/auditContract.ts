// Room: shared — for each channel of auditChannels.ts, its arguments (a tuple, the way
// ipcRenderer.invoke sends them) and its answer. contract.ts merges these with the rest.
import { z } from 'zod';
import { AuditChannel as C } from './auditChannels.ts';
import {
  ArticleDetailResultSchema,
  ArticleFilterSchema,
  ArticleListResultSchema,
  AuditFormatSchema,
  AuditQuerySchema,
  AuditReportResultSchema,
  ChecklistFormatSchema,
  ExportedFileResultSchema,
} from './auditSchemas.ts';

const articleId = z.number().int().positive();

export const auditContract = {
  [C.auditMonth]: { request: z.tuple([AuditQuerySchema]), response: AuditReportResultSchema },
  [C.auditArticles]: { request: z.tuple([ArticleFilterSchema]), response: ArticleListResultSchema },
  [C.auditArticle]: { request: z.tuple([articleId]), response: ArticleDetailResultSchema },
  [C.exportAudit]: { request: z.tuple([AuditQuerySchema, AuditFormatSchema]), response: ExportedFileResultSchema },
  [C.exportChecklist]: { request: z.tuple([articleId, ChecklistFormatSchema]), response: ExportedFileResultSchema },
} as const;
