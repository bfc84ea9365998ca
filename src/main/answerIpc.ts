// Room: main — the one gate every IPC request passes: the sender must be the app's own page,
// the arguments must match the shared contract, and so must the answer. Pure (no Electron),
// so the gate is tested directly; registerIpcHandlers.ts wires it to ipcMain.
import { z } from 'zod';
import type { Channel } from '../shared/channels.ts';
import { contract, type ChannelRequest, type ChannelResponse } from '../shared/contract.ts';

export type Answer<C extends Channel> = (...args: ChannelRequest<C>) => ChannelResponse<C> | Promise<ChannelResponse<C>>;

/**
 * Returns the function ipcMain calls for `channel`. A refused request throws: the renderer
 * sees a rejected promise. That is a bug or an attack, never an expected outcome.
 */
export function answerIpc<C extends Channel>(
  channel: C,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
  answer: Answer<C>,
): (senderUrl: string | undefined, args: unknown[]) => Promise<ChannelResponse<C>> {
  const { request, response } = contract[channel];
  return async (senderUrl, args) => {
    if (!isTrustedSender(senderUrl)) {
      throw new Error(`Từ chối yêu cầu ${channel}: không đến từ cửa sổ của Soát (${senderUrl ?? 'không rõ'}).`);
    }
    const parsed = request.safeParse(args);
    if (!parsed.success) {
      throw new Error(`Tham số không hợp lệ cho ${channel}:\n${z.prettifyError(parsed.error)}`);
    }
    const result = await answer(...(parsed.data as ChannelRequest<C>));
    return response.parse(result) as ChannelResponse<C>;
  };
}
