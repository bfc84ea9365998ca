// Room: renderer — the strip above the editor that says what the draft is: not yet an article (and
// what saving one brings), or article #N, its version, its status (errors open, resolved, signed)
// and whether the draft changed since it was saved; with the article's acts: edit its data, sign
// the checklist off, export the checklist, start a new draft.
import type { ArticleDetail, ChecklistFormat } from '../../../../shared/auditSchemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatDate } from '../../i18n/translate.ts';

const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['docx', 'pdf', 'md', 'csv'];

interface Props {
  article: ArticleDetail | null;
  dirty: boolean;
  onEdit: () => void;
  onSignOff: () => void;
  onExport: (format: ChecklistFormat) => void;
  onNewDraft: () => void;
}

export function ArticleStrip({ article, dirty, onEdit, onSignOff, onExport, onNewDraft }: Props) {
  const { t, locale } = useI18n();
  if (article === null) {
    return (
      <div className="article-strip article-strip-none" role="status">
        {t('article.none')}
      </div>
    );
  }
  const status =
    article.status === 'signed' && article.signOff
      ? t('article.status.signed', { name: article.signOff.name, at: formatDate(locale, article.signOff.at.slice(0, 10)) })
      : article.status === 'open'
        ? t('article.status.open', { count: article.openErrors })
        : t('article.status.resolved');
  return (
    <div className="article-strip" data-article={article.id} data-version={article.version}>
      <span className="article-strip-what" role="status">
        <strong>{t('article.which', { id: article.id, version: article.version })}</strong> <span className="article-strip-title">“{article.title}”</span>{' '}
        <span className={`article-status article-status-${article.status}`}>{status}</span>
        {dirty ? <span className="article-dirty"> · {t('article.dirty')}</span> : null}
      </span>
      <span className="article-strip-actions">
        <button type="button" className="quiet" onClick={onEdit}>
          {t('article.edit')}
        </button>
        <button type="button" onClick={onSignOff} disabled={article.status === 'signed' && !dirty}>
          {t('article.signOff')}
        </button>
        <span className="toolbar-label">{t('article.checklist')}</span>
        {CHECKLIST_FORMATS.map((format) => (
          <button key={format} type="button" className="quiet" aria-label={t('article.exportAs', { format })} onClick={() => onExport(format)}>
            .{format}
          </button>
        ))}
        <button type="button" className="quiet" onClick={onNewDraft} title={t('article.newDraftHint')}>
          {t('article.newDraft')}
        </button>
      </span>
    </div>
  );
}
