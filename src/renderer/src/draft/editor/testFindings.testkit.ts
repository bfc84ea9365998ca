// Test helpers: findings and reports written by hand, shaped as core's checker returns them.
import type { Finding, Report } from '../../../../core/index.ts';

export function finding(text: string, actual: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(actual);
  if (start < 0) throw new Error(`"${actual}" is not in the text`);
  const end = start + actual.length;
  return {
    id: `figure-mismatch:${start}:${end}`,
    kind: 'figure-mismatch',
    severity: 'error',
    start,
    end,
    actual,
    expected: null,
    message: `${actual} sai`,
    source: { directive: '1-HD/BTGTU', directiveTitle: 'Hướng dẫn', sectionPath: '1.2', sentence: 'Câu đã duyệt.' },
    fix: null,
    ...extra,
  };
}

export function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    date: '2024-06-03',
    findings,
    themes: [],
    directives: [],
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: 0, byKind: {}, themesCovered: 0, themesMissing: 0 },
    ...extra,
  };
}
