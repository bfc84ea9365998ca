// Room: renderer — the month audit view for newsroom leads: choose a month and an outlet; see
// the overview, the heat map of required themes × weeks, the themes nobody covered, conflicts by
// kind, the articles with open errors and the weekly trend. Every number opens its articles
// (ArticleList); the report exports as .xlsx, .pdf or .docx. Self-contained: its words
// (auditMessages.ts), styles (audit.css) and use cases (window.soat's audit functions).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditFormat, AuditReport } from '../../../shared/auditSchemas.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { saveExport } from '../common/saveFile.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../i18n/translate.ts';
import './audit.css';
import type { AuditCell } from './AuditCell.ts';
import { auditTranslator } from './auditMessages.ts';
import { ArticleList } from './ArticleList.tsx';
import { ConflictsChart } from './ConflictsChart.tsx';
import { HeatMap } from './HeatMap.tsx';
import { TrendChart } from './TrendChart.tsx';

interface Props {
  active: boolean;
}

const FORMATS: readonly AuditFormat[] = ['xlsx', 'pdf', 'docx'];

function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function AuditView({ active }: Props) {
  const { locale } = useI18n();
  const a = useMemo(() => auditTranslator(locale), [locale]);
  const notices = useNotices();
  const [month, setMonth] = useState(thisMonth);
  const [outlet, setOutlet] = useState<string | null>(null);
  const [report, setReport] = useState<AuditReport | null>(null);
  const [cell, setCell] = useState<AuditCell | null>(null);
  const [exporting, setExporting] = useState<AuditFormat | null>(null);
  const chosen = useRef(false);
  const sequence = useRef(0);

  const load = useCallback(() => {
    const mine = ++sequence.current;
    soat()
      .auditMonth({ month, outlet })
      .then((answer) => {
        if (mine !== sequence.current) return;
        if (!answer.ok) return notices.error(answer.error.message);
        // Until the lead picks a month, show the newest month that has articles.
        const newest = answer.value.months[0];
        if (!chosen.current && answer.value.totals.articles === 0 && newest && newest !== month) {
          chosen.current = true;
          setMonth(newest);
          return;
        }
        setReport(answer.value);
      })
      .catch((error: unknown) => notices.error(error));
  }, [month, outlet, notices]);

  useEffect(() => {
    if (active) load();
  }, [active, load]);

  const exportReport = (format: AuditFormat): void => {
    setExporting(format);
    void saveExport(soat().exportAudit({ month, outlet }, format), notices, (name) => a('exported', { name })).finally(() => setExporting(null));
  };

  const t = report?.totals;
  const overview: { key: string; label: string; value: string; cell: AuditCell | null }[] = t
    ? [
        { key: 'articles', label: a('overview.articles'), value: String(t.articles), cell: { label: a('cell.all'), filter: {} } },
        { key: 'signed', label: a('overview.signed'), value: String(t.signed), cell: { label: a('cell.signed'), filter: { status: 'signed' } } },
        { key: 'open-errors', label: a('overview.openErrors'), value: String(t.withOpenErrors), cell: { label: a('cell.openErrors'), filter: { openErrors: true } } },
        { key: 'conflicts', label: a('overview.conflicts'), value: String(t.conflicts), cell: null },
        { key: 'resolved', label: a('overview.resolved'), value: String(t.resolved), cell: null },
        { key: 'open', label: a('overview.open'), value: String(t.open), cell: null },
        { key: 'themes', label: a('overview.themes'), value: `${t.coveredThemes}/${t.requiredThemes}`, cell: null },
      ]
    : [];
  const uncovered = report ? report.themes.filter((theme) => report.uncovered.includes(theme.id)) : [];

  return (
    <section className="audit-view" hidden={!active} id="view-audit" role="tabpanel" aria-labelledby="tab-audit">
      <div className="toolbar">
        <label className="toolbar-field">
          <span className="toolbar-label">{a('month')}</span>
          <input
            type="month"
            value={month}
            aria-label={a('month')}
            onChange={(event) => {
              if (!/^\d{4}-\d{2}$/u.test(event.target.value)) return;
              chosen.current = true;
              setCell(null);
              setMonth(event.target.value);
            }}
          />
        </label>
        <label className="toolbar-field">
          <span className="toolbar-label">{a('outlet')}</span>
          <select
            value={outlet ?? ''}
            aria-label={a('outlet')}
            onChange={(event) => {
              setCell(null);
              setOutlet(event.target.value === '' ? null : event.target.value);
            }}
          >
            <option value="">{a('allOutlets')}</option>
            {(report?.outlets ?? []).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="quiet" onClick={load}>
          {a('refresh')}
        </button>
        <span className="audit-export">
          <span className="toolbar-label">{a('export')}</span>
          {FORMATS.map((format) => (
            <button key={format} type="button" disabled={exporting !== null || !report} onClick={() => exportReport(format)}>
              .{format}
            </button>
          ))}
          {exporting ? (
            <span className="toolbar-label" role="status">
              {a('exporting', { format: `.${exporting}` })}
            </span>
          ) : null}
        </span>
      </div>
      <div className="audit-body">
        <div className="audit-main">
          {report === null ? (
            <p className="audit-muted">{a('loading')}</p>
          ) : (
            <>
              <h2>
                {a('title')} {formatDate(locale, report.month)}
                {report.outlet ? ` — ${report.outlet}` : ''}
              </h2>
              {report.totals.articles === 0 ? <p className="audit-empty">{a('empty', { month: formatDate(locale, report.month) })}</p> : null}
              <ul className="audit-overview">
                {overview.map((o) => (
                  <li key={o.key} data-key={o.key}>
                    {o.cell ? (
                      <button type="button" onClick={() => setCell(o.cell)}>
                        <strong>{o.value}</strong>
                        <span>{o.label}</span>
                      </button>
                    ) : (
                      <div>
                        <strong>{o.value}</strong>
                        <span>{o.label}</span>
                      </div>
                    )}
                  </li>
                ))}
              </ul>

              <section aria-labelledby="audit-heat-title">
                <h3 id="audit-heat-title">{a('heat.title')}</h3>
                <p className="audit-muted">{a('heat.hint')}</p>
                <HeatMap report={report} a={a} onCell={setCell} />
              </section>

              <div className="audit-columns">
                <section aria-labelledby="audit-conflicts-title">
                  <h3 id="audit-conflicts-title">{a('conflicts.title')}</h3>
                  <ConflictsChart report={report} a={a} onCell={setCell} />
                </section>
                <section aria-labelledby="audit-trend-title">
                  <h3 id="audit-trend-title">{a('trend.title')}</h3>
                  <TrendChart report={report} a={a} onCell={setCell} />
                </section>
              </div>

              <div className="audit-columns">
                <section aria-labelledby="audit-uncovered-title">
                  <h3 id="audit-uncovered-title">{a('uncovered.title', { count: uncovered.length })}</h3>
                  {uncovered.length ? (
                    <ul className="audit-uncovered">
                      {uncovered.map((theme) => (
                        <li key={theme.id}>
                          <span className="audit-theme-id">
                            {theme.directiveNumber ?? theme.directive} {theme.path}
                          </span>{' '}
                          {theme.heading}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="audit-muted">{a('uncovered.none')}</p>
                  )}
                </section>
                <section aria-labelledby="audit-open-title">
                  <h3 id="audit-open-title">{a('openErrors.title', { count: report.openErrorArticles.length })}</h3>
                  {report.openErrorArticles.length ? (
                    <ul className="audit-open-errors">
                      {report.openErrorArticles.slice(0, 50).map((article) => (
                        <li key={article.id}>
                          <button type="button" className="audit-link" onClick={() => setCell({ label: a('cell.openErrors'), filter: { openErrors: true }, focus: article.id })}>
                            {article.title}
                          </button>
                          <span className="audit-muted">
                            {' '}
                            {formatDate(locale, article.publishedOn)} · {article.outlet || '—'} · {a('list.errors')}: {article.openErrors}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="audit-muted">{a('openErrors.none')}</p>
                  )}
                </section>
              </div>
            </>
          )}
        </div>
        {cell && report ? <ArticleList cell={cell} month={report.month} outlet={report.outlet} a={a} locale={locale} onClose={() => setCell(null)} /> : null}
      </div>
    </section>
  );
}
