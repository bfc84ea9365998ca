// Room: main — what each channel of the shared contract answers, as one table: a line per use
// case, calling the services. registerIpcHandlers puts every entry behind answerIpc's gate on
// ipcMain; the browser harness puts the very same table behind the same gate on HTTP, so the
// two hosts cannot drift apart.
import type { AppServices } from '../services/app/createAppServices.ts';
import { Channel } from '../shared/channels.ts';
import type { Answer } from './answerIpc.ts';
import { articleAnswers, type ArticleAnswerContext } from './articleAnswers.ts';
import { auditAnswers, type AuditAnswerContext } from './auditAnswers.ts';

export interface AnswerContext extends AuditAnswerContext, ArticleAnswerContext {
  appName: string;
  appVersion: string;
  /** The services, once the library is open (the window shows before that). */
  services: () => Promise<AppServices>;
  /** Shows the open dialog; the chosen path, or null when the user cancels. */
  chooseFile: (purpose: 'draft' | 'directive') => Promise<string | null>;
}

export type AnswerTable = { [C in Channel]: Answer<C> };

export function ipcAnswers(context: AnswerContext): AnswerTable {
  const s = context.services;
  return {
    [Channel.appInfo]: () => ({ name: context.appName, version: context.appVersion }),
    [Channel.checkDraft]: async (text, options) => (await s()).checkDraft(text, options),
    [Channel.suggestDirectives]: async (text, date) => (await s()).suggestDirectives(text, date),
    [Channel.openDraftFile]: async () => {
      const path = await context.chooseFile('draft');
      return path === null ? null : (await s()).readDraftPath(path);
    },
    [Channel.readDraftFile]: async (file) => (await s()).readDraftFile(file),
    [Channel.loadDraft]: async () => (await s()).loadDraft(),
    [Channel.saveDraft]: async (draft) => (await s()).saveDraft(draft),
    [Channel.listDirectives]: async () => (await s()).listDirectives(),
    [Channel.searchDirectives]: async (query) => (await s()).searchDirectives(query),
    [Channel.getDirective]: async (id) => (await s()).getDirective(id),
    [Channel.openDirectiveFile]: async () => {
      const path = await context.chooseFile('directive');
      return path === null ? null : (await s()).previewDirectivePath(path);
    },
    [Channel.previewDirectiveFile]: async (file) => (await s()).previewDirectiveFile(file),
    [Channel.commitImport]: async (previewId) => (await s()).commitImport(previewId),
    [Channel.updateItem]: async (id, kind, key, patch) => (await s()).updateItem(id, kind, key, patch),
    [Channel.addItem]: async (id, kind, fields) => (await s()).addItem(id, kind, fields),
    [Channel.deleteItem]: async (id, kind, key) => (await s()).deleteItem(id, kind, key),
    [Channel.setThemeRequired]: async (id, path, required) => (await s()).setThemeRequired(id, path, required),
    [Channel.setStatus]: async (id, status) => (await s()).setStatus(id, status),
    [Channel.setValidity]: async (id, validity) => (await s()).setValidity(id, validity),
    ...auditAnswers(context),
    ...articleAnswers(context),
  };
}
