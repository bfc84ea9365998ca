// Room: services — the month audit: for a month (and an outlet), the required themes of the
// directives in force against the articles covering them, per week (the heat map); the themes
// nobody covered; conflicts by kind (found, resolved, open); the articles with open errors; the
// weekly trend. Everything is SQL aggregates over the rows stored when each article was checked
// (indexes articles_published, article_themes_covered, article_findings_live): nothing is checked
// again, so a month of 20,000 articles takes milliseconds, not minutes. The findings query names
// its index: the partial index holds every column it reads, whether or not ANALYZE ever ran.
import type Database from 'better-sqlite3';
import type { FindingKind, LibraryDirective } from '../../core/index.ts';
import { ARTICLE_COLUMNS, articleSummary, type ArticleRow } from '../articles/articleRows.ts';
import { listOutlets } from '../articles/listArticles.ts';
import { monthRange, WEEK_OF_MONTH_SQL, weeksOf } from '../articles/monthRange.ts';
import type { AuditConflict, AuditQuery, AuditReport, AuditTheme, AuditTrendWeek } from './auditTypes.ts';
import { directivesInForce } from './directivesInForce.ts';
import { CONFLICT_KINDS, FINDING_KIND_LABEL } from './findingKindLabel.ts';

const WEEK = WEEK_OF_MONTH_SQL('a.published_on');

export function auditMonth(db: Database.Database, directives: readonly LibraryDirective[], query: AuditQuery): AuditReport {
  const { first, last, month } = monthRange(query.month);
  const outlet = query.outlet ?? null;
  const scope = `a.published_on BETWEEN ? AND ?${outlet === null ? '' : ' AND a.outlet = ?'}`;
  const params: string[] = outlet === null ? [first, last] : [first, last, outlet];
  const weeks = weeksOf(month).map((w) => ({
    week: w.week,
    from: `${month}-${String(w.from).padStart(2, '0')}`,
    to: `${month}-${String(w.to).padStart(2, '0')}`,
  }));
  const zeros = (): number[] => weeks.map(() => 0);

  // Articles per week, signed, with open errors.
  const perWeek = db
    .prepare(
      `SELECT ${WEEK} AS week, count(*) AS n, sum(a.status = 'signed') AS signed, sum(a.open_errors > 0) AS open_errors
         FROM articles a WHERE ${scope} GROUP BY week`,
    )
    .all(...params) as { week: number; n: number; signed: number; open_errors: number }[];

  // Theme coverage per week: the heat map.
  const covered = db
    .prepare(
      `SELECT t.theme_id AS theme, ${WEEK} AS week, count(*) AS n
         FROM articles a JOIN article_themes t ON t.article_id = a.id AND t.version = a.version AND t.covered = 1
        WHERE ${scope} GROUP BY t.theme_id, week`,
    )
    .all(...params) as { theme: string; week: number; n: number }[];

  // Articles checked against each directive.
  const answering = new Map(
    (
      db
        .prepare(
          `SELECT d.directive_id AS directive, count(*) AS n
             FROM articles a JOIN article_directives d ON d.article_id = a.id AND d.version = a.version
            WHERE ${scope} GROUP BY d.directive_id`,
        )
        .all(...params) as { directive: string; n: number }[]
    ).map((r) => [r.directive, r.n]),
  );

  // Conflicts: each finding once, at its last appearance (superseded_by IS NULL).
  const findings = db
    .prepare(
      `SELECT f.kind AS kind, ${WEEK} AS week, count(*) AS found,
              sum(f.resolution = 'fixed') AS fixed, sum(f.resolution = 'dismissed') AS dismissed
         FROM articles a JOIN article_findings f INDEXED BY article_findings_live ON f.article_id = a.id AND f.superseded_by IS NULL
        WHERE ${scope} AND f.kind <> 'theme-missing' GROUP BY f.kind, week`,
    )
    .all(...params) as { kind: FindingKind; week: number; found: number; fixed: number; dismissed: number }[];

  const openErrorArticles = (
    db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${scope} AND a.open_errors > 0 ORDER BY a.open_errors DESC, a.published_on, a.id`)
      .all(...params) as ArticleRow[]
  ).map(articleSummary);

  // The heat map's rows: required themes of the directives in force that month.
  const inForce = directivesInForce(directives, month);
  const byTheme = new Map<string, number[]>();
  for (const c of covered) {
    const row = byTheme.get(c.theme) ?? zeros();
    row[c.week - 1] = (row[c.week - 1] ?? 0) + c.n;
    byTheme.set(c.theme, row);
  }
  const themes: AuditTheme[] = inForce.flatMap((d) =>
    d.themes
      .filter((t) => t.required)
      .map((t) => {
        const byWeek = byTheme.get(t.id) ?? zeros();
        return { id: t.id, directive: d.id, directiveNumber: d.number, path: t.path, heading: t.heading, articles: byWeek.reduce((s, n) => s + n, 0), byWeek };
      }),
  );

  const conflicts: AuditConflict[] = CONFLICT_KINDS.map((kind) => {
    const rows = findings.filter((f) => f.kind === kind);
    const found = rows.reduce((s, r) => s + r.found, 0);
    const fixed = rows.reduce((s, r) => s + r.fixed, 0);
    const dismissed = rows.reduce((s, r) => s + r.dismissed, 0);
    return { kind, label: FINDING_KIND_LABEL[kind], found, resolved: fixed + dismissed, fixed, dismissed, open: found - fixed - dismissed };
  });

  const trend: AuditTrendWeek[] = weeks.map((w) => {
    const a = perWeek.find((r) => r.week === w.week);
    const f = findings.filter((r) => r.week === w.week);
    const found = f.reduce((s, r) => s + r.found, 0);
    const resolved = f.reduce((s, r) => s + r.fixed + r.dismissed, 0);
    return {
      ...w,
      articles: a?.n ?? 0,
      conflicts: found,
      resolved,
      open: found - resolved,
      themesCovered: themes.filter((t) => (t.byWeek[w.week - 1] ?? 0) > 0).length,
    };
  });

  const sum = (xs: number[]): number => xs.reduce((s, n) => s + n, 0);
  return {
    month,
    outlet,
    weeks,
    totals: {
      articles: sum(perWeek.map((r) => r.n)),
      signed: sum(perWeek.map((r) => r.signed)),
      withOpenErrors: sum(perWeek.map((r) => r.open_errors)),
      conflicts: sum(conflicts.map((c) => c.found)),
      resolved: sum(conflicts.map((c) => c.resolved)),
      open: sum(conflicts.map((c) => c.open)),
      requiredThemes: themes.length,
      coveredThemes: themes.filter((t) => t.articles > 0).length,
    },
    directives: inForce.map((d) => {
      const own = themes.filter((t) => t.directive === d.id);
      return {
        id: d.id,
        number: d.number,
        title: d.title,
        kind: d.kind,
        articles: answering.get(d.id) ?? 0,
        requiredThemes: own.length,
        coveredThemes: own.filter((t) => t.articles > 0).length,
      };
    }),
    themes,
    uncovered: themes.filter((t) => t.articles === 0).map((t) => t.id),
    conflicts,
    openErrorArticles,
    trend,
    outlets: listOutlets(db),
    months: (db.prepare('SELECT DISTINCT substr(published_on, 1, 7) AS month FROM articles ORDER BY month DESC').all() as { month: string }[]).map((r) => r.month),
  };
}
