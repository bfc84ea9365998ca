// Room: renderer — a table cell a lead corrects in place: the value as a button; Enter or a
// click turns it into a field; Enter (or leaving the field) saves through the library service,
// Escape cancels. A refused value stays in the field with the reason beside it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  value: string;
  /** The column's name, for the button's and field's accessible names. */
  label: string;
  /** Saves; the reason when refused, null when saved. */
  onSave: (value: string) => Promise<string | null>;
  options?: readonly { value: string; label: string }[];
  multiline?: boolean;
}

export function EditableCell({ value, label, onSave, options, multiline }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  const display = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  const stop = (): void => {
    setEditing(false);
    setError(null);
    setTimeout(() => display.current?.focus(), 0);
  };
  const save = async (next: string): Promise<void> => {
    if (saving) return;
    if (next === value) return stop();
    setSaving(true);
    const refused = await onSave(next);
    setSaving(false);
    if (refused === null) stop();
    else setError(refused);
  };

  if (!editing) {
    return (
      <button
        ref={display}
        type="button"
        className="cell-button"
        aria-label={`${t('items.edit', { field: label })}: ${value}`}
        onClick={() => {
          setDraft(value);
          setEditing(true);
        }}
      >
        {value === '' ? '—' : value}
      </button>
    );
  }
  const common = {
    ref: field,
    'aria-label': label,
    'aria-invalid': error !== null,
    disabled: saving,
    value: draft,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        stop();
      } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
        event.preventDefault();
        void save(draft);
      }
    },
    onBlur: () => void save(draft),
  };
  return (
    <span className="cell-editing">
      {options ? (
        <select {...common} onChange={(event) => setDraft(event.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => setDraft(event.target.value)} />
      )}
      {error ? (
        <span className="cell-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
