// Room: renderer — "Bỏ qua…": dismissing a finding asks why, and the reason is required (it goes
// on the checklist, and carries over to later versions while the finding is still there).
import { useState } from 'react';
import type { StoredFinding } from '../../../../shared/auditSchemas.ts';
import { FormDialog } from '../../common/Dialog.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  finding: StoredFinding;
  onDismiss: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}

export function DismissDialog({ finding, onDismiss, onCancel }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={t('dismiss.title')}
      className="dismiss-finding"
      onSubmit={() => onDismiss(reason)}
      onCancel={onCancel}
      confirm={t('dismiss.confirm')}
      canSubmit={reason.trim() !== ''}
    >
      <p className="dismiss-words">
        <strong>{t(`kind.${finding.kind}`)}</strong>: “{finding.actual}”{finding.expected ? ` → “${finding.expected}”` : ''}
      </p>
      <p className="dialog-hint">{finding.message}</p>
      <label className="form-block">
        <span>{t('dismiss.reason')}</span>
        <textarea value={reason} rows={3} required placeholder={t('dismiss.placeholder')} onChange={(event) => setReason(event.target.value)} />
      </label>
    </FormDialog>
  );
}
