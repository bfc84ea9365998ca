// Room: renderer — "Ký duyệt": the checklist of the saved version signed off with a name. The
// host refuses while an error is unresolved, and says so; the refusal shows here.
import { useState } from 'react';
import type { ArticleDetail } from '../../../../shared/auditSchemas.ts';
import { FormDialog } from '../../common/Dialog.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  article: ArticleDetail;
  initialName: string;
  onSign: (name: string) => Promise<string | null>;
  onCancel: () => void;
}

export function SignOffDialog({ article, initialName, onSign, onCancel }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  return (
    <FormDialog
      title={t('signOff.title', { id: article.id, version: article.version })}
      className="sign-off"
      onSubmit={() => onSign(name)}
      onCancel={onCancel}
      confirm={t('signOff.confirm')}
      canSubmit={name.trim() !== ''}
    >
      <p className="dialog-hint">{t('signOff.hint')}</p>
      {article.openErrors > 0 ? <p className="dialog-warning">{t('signOff.openErrors', { count: article.openErrors })}</p> : null}
      <label className="form-block">
        <span>{t('signOff.name')}</span>
        <input type="text" value={name} required onChange={(event) => setName(event.target.value)} />
      </label>
    </FormDialog>
  );
}
