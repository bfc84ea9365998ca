// Room: renderer — which directives the draft is checked against: by default Soát picks the
// relevant ones in force; the editor may choose instead. Opening the list asks the host for
// every directive's relevance to the current text (suggestDirectives), most relevant first.
import { useEffect, useId, useRef, useState } from 'react';
import type { DirectiveRelevance, Report } from '../../../core/index.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  date: string;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  report: Report | null;
  text: () => string;
}

export function DirectivePicker({ date, chosen, onChange, report, text }: Props) {
  const { t } = useI18n();
  const notices = useNotices();
  const [open, setOpen] = useState(false);
  const [suggested, setSuggested] = useState<DirectiveRelevance[] | null>(null);
  const popover = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    let live = true;
    setSuggested(null);
    soat()
      .suggestDirectives(text(), date)
      .then((answer) => live && setSuggested(answer))
      .catch((error: unknown) => live && notices.error(error));
    popover.current?.focus();
    return () => {
      live = false;
    };
  }, [open, date, text, notices]);

  const considered = report?.directives.filter((d) => d.considered).length ?? 0;
  const label = chosen.length > 0 ? t('picker.manual', { count: chosen.length }) : t('picker.auto', { count: considered });
  const toggle = (id: string): void => onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const rows = suggested ?? [];

  return (
    <div className="picker">
      <span className="toolbar-label">{t('picker.label')}</span>
      <button
        ref={button}
        type="button"
        className="picker-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open ? (
        <div
          ref={popover}
          className="picker-popover"
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h2 id={titleId}>{t('picker.title')}</h2>
          <p className="picker-help">{t('picker.help')}</p>
          {suggested === null ? (
            <p>{t('picker.loading')}</p>
          ) : rows.length === 0 ? (
            <p>{t('picker.empty')}</p>
          ) : (
            <ul className="picker-list">
              {rows.map((d) => (
                <li key={d.id} className={d.inForce ? '' : 'picker-out-of-force'}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(d.id)} onChange={() => toggle(d.id)} />
                    <span className="picker-number">{d.number ?? d.id}</span>
                    <span className="picker-title">{d.title}</span>
                    <span className="picker-score" aria-label={t('picker.score', { percent: Math.round(d.score * 100) })}>
                      <span className="picker-bar" style={{ width: `${Math.min(100, Math.round(d.score * 100))}%` }} />
                      <span className="picker-percent">{t('picker.score', { percent: Math.round(d.score * 100) })}</span>
                    </span>
                    {d.reason === 'cited' ? <span className="badge">{t('picker.cited')}</span> : null}
                    {d.considered ? <span className="badge badge-on">{t('picker.considered')}</span> : null}
                    {!d.inForce ? <span className="badge badge-off">{t('picker.outOfForce')}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <div className="picker-actions">
            <button type="button" onClick={() => onChange([])} disabled={chosen.length === 0}>
              {t('picker.reset')}
            </button>
            <button type="button" onClick={close}>
              {t('picker.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
