// Room: shared — what the preload puts on `window.soat`: one named, typed function per use
// case, never a raw channel. It lives here rather than as `typeof api` in the preload because
// the renderer may import shared but not the preload. The browser harness defines the same
// API over HTTP, so the page cannot tell which host it talks to.
import type { ArticleApi } from './ArticleApi.ts';
import type { ImportEvent } from './articleSchemas.ts';
import type { AuditApi } from './AuditApi.ts';
import type { Channel } from './channels.ts';
import type { AppInfo, ChannelRequest, ChannelResponse } from './contract.ts';
import type { AppCommand, DesktopChannel } from './desktopChannels.ts';

/** A use case: the channel's arguments in, a promise of its answer out. */
export type Invoke<C extends Channel> = (...args: ChannelRequest<C>) => Promise<ChannelResponse<C>>;

/** The draft and library use cases, one function per entry of desktopChannels.ts. */
export type DesktopApi = { readonly [M in keyof typeof DesktopChannel]: Invoke<(typeof DesktopChannel)[M]> };

export interface SoatApi extends DesktopApi, AuditApi, ArticleApi {
  /** The application's name and version, for the window's footer and the About box. */
  appInfo(): Promise<AppInfo>;
  /** Menu items chosen in the host (Electron's menu); returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** The bulk import's progress, end and failure, as main sends them; returns a function that stops listening. */
  onImportEvent(listener: (event: ImportEvent) => void): () => void;
  /** Whether chooseImportSource shows a dialog that gives a path (Electron's); a browser's cannot. */
  readonly choosesPaths: boolean;
}
