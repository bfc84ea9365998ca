// Room: renderer — the bulk import screen: a folder of articles or a CMS export (.csv, .json) on
// this computer, defaults for the articles that do not say their outlet, section, author or date,
// then a progress bar with the count and the time left, Cancel, the files that could not be read
// with the reason, and the imports that stopped before their end, each resumable. The work runs
// in the host; its progress arrives as events (window.soat.onImportEvent). Electron chooses the
// folder or file with its dialog; a browser cannot tell a path, so the path is typed there.
import { useCallback, useEffect, useId, useState } from 'react';
import type { ImportDefaults, ImportEvent, ImportStatus, ImportSourceKind, StoppedImport } from '../../../shared/articleSchemas.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../i18n/translate.ts';
import { cleanDefaults, importShown, latestEvent, timeLeft } from './importProgress.ts';

interface Props {
  /** An import ended (articles were added): the list shows them. */
  onImported: () => void;
  onClose: () => void;
}

const DEFAULT_FIELDS = ['outlet', 'section', 'author'] as const;

export function BulkImport({ onImported, onClose }: Props) {
  const { t, locale } = useI18n();
  const notices = useNotices();
  const titleId = useId();
  const sourceId = useId();
  const [source, setSource] = useState('');
  const [defaults, setDefaults] = useState({ outlet: '', section: '', author: '', date: '' });
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [event, setEvent] = useState<ImportEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const choosesPaths = soat().choosesPaths;

  const refresh = useCallback(() => {
    soat()
      .importStatus()
      .then((answer) => {
        if (!answer.ok) return notices.error(answer.error.message);
        setStatus(answer.value);
        // The status catches up with events missed while the screen was shut (or not yet listening).
        setEvent((seen) => latestEvent(seen, answer.value.current));
      })
      .catch((e: unknown) => notices.error(e));
  }, [notices]);

  useEffect(() => {
    const stop = soat().onImportEvent((heard) => {
      setEvent((seen) => latestEvent(seen, heard));
      if (heard.state !== 'running') {
        refresh();
        onImported();
      }
    });
    refresh();
    return stop;
  }, [refresh, onImported]);

  const start = (from: string, given: ImportDefaults): void => {
    setStarting(true);
    setError(null);
    soat()
      .startImport(from, given)
      .then((answer) => {
        if (!answer.ok) setError(answer.error.message);
        refresh();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setStarting(false));
  };

  const choose = (kind: ImportSourceKind): void => {
    soat()
      .chooseImportSource(kind)
      .then((path) => path !== null && setSource(path))
      .catch((e: unknown) => notices.error(e));
  };

  const shown = event ? importShown(event) : null;
  const running = shown?.running ?? false;
  const summary = event?.state === 'finished' ? event.summary : null;
  const stopped = (status?.stopped ?? []).filter((job) => !(running && event?.source === job.source));

  const resume = (job: StoppedImport): void => start(job.source, job.defaults);

  return (
    <section className="bulk-import" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{t('bulk.title')}</h2>
        <button type="button" className="quiet" onClick={onClose} aria-label={t('bulk.close')}>
          ×
        </button>
      </header>
      <p className="bulk-hint">{t('bulk.hint')}</p>
      <form
        className="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (source.trim() !== '' && !running) start(source.trim(), cleanDefaults(defaults));
        }}
      >
        <div className="form-block">
          <label htmlFor={sourceId}>{t('bulk.source')}</label>
          <span className="bulk-source">
            <input id={sourceId} type="text" value={source} placeholder={t('bulk.sourcePlaceholder')} onChange={(e) => setSource(e.target.value)} spellCheck={false} />
            {choosesPaths ? (
              <>
                <button type="button" onClick={() => choose('folder')}>
                  {t('bulk.chooseFolder')}
                </button>
                <button type="button" onClick={() => choose('file')}>
                  {t('bulk.chooseFile')}
                </button>
              </>
            ) : null}
          </span>
        </div>
        {choosesPaths ? null : <p className="bulk-hint">{t('bulk.typePath')}</p>}
        <fieldset className="bulk-defaults">
          <legend>{t('bulk.defaults')}</legend>
          {DEFAULT_FIELDS.map((field) => (
            <label key={field}>
              <span>{t(`save.${field}`)}</span>
              <input type="text" value={defaults[field]} onChange={(e) => setDefaults({ ...defaults, [field]: e.target.value })} />
            </label>
          ))}
          <label>
            <span>{t('draft.date')}</span>
            <input type="date" value={defaults.date} onChange={(e) => setDefaults({ ...defaults, date: e.target.value })} />
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={starting || running || source.trim() === ''}>
            {t('bulk.start')}
          </button>
        </div>
        {error ? (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>

      {event && shown ? (
        <div className="bulk-progress" data-state={event.state} data-run={event.run}>
          <p className="bulk-source-shown">{event.source}</p>
          <progress max={Math.max(shown.total, 1)} value={shown.done} aria-label={t('bulk.progressLabel')} />
          <p className="bulk-count" role="status" aria-live="polite">
            {event.state === 'running'
              ? `${t('bulk.count', { done: shown.done, total: shown.total })} · ${timeLeft(event.progress.remainingMs, t)}`
              : summary
                ? summary.cancelled
                  ? t('bulk.stopped', { done: shown.done, total: shown.total })
                  : t('bulk.finished', {
                      total: summary.total,
                      added: summary.added,
                      updated: summary.updated,
                      unchanged: summary.unchanged,
                      failed: summary.failed.length,
                      seconds: (summary.elapsedMs / 1000).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }),
                    })
                : t('bulk.failed', { message: event.state === 'failed' ? event.error.message : '' })}
          </p>
          {event.state === 'running' && event.progress.current ? <p className="bulk-current">{t('bulk.current', { name: event.progress.current })}</p> : null}
          {summary?.resumed ? <p className="bulk-hint">{t('bulk.resumed', { count: summary.alreadyDone })}</p> : null}
          {event.state === 'running' ? (
            <button type="button" className="danger" onClick={() => void soat().cancelImport(event.run)}>
              {t('bulk.cancel')}
            </button>
          ) : null}
          {summary && summary.failed.length > 0 ? (
            <div className="bulk-failures">
              <h3>{t('bulk.failures', { count: summary.failed.length })}</h3>
              <ul>
                {summary.failed.map((f) => (
                  <li key={f.key}>
                    <span className="bulk-failure-file">{f.key}</span> — {f.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {summary && summary.ignored.length > 0 ? <p className="bulk-hint">{t('bulk.ignored', { count: summary.ignored.length, files: summary.ignored.slice(0, 5).join(', ') })}</p> : null}
        </div>
      ) : null}

      {stopped.length > 0 ? (
        <div className="bulk-stopped">
          <h3>{t('bulk.stoppedTitle')}</h3>
          <ul>
            {stopped.map((job) => (
              <li key={job.jobId} data-job={job.jobId}>
                <span className="bulk-stopped-source">{job.source}</span>{' '}
                <span className="bulk-hint">
                  {t('bulk.stoppedAt', { done: job.done, total: job.total, failed: job.failed, at: formatDate(locale, job.updatedAt.slice(0, 10)) })}
                </span>{' '}
                <button type="button" className="primary" disabled={running || starting} onClick={() => resume(job)}>
                  {t('bulk.resume')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
