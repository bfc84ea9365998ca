// Room: renderer — what the page may expect from its host. In the desktop app the preload
// puts `window.soat` there; a browser harness may provide the same API or none, so it is
// optional and every use checks for it.
import type { SoatApi } from '../../shared/SoatApi.ts';

declare global {
  interface Window {
    readonly soat?: SoatApi;
  }
}

export {};
