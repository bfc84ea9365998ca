// Room: main — puts every answer of ipcAnswers.ts on ipcMain, behind answerIpc's gate: a trusted
// sender, arguments and answer as the shared contract says.
import { ipcMain } from 'electron';
import { Channel } from '../shared/channels.ts';
import { answerIpc, type Answer } from './answerIpc.ts';
import { ipcAnswers, type AnswerContext } from './ipcAnswers.ts';

export interface IpcContext extends AnswerContext {
  isTrustedSender: (senderUrl: string | undefined) => boolean;
}

export function registerIpcHandlers(context: IpcContext): void {
  const answers = ipcAnswers(context);
  const on = <C extends Channel>(channel: C, answer: Answer<C>): void => {
    const gate = answerIpc(channel, context.isTrustedSender, answer);
    ipcMain.handle(channel, (event, ...args: unknown[]) => gate(event.senderFrame?.url, args));
  };
  for (const channel of Object.values(Channel)) on(channel, answers[channel] as Answer<typeof channel>);
}
