// figure-format: a number written against Vietnamese convention ("5.66%" for "5,66%", "2,000 tỷ"
// for "2.000 tỷ"). With an approved figure the fix is its wording; otherwise the same number
// written the Vietnamese way, when the English reading is certain.
import type { RawFinding, Rule } from '../rule.ts';
import { formatNumber } from '../../text/numbers.ts';
import { figureFinding } from './figureFinding.ts';

const MESSAGE = (actual: string, expected: string, about: string): string =>
  `Số “${actual}” viết chưa đúng quy cách tiếng Việt (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn); viết đúng: “${expected}”${about}.`;

export const figureFormat: Rule = {
  kind: 'figure-format',
  run: (ctx) => {
    const out: RawFinding[] = ctx.figureMatches
      .filter((m) => m.outcome === 'format')
      .map((m) => figureFinding(ctx, m, 'figure-format', 'warning', MESSAGE));
    const matched = new Set(ctx.figureMatches.map((m) => m.draft));
    const text = ctx.draft.normal.text;
    for (const f of ctx.draft.figures) {
      if (matched.has(f) || f.convention !== 'en' || Array.isArray(f.value)) continue;
      const m = /^[\d.,]+/.exec(text.slice(f.start, f.end));
      if (!m) continue;
      const replacement = formatNumber(f.value, f.decimals);
      out.push({
        kind: 'figure-format',
        severity: 'warning',
        start: f.start,
        end: f.start + m[0].length,
        expected: replacement,
        message: MESSAGE(m[0], replacement, ''),
        source: null,
        fix: { start: f.start, end: f.start + m[0].length, replacement },
      });
    }
    return out;
  },
};
