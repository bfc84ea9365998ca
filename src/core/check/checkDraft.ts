// checkDraft: the draft exactly as typed, the compiled library and the publication date in; a
// report out. Every finding's offsets point into the draft as given.

import type { CheckOptions, Finding, FindingKind, Report } from './types.ts';
import type { CompiledLibrary } from './compileLibrary.ts';
import { analyzeDraft } from './analyzeDraft.ts';
import { coverage, matchesId } from './coverage.ts';
import { accusable, matchFigures } from './matchFigures.ts';
import { RULES } from './rules/index.ts';
import { toSourceSpan } from '../text/normalizeText.ts';

export function checkDraft(draft: string, library: CompiledLibrary, options: CheckOptions): Report {
  const given = options.directives?.length ? library.directives.filter((d) => options.directives!.some((g) => matchesId(d, g))) : [];
  const provinces = new Set(given.map((d) => d.province));
  const analyzed = analyzeDraft(draft, options.date, provinces.size === 1 ? [...provinces][0]! : null);
  const allMatches = matchFigures(library, analyzed.figures, analyzed.province);
  const cov = coverage(library, analyzed, options.date, options.directives, allMatches);
  const considered = new Set(cov.directives.filter((d) => d.considered).map((d) => d.id));
  const figureMatches = accusable(allMatches, considered, analyzed.province);
  const ctx = { draft: analyzed, library, options, figureMatches, themes: cov.themes };

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    for (const raw of rule.run(ctx)) {
      const span = raw.kind === 'theme-missing' ? { start: 0, end: 0 } : toSourceSpan(analyzed.normal, raw.start, raw.end);
      const fixSpan = raw.fix ? toSourceSpan(analyzed.normal, raw.fix.start, raw.fix.end) : null;
      const id = `${raw.kind}:${span.start}:${span.end}:${raw.themeId ?? raw.expected ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        id,
        kind: raw.kind,
        severity: raw.severity,
        start: span.start,
        end: span.end,
        actual: draft.slice(span.start, span.end),
        expected: raw.expected,
        message: raw.message,
        source: raw.source,
        fix: raw.fix && fixSpan ? { start: fixSpan.start, end: fixSpan.end, replacement: raw.fix.replacement } : null,
        ...(raw.diff ? { diff: raw.diff } : {}),
        ...(raw.themeId ? { themeId: raw.themeId } : {}),
      });
    }
  }
  findings.sort((a, b) => (a.kind === 'theme-missing' ? 1 : 0) - (b.kind === 'theme-missing' ? 1 : 0) || a.start - b.start);
  const themes = cov.themes.map((t) => ({
    ...t,
    evidence: t.evidence.map((e) => {
      const s = toSourceSpan(analyzed.normal, e.start, e.end);
      return { ...e, start: s.start, end: s.end, text: draft.slice(s.start, s.end) };
    }),
  }));
  const byKind: Partial<Record<FindingKind, number>> = {};
  for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return {
    date: options.date,
    findings,
    themes,
    directives: cov.directives,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      byKind,
      themesCovered: themes.filter((t) => t.covered).length,
      themesMissing: themes.filter((t) => !t.covered).length,
    },
  };
}
