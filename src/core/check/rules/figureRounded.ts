// figure-rounded: the draft's value is the approved one rounded ("5,7%" for "5,66%"). A warning:
// rounding is not wrong, but the approved figure is the one to print.
import type { Rule } from '../rule.ts';
import { figureFinding } from './figureFinding.ts';

export const figureRounded: Rule = {
  kind: 'figure-rounded',
  run: (ctx) =>
    ctx.figureMatches
      .filter((m) => m.outcome === 'rounded')
      .map((m) =>
        figureFinding(ctx, m, 'figure-rounded', 'warning', (actual, expected, about) =>
          `Số liệu “${actual}” là số đã làm tròn; số liệu chính thức là “${expected}”${about}.`,
        ),
      ),
};
