// Room: renderer — the window: the header (the views, the language), the draft view, the
// library view, the articles view and the month audit view (all stay mounted, so switching keeps
// the editor as it was), the notices, and the commands that menu items and shortcuts send to the
// view that owns them. An article opened in the articles view loads into the draft view.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ArticlesView } from './articles/ArticlesView.tsx';
import { AuditView } from './audit/AuditView.tsx';
import { createCommandBus, shortcutCommand, type AppCommand } from './common/commands.ts';
import { hasHost } from './common/host.ts';
import { DraftView } from './draft/DraftView.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { LOCALES, type Locale } from './i18n/translate.ts';
import { LibraryView } from './library/LibraryView.tsx';
import { useAppInfo } from './useAppInfo.ts';

type View = 'draft' | 'library' | 'articles' | 'audit';
const VIEWS: readonly View[] = ['draft', 'library', 'articles', 'audit'];
/** The commands that show a view (Ctrl+1 … Ctrl+4, and the Xem menu). */
const SHOWS: Partial<Record<AppCommand, View>> = { 'show-draft': 'draft', 'show-library': 'library', 'show-articles': 'articles', 'show-audit': 'audit' };

export function App() {
  const { t, locale, setLocale } = useI18n();
  const info = useAppInfo();
  const [view, setView] = useState<View>('draft');
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [openArticle, setOpenArticle] = useState<{ id: number; request: number } | null>(null);
  const bus = useMemo(createCommandBus, []);
  const connected = hasHost();

  const run = useCallback(
    (command: AppCommand) => {
      const shown = SHOWS[command];
      if (shown) {
        setView(shown);
        return;
      }
      const owner: View = command === 'import-directive' ? 'library' : 'draft';
      setView(owner);
      // After the owner is shown: focus cannot move into a hidden view.
      setTimeout(() => bus.publish(command), 0);
    },
    [bus],
  );

  useEffect(() => window.soat?.onCommand(run), [run]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return; // the editor handled it
      if (document.querySelector('[aria-modal="true"]')) return; // a dialog has the keyboard
      const command = shortcutCommand(event);
      if (command === null) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const onLibraryChanged = useCallback(() => setLibraryVersion((v) => v + 1), []);
  const onOpenArticle = useCallback((id: number) => {
    setOpenArticle((previous) => ({ id, request: (previous?.request ?? 0) + 1 }));
    setView('draft');
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Soát <span className="app-header-tagline">— {t('app.tagline')}</span>
        </h1>
        {connected ? (
          <nav className="tabs" role="tablist" aria-label={t('tabs.label')}>
            {VIEWS.map((which) => (
              <button
                key={which}
                type="button"
                role="tab"
                id={`tab-${which}`}
                aria-selected={view === which}
                aria-controls={`view-${which}`}
                tabIndex={view === which ? 0 : -1}
                onClick={() => setView(which)}
                onKeyDown={(event) => {
                  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                  const next = VIEWS[(VIEWS.indexOf(which) + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
                  setView(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }}
              >
                {t(`tabs.${which}`)}
              </button>
            ))}
          </nav>
        ) : null}
        <label className="locale">
          <span className="sr-only">{t('locale.label')}</span>
          <select value={locale} aria-label={t('locale.label')} onChange={(event) => setLocale(event.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locale.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="app-main">
        {connected ? (
          <>
            <DraftView active={view === 'draft'} bus={bus} libraryVersion={libraryVersion} openArticle={openArticle} />
            <LibraryView active={view === 'library'} bus={bus} libraryVersion={libraryVersion} onChanged={onLibraryChanged} />
            <ArticlesView active={view === 'articles'} onOpen={onOpenArticle} />
            <AuditView active={view === 'audit'} />
          </>
        ) : (
          <section className="empty-state" aria-labelledby="no-host-title">
            <h2 id="no-host-title">Soát</h2>
            <p>{t('app.noHost')}</p>
          </section>
        )}
      </main>
      <footer className="app-footer">{info ? t('app.version', { name: info.name, version: info.version }) : ' '}</footer>
    </div>
  );
}
