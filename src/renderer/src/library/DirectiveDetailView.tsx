// Room: renderer — one directive of the library as a lead keeps it: its letterhead facts, the
// switch that retires or reactivates it, its period in force, and the tables of its figures,
// quotes, references and required themes.
import { useState, type FormEvent } from 'react';
import type { DirectiveDetail } from '../../../shared/desktopSchemas.ts';
import { soat } from '../common/host.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../i18n/translate.ts';
import { CitationsTable, FiguresTable, QuotesTable, ThemesTable, type RunEdit } from './ItemTables.tsx';

type Tab = 'figures' | 'quotes' | 'references' | 'themes';
const TABS: readonly Tab[] = ['figures', 'quotes', 'references', 'themes'];

interface Props {
  detail: DirectiveDetail;
  run: RunEdit;
  onClose: () => void;
}

function ValidityForm({ detail, run }: { detail: DirectiveDetail; run: RunEdit }) {
  const { t } = useI18n();
  const current = detail.summary.validity;
  const [from, setFrom] = useState(current?.from.length === 10 ? current.from : current ? `${current.from}-01` : '');
  const [to, setTo] = useState(current?.to ?? '');
  const [evidence, setEvidence] = useState(current?.evidence ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = detail.summary.id;
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(
      await run(() =>
        soat().setValidity(id, { from, to: to === '' ? null : to, evidence: evidence.trim() || t('detail.validityDefaultEvidence') }),
      ),
    );
  };
  return (
    <form className="validity-form" onSubmit={(event) => void save(event)} aria-label={t('detail.validity')}>
      <fieldset>
        <legend>{t('detail.validity')}</legend>
        <label>
          {t('detail.validityFrom')}
          <input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('detail.validityTo')}
          <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label className="validity-evidence">
          {t('detail.validityEvidence')}
          <input type="text" value={evidence} onChange={(e) => setEvidence(e.target.value)} />
        </label>
        <button type="submit">{t('detail.validitySave')}</button>
        <button
          type="button"
          className="quiet"
          disabled={current === null}
          onClick={() => {
            void run(() => soat().setValidity(id, null)).then((refused) => {
              setError(refused);
              if (refused === null) {
                setFrom('');
                setTo('');
                setEvidence('');
              }
            });
          }}
        >
          {t('detail.validityClear')}
        </button>
        {error ? (
          <span className="cell-error" role="alert">
            {error}
          </span>
        ) : null}
      </fieldset>
    </form>
  );
}

export function DirectiveDetailView({ detail, run, onClose }: Props) {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>('figures');
  const { summary } = detail;
  const retired = summary.status === 'retired';
  const counts: Record<Tab, number> = {
    figures: detail.figures.length,
    quotes: detail.quotes.length,
    references: detail.references.length + detail.implements.length,
    themes: detail.themes.length,
  };
  const label = (which: Tab): string =>
    which === 'references' ? t('detail.references', { count: counts.references }) : t(`detail.${which}`, { count: counts[which] });
  return (
    <section className="directive-detail" aria-labelledby="detail-title">
      <header className="detail-header">
        <div>
          <h2 id="detail-title">
            {summary.number ?? summary.id} {summary.kind ? <span className="badge">{summary.kind}</span> : null}
            {retired ? <span className="badge badge-off">{t('library.retired')}</span> : null}
          </h2>
          {summary.title ? <p className="detail-title">{summary.title}</p> : null}
          <p className="detail-facts">
            {summary.issuer ? `${t('detail.issuer')}: ${summary.issuer}` : null}
            {summary.issuedOn ? ` · ${t('detail.date')}: ${formatDate(locale, summary.issuedOn)}` : null}
            {detail.province ? ` · ${t('detail.province')}: ${detail.province}` : null}
            {summary.counts.edits > 0 ? ` · ${t('detail.edits', { count: summary.counts.edits })}` : null}
          </p>
        </div>
        <div className="detail-actions">
          <button type="button" onClick={() => void run(() => soat().setStatus(summary.id, retired ? 'active' : 'retired'))}>
            {retired ? t('detail.reactivate') : t('detail.retire')}
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            {t('detail.close')}
          </button>
        </div>
      </header>
      {retired ? <p className="detail-note">{t('detail.retiredNote')}</p> : null}
      <ValidityForm key={`${summary.id}:${JSON.stringify(summary.validity)}`} detail={detail} run={run} />
      <div className="tabs detail-tabs" role="tablist" aria-label={t('detail.tabsLabel')}>
        {TABS.map((which) => (
          <button
            key={which}
            type="button"
            role="tab"
            id={`detail-tab-${which}`}
            aria-selected={tab === which}
            aria-controls={`detail-panel-${which}`}
            tabIndex={tab === which ? 0 : -1}
            onClick={() => setTab(which)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = TABS[(TABS.indexOf(which) + step + TABS.length) % TABS.length]!;
              setTab(next);
              document.getElementById(`detail-tab-${next}`)?.focus();
            }}
          >
            {label(which)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`detail-panel-${tab}`} aria-labelledby={`detail-tab-${tab}`} className="detail-panel">
        {tab === 'figures' ? <FiguresTable directive={summary.id} items={detail.figures} run={run} /> : null}
        {tab === 'quotes' ? <QuotesTable directive={summary.id} items={detail.quotes} run={run} /> : null}
        {tab === 'references' ? (
          <>
            <CitationsTable directive={summary.id} items={detail.references} run={run} kind="reference" label={t('detail.references', { count: detail.references.length })} />
            <h3>{t('detail.implements', { count: detail.implements.length })}</h3>
            <CitationsTable directive={summary.id} items={detail.implements} run={run} kind="implements" label={t('detail.implements', { count: detail.implements.length })} />
          </>
        ) : null}
        {tab === 'themes' ? <ThemesTable directive={summary.id} items={detail.themes} run={run} /> : null}
      </div>
    </section>
  );
}
