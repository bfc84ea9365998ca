// Room: main — the answers of the editor's article channels (src/shared/articleChannels.ts), merged
// into ipcAnswers.ts's table so Electron and the browser harness answer them alike. The work is in
// src/services/app (articleDesk.ts, importRunner.ts); the import's events leave through the host's
// gated sender.
import type { AppServices } from '../services/app/createAppServices.ts';
import { ArticleChannel, IMPORT_EVENT } from '../shared/articleChannels.ts';
import type { Answer } from './answerIpc.ts';
import type { SendEvent } from './gatedEvents.ts';

export interface ArticleAnswerContext {
  services: () => Promise<AppServices>;
  /** The host's dialog for a bulk import's source; null when cancelled (or in a browser). */
  chooseImportSource: (kind: 'folder' | 'file') => Promise<string | null>;
  /** Sends an event to the page, checked against the shared event contract. */
  sendEvent: SendEvent;
}

type ArticleAnswers = { [M in keyof typeof ArticleChannel]: Answer<(typeof ArticleChannel)[M]> };

export function articleAnswers(context: ArticleAnswerContext): { [C in (typeof ArticleChannel)[keyof typeof ArticleChannel]]: Answer<C> } {
  const s = context.services;
  const answers: ArticleAnswers = {
    saveArticle: async (request) => (await s()).saveArticle(request),
    resolveFinding: async (id, key, decision) => (await s()).resolveFinding(id, key, decision),
    signOffArticle: async (id, name) => (await s()).signOffArticle(id, name),
    articleOutlets: async () => (await s()).articleOutlets(),
    chooseImportSource: (kind) => context.chooseImportSource(kind),
    startImport: async (source, defaults) => (await s()).startImport(source, defaults, (event) => context.sendEvent(IMPORT_EVENT, event)),
    cancelImport: async (run) => (await s()).cancelImport(run),
    importStatus: async () => (await s()).importStatus(),
  };
  return Object.fromEntries(Object.entries(ArticleChannel).map(([method, channel]) => [channel, answers[method as keyof ArticleAnswers]])) as never;
}
