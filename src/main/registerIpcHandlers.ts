// Room: main — connects each channel of the shared contract to its answer. Answers stay one
// line long: the work belongs to src/services (the library, importers, checks).
import { ipcMain } from 'electron';
import { Channel } from '../shared/channels.ts';
import { answerIpc, type Answer } from './answerIpc.ts';

export interface IpcContext {
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  appName: string;
  appVersion: string;
}

export function registerIpcHandlers(context: IpcContext): void {
  const on = <C extends Channel>(channel: C, answer: Answer<C>): void => {
    const gate = answerIpc(channel, context.isTrustedSender, answer);
    ipcMain.handle(channel, (event, ...args: unknown[]) => gate(event.senderFrame?.url, args));
  };

  on(Channel.appInfo, () => ({ name: context.appName, version: context.appVersion }));
}
