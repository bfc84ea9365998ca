// Room: renderer — what the importer extracted from a file, shown before anything is saved:
// kind, number, issuer, date, period in force, the counts and the lists of figures, quotes,
// references and themes. Saving commits the preview the host keeps; cancelling drops it.
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportCommitted, ImportPreview } from '../../../shared/desktopSchemas.ts';
import { soat } from '../common/host.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../i18n/translate.ts';

interface Props {
  preview: ImportPreview;
  onSaved: (saved: ImportCommitted) => void;
  onCancel: () => void;
}

export function ImportPreviewDialog({ preview, onSaved, onCancel }: Props) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const d = preview.directive;
  const unknown = t('import.unknown');

  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button.primary')?.focus();
  }, []);

  const save = (): void => {
    setSaving(true);
    setError(null);
    soat()
      .commitImport(preview.previewId)
      .then((result) => {
        if (result.ok) onSaved(result.value);
        else setError(result.error.message);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };

  const validity = d.validity
    ? d.validity.to
      ? t('library.validity.range', { from: formatDate(locale, d.validity.from), to: formatDate(locale, d.validity.to) })
      : t('library.validity.open', { from: formatDate(locale, d.validity.from) })
    : t('library.validity.none');

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog import-preview"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        <h2 id={titleId}>{t('import.title')}</h2>
        <dl className="preview-facts">
          <dt>{t('import.file')}</dt>
          <dd>{preview.file}</dd>
          <dt>{t('import.number')}</dt>
          <dd className="preview-number">{d.number ?? `${unknown} — ${d.id}`}</dd>
          <dt>{t('import.kind')}</dt>
          <dd>{d.kind ?? unknown}</dd>
          <dt>{t('import.issuer')}</dt>
          <dd>{d.issuer ?? unknown}</dd>
          <dt>{t('import.date')}</dt>
          <dd>{d.issuedOn ? formatDate(locale, d.issuedOn) : unknown}</dd>
          <dt>{t('import.validity')}</dt>
          <dd>{validity}</dd>
          <dt>{t('import.titleField')}</dt>
          <dd>{d.title ?? unknown}</dd>
        </dl>
        <p className="preview-counts">
          {t('import.counts', {
            figures: preview.counts.figures,
            quotes: preview.counts.quotes,
            references: preview.counts.references + preview.counts.implements,
            themes: preview.counts.themes,
          })}
        </p>
        <p className={`preview-status preview-status-${preview.status}`}>{preview.note ?? t('import.status.new')}</p>
        <div className="preview-lists">
          <details open>
            <summary>{t('detail.figures', { count: preview.figures.length })}</summary>
            <ul>
              {preview.figures.map((f, i) => (
                <li key={i}>
                  <strong>{f.text}</strong> — {f.subject}
                  {f.period ? ` (${f.period})` : ''}
                </li>
              ))}
            </ul>
          </details>
          <details>
            <summary>{t('detail.quotes', { count: preview.quotes.length })}</summary>
            <ul>
              {preview.quotes.map((q, i) => (
                <li key={i}>
                  “{q.text}” <span className="badge">{t(`items.${q.type}`)}</span>
                </li>
              ))}
            </ul>
          </details>
          <details>
            <summary>{t('detail.references', { count: preview.references.length + preview.implements.length })}</summary>
            <ul>
              {[...preview.implements, ...preview.references].map((c, i) => (
                <li key={i}>
                  <strong>{c.number}</strong>
                  {c.date ? ` · ${formatDate(locale, c.date)}` : ''}
                  {c.title ? ` · ${c.title}` : ''}
                </li>
              ))}
            </ul>
          </details>
          <details>
            <summary>{t('detail.themes', { count: preview.themes.length })}</summary>
            <ul>
              {preview.themes.map((theme) => (
                <li key={theme.id}>
                  {theme.path}. {theme.heading}
                </li>
              ))}
            </ul>
          </details>
        </div>
        {error ? (
          <p className="cell-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={saving || preview.status === 'conflict'} onClick={save}>
            {saving ? t('import.saving') : t('import.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('import.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
