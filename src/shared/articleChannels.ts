// Room: shared — the channels of the editor's articles in the desktop app (issue 5): the draft saved
// as an article, its findings resolved, its checklist signed off, and the bulk import with its
// progress event. Listing and opening articles and exporting a checklist are the audit's channels
// (auditChannels.ts). Imports nothing at run time, like channels.ts: the sandboxed preload bundles
// it. Each key is the name of the function on window.soat.
import type { ImportEvent } from './articleSchemas.ts';

export const ArticleChannel = {
  /** The draft as an article: a new one, or a new version of the one it is. */
  saveArticle: 'soat:save-article',
  /** Fixed, dismissed with a reason, or open again: one finding of the current version. */
  resolveFinding: 'soat:resolve-finding',
  /** Signs the current version's checklist off; refused while an error is open. */
  signOffArticle: 'soat:sign-off-article',
  /** Outlets that have articles, for the list's filter. */
  articleOutlets: 'soat:article-outlets',
  /** The host's dialog for a folder or a CSV/JSON export; null when cancelled (see choosesPaths). */
  chooseImportSource: 'soat:choose-import-source',
  /** Starts a bulk import (or resumes the stopped one of the same source); progress comes as events. */
  startImport: 'soat:start-import',
  cancelImport: 'soat:cancel-import',
  /** The latest import of the session and the stopped ones that can be resumed. */
  importStatus: 'soat:import-status',
} as const;

export type ArticleMethod = keyof typeof ArticleChannel;

/** Main → page: how the bulk import goes (ImportEventSchema). Main validates every event it sends. */
export const IMPORT_EVENT = 'soat:import-event';

/** The preload's light check (it carries no zod) that an event has the shape main sent. */
export function isImportEvent(value: unknown): value is ImportEvent {
  if (value === null || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  return typeof event['run'] === 'number' && typeof event['source'] === 'string' && ['running', 'finished', 'failed'].includes(event['state'] as string);
}
