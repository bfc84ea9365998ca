// Room: renderer — deleting a row takes two clicks: "Xóa", then "Xóa thật?" (no modal dialog).
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function DeleteButton({ onDelete, what }: { onDelete: () => void; what: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  return (
    <button
      type="button"
      className={asking ? 'danger' : 'quiet'}
      aria-label={`${asking ? t('items.confirmDelete') : t('items.delete')} ${what}`}
      onBlur={() => setAsking(false)}
      onClick={() => (asking ? onDelete() : setAsking(true))}
    >
      {asking ? t('items.confirmDelete') : t('items.delete')}
    </button>
  );
}
