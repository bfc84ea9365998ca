// Room: shared — what the preload puts on `window.soat`: one named, typed function per use
// case, never a raw channel. It lives here rather than as `typeof api` in the preload because
// the renderer may import shared but not the preload.
import type { AppInfo } from './contract.ts';

export interface SoatApi {
  /** The application's name and version, for the window's footer and the About box. */
  appInfo(): Promise<AppInfo>;
}
