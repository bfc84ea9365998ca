// Test helpers: a checker whose reports are written in the draft itself, so article and audit
// tests state exactly what each article covers and what is wrong with it:
//   "[cover A#1]"                 the article covers theme A#1 (directive A is applied)
//   "[miss A#2]"                  it answers to A but misses A#2 (a theme-missing warning)
//   "[figure-mismatch 5,86%>5,66%]"  an error finding: the draft's "5,86%" against the approved "5,66%"
//   "[figure-rounded 5,7%>5,66%]"    a warning (rounded and format findings are warnings)
// Offsets point at the marker, so a changed text moves them as a real check would.
import type { Finding, FindingKind, LibraryDirective, Report, ThemeCoverage } from '../../core/index.ts';
import type { Checker } from './createChecker.ts';

const WARNINGS: ReadonlySet<FindingKind> = new Set(['figure-rounded', 'figure-format', 'theme-missing']);

export function fakeReport(text: string, date: string): Report {
  const themes: ThemeCoverage[] = [];
  const findings: Finding[] = [];
  const directives = new Set<string>();
  for (const m of text.matchAll(/\[(cover|miss) ([^\]#\s]+)#([^\]\s]+)\]/gu)) {
    const [, what, directive, path] = m as unknown as [string, string, string, string];
    directives.add(directive);
    const id = `${directive}#${path}`;
    const covered = what === 'cover';
    themes.push({
      id,
      directive,
      path,
      heading: `Nội dung ${path}`,
      required: true,
      covered,
      score: covered ? 0.5 : 0.1,
      evidence: covered ? [{ start: m.index!, end: m.index! + m[0].length, text: m[0], score: 0.5 }] : [],
    });
    if (!covered) {
      findings.push({
        id: `theme-missing:0:0:${id}`,
        kind: 'theme-missing',
        severity: 'warning',
        start: 0,
        end: 0,
        actual: '',
        expected: `Nội dung ${path}`,
        message: `Bài chưa đề cập nội dung yêu cầu ${path}.`,
        source: { directive, directiveTitle: null, sectionPath: path, sentence: `Nội dung ${path}` },
        fix: null,
        themeId: id,
      });
    }
  }
  for (const m of text.matchAll(/\[([a-z]+-[a-z]+) ([^\]>]+)>([^\]]+)\]/gu)) {
    const [, kind, actual, expected] = m as unknown as [string, FindingKind, string, string];
    if (kind === 'theme-missing') continue;
    const start = m.index! + kind.length + 2;
    findings.push({
      id: `${kind}:${start}:${start + actual.length}:${expected}`,
      kind,
      severity: WARNINGS.has(kind) ? 'warning' : 'error',
      start,
      end: start + actual.length,
      actual,
      expected,
      message: `“${actual}” khác “${expected}”.`,
      source: { directive: 'A', directiveTitle: 'văn bản A', sectionPath: '1', sentence: `Câu có ${expected}.` },
      fix: { start, end: start + actual.length, replacement: expected },
    });
  }
  findings.sort((a, b) => (a.kind === 'theme-missing' ? 1 : 0) - (b.kind === 'theme-missing' ? 1 : 0) || a.start - b.start);
  const byKind: Report['summary']['byKind'] = {};
  for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return {
    date,
    findings,
    themes,
    directives: [...directives].map((id) => ({ id, number: id, title: `văn bản ${id}`, kind: 'HD', inForce: true, score: 0.4, reason: 'similar' as const, considered: true })),
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      byKind,
      themesCovered: themes.filter((t) => t.covered).length,
      themesMissing: themes.filter((t) => !t.covered).length,
    },
  };
}

export const fakeChecker: Checker = { check: fakeReport };

/** A directive of the library with these required themes, in force over `validity`. */
export function fakeLibraryDirective(id: string, paths: string[], validity: { from: string; to: string | null } | null = null): LibraryDirective {
  return {
    id,
    file: null,
    kind: 'HD',
    number: id,
    issuer: 'Ban Tuyên giáo Tỉnh ủy',
    province: null,
    issuedOn: '2024-01-02',
    title: `văn bản ${id}`,
    implements: [],
    validity: validity ? { ...validity, evidence: '' } : null,
    figures: [],
    quotes: [],
    references: [],
    sections: [],
    themes: paths.map((path) => ({ id: `${id}#${path}`, path, heading: `Nội dung ${path}`, required: true, start: 0, end: 10 })),
    text: '',
    status: 'active',
  };
}
