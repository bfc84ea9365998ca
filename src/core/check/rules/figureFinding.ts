// The finding every figure rule reports: the draft's figure, the approved wording as the
// directive writes it, the measure and period, and the approved sentence as the source.
import type { FindingKind, Severity } from '../types.ts';
import type { RawFinding, RuleContext } from '../rule.ts';
import type { FigureMatch } from '../matchFigures.ts';
import { describePeriod } from '../../text/periods.ts';
import { QUALIFIERS } from '../../figure/figureWords.ts';
import { findingSource, directiveLabel } from '../findingSource.ts';

export function figureFinding(
  ctx: RuleContext,
  m: FigureMatch,
  kind: FindingKind,
  severity: Severity,
  message: (actual: string, expected: string, about: string) => string,
): RawFinding {
  const text = ctx.draft.normal.text;
  const a = m.approved.figure;
  let start = m.draft.start;
  let expected = a.text;
  let replacement = a.text;
  if (kind === 'figure-direction' && a.change) {
    // "giảm 4,5%" → "tăng 4,5%": the change word is part of what is wrong.
    const before = text.slice(Math.max(0, start - 12), start);
    const w = /(tăng|giảm)\s*$/u.exec(before);
    if (w) start = start - (before.length - w.index);
    expected = `${a.change} ${a.text}`;
    replacement = w ? `${a.change} ${text.slice(m.draft.start, m.draft.end)}` : replacement;
  } else if (kind === 'figure-mismatch' && a.approx && QUALIFIERS.includes(a.approx) && a.approx !== 'ước') {
    // "gần 90 km" → "gần 80 km": the approved wording with its qualifier.
    expected = `${a.approx} ${a.text}`;
  }
  const period = m.approved.periodKey ? describePeriod(m.approved.periodKey) : null;
  const about = ` (${[a.subject, period].filter(Boolean).join(', ')} — ${directiveLabel(m.approved.directive)})`;
  const actual = text.slice(start, m.draft.end);
  return {
    kind,
    severity,
    start,
    end: m.draft.end,
    expected,
    message: message(actual, expected, about),
    source: findingSource(m.approved.directive, a.sectionPath, a.sentence),
    fix: { start, end: m.draft.end, replacement },
  };
}
