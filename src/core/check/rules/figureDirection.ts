// figure-direction: the draft says "giảm" where the approved figure says "tăng", or the reverse.
import type { Rule } from '../rule.ts';
import { figureFinding } from './figureFinding.ts';

export const figureDirection: Rule = {
  kind: 'figure-direction',
  run: (ctx) =>
    ctx.figureMatches
      .filter((m) => m.outcome === 'direction')
      .map((m) =>
        figureFinding(ctx, m, 'figure-direction', 'error', (actual, expected, about) =>
          `Ngược chiều với văn bản: bài viết “${actual}”, số liệu đã được duyệt “${expected}”${about}.`,
        ),
      ),
};
