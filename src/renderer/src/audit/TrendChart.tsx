// Room: renderer — the weekly trend: articles, conflicts found and still open per week of the
// month, as grouped bars (SVG). A week's bars open the articles published that week.
import type { AuditReport } from '../../../shared/auditSchemas.ts';
import type { AuditCell } from './AuditCell.ts';
import type { AuditTranslate } from './auditMessages.ts';

interface Props {
  report: AuditReport;
  a: AuditTranslate;
  onCell: (cell: AuditCell) => void;
}

const WIDTH = 640;
const HEIGHT = 230;
const LEFT = 36;
const TOP = 14;
const BOTTOM = 40;

export function TrendChart({ report, a, onCell }: Props) {
  const series = [
    { key: 'articles', label: a('trend.articles'), className: 'audit-series-articles' },
    { key: 'conflicts', label: a('trend.conflicts'), className: 'audit-series-conflicts' },
    { key: 'open', label: a('trend.open'), className: 'audit-series-open' },
  ] as const;
  const max = Math.max(1, ...report.trend.flatMap((w) => series.map((s) => w[s.key])));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number): number => TOP + plot - (v / max) * plot;
  const group = (WIDTH - LEFT - 8) / Math.max(1, report.trend.length);
  const bar = Math.min(30, (group - 16) / series.length);
  return (
    <figure className="audit-trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={a('trend.title')}>
        <line x1={LEFT} y1={TOP + plot} x2={WIDTH - 8} y2={TOP + plot} className="audit-axis" />
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} y1={y(max * f)} x2={WIDTH - 8} y2={y(max * f)} className="audit-grid" />
            <text x={LEFT - 6} y={y(max * f) + 4} textAnchor="end" className="audit-tick">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {report.trend.map((w, i) => {
          const x0 = LEFT + i * group + (group - bar * series.length) / 2;
          return (
            <g
              key={w.week}
              className="audit-trend-week"
              role="button"
              tabIndex={0}
              aria-label={`${a('trend.week', { week: w.week })}: ${w.articles}`}
              onClick={() => onCell({ label: a('cell.week', { week: w.week }), filter: { week: w.week } })}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') onCell({ label: a('cell.week', { week: w.week }), filter: { week: w.week } });
              }}
            >
              <rect x={LEFT + i * group} y={TOP} width={group} height={plot} className="audit-trend-hit" />
              {series.map((s, j) => (
                <g key={s.key}>
                  <rect x={x0 + j * bar} y={y(w[s.key])} width={bar - 2} height={TOP + plot - y(w[s.key])} className={s.className} />
                  <text x={x0 + j * bar + bar / 2 - 1} y={y(w[s.key]) - 3} textAnchor="middle" className="audit-value">
                    {w[s.key]}
                  </text>
                </g>
              ))}
              <text x={LEFT + i * group + group / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" className="audit-week">
                {a('trend.week', { week: w.week })}
              </text>
              <text x={LEFT + i * group + group / 2} y={HEIGHT - BOTTOM + 30} textAnchor="middle" className="audit-tick">
                {`${Number(w.from.slice(8))}–${Number(w.to.slice(8))}/${Number(w.from.slice(5, 7))}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="audit-legend">
        {series.map((s) => (
          <span key={s.key}>
            <i className={s.className} aria-hidden="true" />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
