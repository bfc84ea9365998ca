// Room: renderer — the heat map: the required themes of the directives in force (rows) against
// the weeks of the month (columns), each cell the number of articles covering the theme that
// week, shaded like the printed report. Every cell, and every row's total, opens its articles.
import type { AuditReport } from '../../../shared/auditSchemas.ts';
import type { AuditCell } from './AuditCell.ts';
import type { AuditTranslate } from './auditMessages.ts';
import { heatColor } from './heatColor.ts';

interface Props {
  report: AuditReport;
  a: AuditTranslate;
  onCell: (cell: AuditCell) => void;
}

const day = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

export function HeatMap({ report, a, onCell }: Props) {
  if (!report.themes.length) return <p className="audit-muted">{a('heat.none')}</p>;
  const max = Math.max(0, ...report.themes.flatMap((t) => t.byWeek));
  return (
    <div className="audit-scroll">
      <table className="audit-heat" aria-label={a('heat.title')}>
        <thead>
          <tr>
            <th scope="col">{a('heat.theme')}</th>
            {report.weeks.map((w) => (
              <th scope="col" key={w.week} className="audit-heat-week">
                {a('heat.week', { week: w.week })}
                <span>{a('heat.days', { from: day(w.from), to: day(w.to) })}</span>
              </th>
            ))}
            <th scope="col" className="audit-heat-week">
              {a('heat.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.themes.map((t) => {
            const name = `${t.directiveNumber ?? t.directive} ${t.path}`;
            return (
              <tr key={t.id} data-theme={t.id}>
                <th scope="row" title={t.heading}>
                  <span className="audit-theme-id">{name}</span>
                  <span className="audit-theme-heading">{t.heading}</span>
                </th>
                {t.byWeek.map((count, i) => {
                  const colors = heatColor(count, max);
                  const week = i + 1;
                  return (
                    <td key={week} className="audit-heat-cell" style={colors}>
                      <button
                        type="button"
                        aria-label={a('heat.cell', { count, theme: name, week })}
                        onClick={() => onCell({ label: a('cell.themeWeek', { theme: name, week }), filter: { themeId: t.id, week } })}
                      >
                        {count || '—'}
                      </button>
                    </td>
                  );
                })}
                <td className="audit-heat-total">
                  <button type="button" onClick={() => onCell({ label: a('cell.theme', { theme: name }), filter: { themeId: t.id } })}>
                    {t.articles}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
