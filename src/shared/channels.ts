// Room: shared — the IPC contract. Imports nothing (not even zod), so the sandboxed preload
// can bundle it without pulling a validation library into the renderer's process.
// One channel per use case; the name says which room answers it. Each feature keeps its
// channels in a file of its own (desktopChannels.ts: drafts and the library) merged here.
import { ArticleChannel } from './articleChannels.ts';
import { AuditChannel } from './auditChannels.ts';
import { DesktopChannel } from './desktopChannels.ts';

export const Channel = {
  appInfo: 'soat:app-info',
  ...DesktopChannel,
  ...AuditChannel,
  ...ArticleChannel,
} as const;

export type Channel = (typeof Channel)[keyof typeof Channel];
