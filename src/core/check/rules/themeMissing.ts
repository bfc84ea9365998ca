// theme-missing: a required theme of a directive the article answers to, in force on the
// publication date, that the draft does not cover. It has no span in the draft.
import type { RawFinding, Rule } from '../rule.ts';
import { findingSource } from '../findingSource.ts';

export const themeMissing: Rule = {
  kind: 'theme-missing',
  run: (ctx) => {
    const out: RawFinding[] = [];
    for (const t of ctx.themes) {
      if (t.covered || !t.required) continue;
      const d = ctx.library.directives.find((x) => x.id === t.directive);
      if (!d) continue;
      out.push({
        kind: 'theme-missing',
        severity: 'warning',
        start: 0,
        end: 0,
        expected: t.heading,
        message: `Bài viết chưa đề cập nội dung yêu cầu ${t.path} “${t.heading}” của ${d.number ?? d.id}.`,
        source: findingSource(d, t.path, t.heading),
        fix: null,
        themeId: t.id,
      });
    }
    return out;
  },
};
