// Room: shared — the IPC contract: for every channel, the shape of its arguments and of its
// answer. Main validates every argument with these schemas before calling a service; the
// preload and renderer only use the inferred types.
import { z } from 'zod';
import { articleContract } from './articleContract.ts';
import { auditContract } from './auditContract.ts';
import { Channel } from './channels.ts';
import { desktopContract } from './desktopContract.ts';

export const AppInfoSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Arguments (as a tuple, the way ipcRenderer.invoke sends them) and answer of each channel. */
export const contract = {
  [Channel.appInfo]: { request: z.tuple([]), response: AppInfoSchema },
  ...desktopContract,
  ...auditContract,
  ...articleContract,
} as const satisfies Record<Channel, { request: z.ZodTuple; response: z.ZodType }>;

export type ChannelRequest<C extends Channel> = z.infer<(typeof contract)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.infer<(typeof contract)[C]['response']>;
