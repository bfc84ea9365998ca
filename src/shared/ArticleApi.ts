// Room: shared — the editor's article use cases on window.soat: one function per entry of
// articleChannels.ts, merged into SoatApi.
import type { ArticleChannel } from './articleChannels.ts';
import type { Invoke } from './SoatApi.ts';

export type ArticleApi = { readonly [M in keyof typeof ArticleChannel]: Invoke<(typeof ArticleChannel)[M]> };
