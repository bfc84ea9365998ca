// Room: main — connects each channel of the shared contract to its answer. Answers stay one
// line long: the work belongs to src/services (the library, importers, checks). Every request
// passes answerIpc's gate first: a trusted sender, arguments and answer as the contract says.
import { ipcMain } from 'electron';
import type { AppServices } from '../services/app/createAppServices.ts';
import { Channel } from '../shared/channels.ts';
import { answerIpc, type Answer } from './answerIpc.ts';

export interface IpcContext {
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  appName: string;
  appVersion: string;
  /** The services, once the library is open (the window shows before that). */
  services: () => Promise<AppServices>;
  /** Shows the open dialog; the chosen path, or null when the user cancels. */
  chooseFile: (purpose: 'draft' | 'directive') => Promise<string | null>;
}

export function registerIpcHandlers(context: IpcContext): void {
  const on = <C extends Channel>(channel: C, answer: Answer<C>): void => {
    const gate = answerIpc(channel, context.isTrustedSender, answer);
    ipcMain.handle(channel, (event, ...args: unknown[]) => gate(event.senderFrame?.url, args));
  };
  const s = context.services;
  on(Channel.appInfo, () => ({ name: context.appName, version: context.appVersion }));
  on(Channel.checkDraft, async (text, options) => (await s()).checkDraft(text, options));
  on(Channel.suggestDirectives, async (text, date) => (await s()).suggestDirectives(text, date));
  on(Channel.openDraftFile, async () => {
    const path = await context.chooseFile('draft');
    return path === null ? null : (await s()).readDraftPath(path);
  });
  on(Channel.readDraftFile, async (file) => (await s()).readDraftFile(file));
  on(Channel.loadDraft, async () => (await s()).loadDraft());
  on(Channel.saveDraft, async (draft) => (await s()).saveDraft(draft));
  on(Channel.listDirectives, async () => (await s()).listDirectives());
  on(Channel.searchDirectives, async (query) => (await s()).searchDirectives(query));
  on(Channel.getDirective, async (id) => (await s()).getDirective(id));
  on(Channel.openDirectiveFile, async () => {
    const path = await context.chooseFile('directive');
    return path === null ? null : (await s()).previewDirectivePath(path);
  });
  on(Channel.previewDirectiveFile, async (file) => (await s()).previewDirectiveFile(file));
  on(Channel.commitImport, async (previewId) => (await s()).commitImport(previewId));
  on(Channel.updateItem, async (id, kind, key, patch) => (await s()).updateItem(id, kind, key, patch));
  on(Channel.addItem, async (id, kind, fields) => (await s()).addItem(id, kind, fields));
  on(Channel.deleteItem, async (id, kind, key) => (await s()).deleteItem(id, kind, key));
  on(Channel.setThemeRequired, async (id, path, required) => (await s()).setThemeRequired(id, path, required));
  on(Channel.setStatus, async (id, status) => (await s()).setStatus(id, status));
  on(Channel.setValidity, async (id, validity) => (await s()).setValidity(id, validity));
}
