// Room: renderer — "Lưu thành bài viết": the title (the draft's first line to begin with), outlet,
// section and author of the article, its publication date (the draft view's) and the directives
// applied. A saved article offers a new version of itself, or a new article from the same text.
import { useState } from 'react';
import type { ArticleDetail } from '../../../../shared/auditSchemas.ts';
import { FormDialog } from '../../common/Dialog.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatDate } from '../../i18n/translate.ts';
import type { ArticleMeta } from './useArticleLink.ts';

interface Props {
  initial: ArticleMeta;
  date: string;
  /** The directives chosen (their numbers); empty: Soát chooses. */
  directives: readonly string[];
  article: ArticleDetail | null;
  onSave: (meta: ArticleMeta, asNew: boolean) => Promise<string | null>;
  onCancel: () => void;
}

const FIELDS = ['title', 'outlet', 'section', 'author'] as const;

export function SaveArticleDialog({ initial, date, directives, article, onSave, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [meta, setMeta] = useState<ArticleMeta>(initial);
  return (
    <FormDialog
      title={article ? t('save.dialogSaved', { id: article.id }) : t('save.dialog')}
      className="save-article"
      onSubmit={() => onSave(meta, false)}
      onCancel={onCancel}
      confirm={t(article ? 'save.version' : 'save.save')}
      canSubmit={meta.title.trim() !== ''}
      extra={(run, busy) =>
        article ? (
          <button type="button" disabled={busy} onClick={() => run(() => onSave(meta, true))}>
            {t('save.asNew')}
          </button>
        ) : null
      }
    >
      <div className="form-grid">
        {FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`save.${field}`)}</span>
            <input type="text" value={meta[field]} required={field === 'title'} onChange={(event) => setMeta({ ...meta, [field]: event.target.value })} />
          </label>
        ))}
      </div>
      <dl className="preview-facts">
        <dt>{t('draft.date')}</dt>
        <dd>{formatDate(locale, date)}</dd>
        <dt>{t('picker.label')}</dt>
        <dd>{directives.length ? directives.join(', ') : t('save.autoDirectives')}</dd>
      </dl>
      <p className="dialog-hint">{t(article ? 'save.hintSaved' : 'save.hint')}</p>
    </FormDialog>
  );
}
