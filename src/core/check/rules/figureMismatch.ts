// figure-mismatch: the draft states an approved measure, for the same period and place, with
// another value. The fix writes the approved figure as the directive writes it.
import type { Rule } from '../rule.ts';
import { figureFinding } from './figureFinding.ts';

export const figureMismatch: Rule = {
  kind: 'figure-mismatch',
  run: (ctx) =>
    ctx.figureMatches
      .filter((m) => m.outcome === 'mismatch')
      .map((m) =>
        figureFinding(ctx, m, 'figure-mismatch', 'error', (actual, expected, about) =>
          `Số liệu “${actual}” khác số liệu đã được duyệt “${expected}”${about}.`,
        ),
      ),
};
