// Room: shared — for each channel of desktopChannels.ts, its arguments (a tuple, the way
// ipcRenderer.invoke sends them) and its answer. contract.ts merges these with the rest.
import { z } from 'zod';
import { DesktopChannel as C } from './desktopChannels.ts';
import {
  CheckRequestSchema,
  DirectiveDetailSchema,
  DirectiveRelevanceSchema,
  DirectiveStatusSchema,
  DirectiveSummarySchema,
  DraftFileSchema,
  DraftInputSchema,
  EditableKindSchema,
  ImportCommittedSchema,
  ImportPreviewSchema,
  IsoDateSchema,
  ItemFieldsSchema,
  NamedBytesSchema,
  ReportSchema,
  resultOf,
  SavedDraftSchema,
  schemaLimits,
  SearchHitSchema,
  ValiditySchema,
} from './desktopSchemas.ts';

const { text, id } = schemaLimits;
const query = z.string().max(500);
const itemKey = z.string().min(1).max(2000);
const detail = resultOf(DirectiveDetailSchema);

export const desktopContract = {
  [C.checkDraft]: { request: z.tuple([text, CheckRequestSchema]), response: ReportSchema },
  [C.suggestDirectives]: { request: z.tuple([text, IsoDateSchema]), response: z.array(DirectiveRelevanceSchema) },
  [C.openDraftFile]: { request: z.tuple([]), response: resultOf(DraftFileSchema).nullable() },
  [C.readDraftFile]: { request: z.tuple([NamedBytesSchema]), response: resultOf(DraftFileSchema) },
  [C.loadDraft]: { request: z.tuple([]), response: SavedDraftSchema.nullable() },
  [C.saveDraft]: { request: z.tuple([DraftInputSchema]), response: SavedDraftSchema },
  [C.listDirectives]: { request: z.tuple([]), response: z.array(DirectiveSummarySchema) },
  [C.searchDirectives]: { request: z.tuple([query]), response: z.array(SearchHitSchema) },
  [C.getDirective]: { request: z.tuple([id]), response: DirectiveDetailSchema.nullable() },
  [C.openDirectiveFile]: { request: z.tuple([]), response: resultOf(ImportPreviewSchema).nullable() },
  [C.previewDirectiveFile]: { request: z.tuple([NamedBytesSchema]), response: resultOf(ImportPreviewSchema) },
  [C.commitImport]: { request: z.tuple([id]), response: resultOf(ImportCommittedSchema) },
  [C.updateItem]: { request: z.tuple([id, EditableKindSchema, itemKey, ItemFieldsSchema]), response: detail },
  [C.addItem]: { request: z.tuple([id, EditableKindSchema, ItemFieldsSchema]), response: detail },
  [C.deleteItem]: { request: z.tuple([id, EditableKindSchema, itemKey]), response: detail },
  [C.setThemeRequired]: { request: z.tuple([id, z.string().min(1).max(100), z.boolean()]), response: detail },
  [C.setStatus]: { request: z.tuple([id, DirectiveStatusSchema]), response: detail },
  [C.setValidity]: { request: z.tuple([id, ValiditySchema.nullable()]), response: detail },
} as const;
