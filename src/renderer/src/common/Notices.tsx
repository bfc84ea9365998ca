// Room: renderer — short messages to the user: what was done (a status, read out politely,
// gone after a while) and what went wrong (an alert, in words, until dismissed).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { messageOf } from './host.ts';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface Notices {
  info(text: string): void;
  /** An error (any thrown value) in words. */
  error(error: unknown): void;
}

const NoticesContext = createContext<Notices>({ info: () => undefined, error: () => undefined });

const INFO_MS = 5000;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = ++next.current;
      setNotices((all) => [...all.filter((n) => n.text !== text), { id, kind, text }].slice(-4));
      if (kind === 'info') setTimeout(() => dismiss(id), INFO_MS);
    },
    [dismiss],
  );
  const value = useMemo<Notices>(
    () => ({ info: (text) => push('info', text), error: (error) => push('error', messageOf(error, t)) }),
    [push, t],
  );
  return (
    <NoticesContext.Provider value={value}>
      {children}
      <div className="notices">
        <div role="status" aria-live="polite">
          {notices
            .filter((n) => n.kind === 'info')
            .map((n) => (
              <p key={n.id} className="notice notice-info">
                {n.text}
              </p>
            ))}
        </div>
        <div role="alert">
          {notices
            .filter((n) => n.kind === 'error')
            .map((n) => (
              <p key={n.id} className="notice notice-error">
                <span>{n.text}</span>
                <button type="button" className="notice-dismiss" aria-label={t('error.dismiss')} onClick={() => dismiss(n.id)}>
                  ×
                </button>
              </p>
            ))}
        </div>
      </div>
    </NoticesContext.Provider>
  );
}

export function useNotices(): Notices {
  return useContext(NoticesContext);
}
