// Room: renderer — a modal dialog: a titled box over the window, focus on its first field (or its
// main button) when it opens, Escape to cancel (the window's shortcuts wait while it is open); and the same around a form whose refusal (the
// host's words) shows inside it. The dialogs of the app share them.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FIRST_FIELD = 'input:not([type="hidden"]), textarea, select, button.primary';

interface Props {
  title: string;
  className?: string;
  onCancel: () => void;
  children: ReactNode;
}

export function Dialog({ title, className, onCancel, children }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    box.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    // Escape closes the dialog wherever the focus is (a button disabled while busy lets it go).
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className={`dialog${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

interface FormProps {
  title: string;
  className?: string;
  /** Sends the form; answers the refusal in words (shown in the dialog), or null when done. */
  onSubmit: () => Promise<string | null>;
  onCancel: () => void;
  confirm: string;
  canSubmit: boolean;
  /** Other acts, between Cancel and the main button; each gets the dialog's run(). */
  extra?: (run: (act: () => Promise<string | null>) => void, busy: boolean) => ReactNode;
  children: ReactNode;
}

/** A dialog around a form: Enter sends it, its refusal shows in it, Cancel or Escape closes it. */
export function FormDialog({ title, className, onSubmit, onCancel, confirm, canSubmit, extra, children }: FormProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { t } = useI18n();
  const run = (act: () => Promise<string | null>): void => {
    setBusy(true);
    setError(null);
    void act().then((refused) => {
      setBusy(false);
      setError(refused);
      // Back to the form, to correct what was refused.
      if (refused) form.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    });
  };
  return (
    <Dialog title={title} {...(className ? { className } : {})} onCancel={onCancel}>
      <form
        ref={form}
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit && !busy) run(onSubmit);
        }}
      >
        {children}
        {error ? (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('import.cancel')}
          </button>
          {extra?.(run, busy)}
          <button type="submit" className="primary" disabled={busy || !canSubmit}>
            {confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
