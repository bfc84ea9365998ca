// Room: renderer — the themes the considered directives ask the press to cover: covered (with
// the draft's sentence that covers it — click to go there) or missing (required ones marked).
import type { Report } from '../../../core/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  report: Report;
  onGoToEvidence: (themeId: string, index: number) => void;
}

export function ThemeChecklist({ report, onGoToEvidence }: Props) {
  const { t } = useI18n();
  const considered = report.directives.filter((d) => d.considered);
  if (considered.length === 0) {
    return (
      <section className="theme-checklist" aria-labelledby="themes-title">
        <h2 id="themes-title">{t('panel.themes')}</h2>
        <p className="panel-empty">{t('panel.noneConsidered')}</p>
      </section>
    );
  }
  return (
    <section className="theme-checklist" aria-labelledby="themes-title">
      <h2 id="themes-title">{t('panel.themes')}</h2>
      {considered.map((directive) => {
        const themes = report.themes.filter((theme) => theme.directive === directive.id);
        const covered = themes.filter((theme) => theme.covered).length;
        return (
          <section key={directive.id} className="theme-directive" aria-label={directive.number ?? directive.id}>
            <h3>
              {t('panel.themesOf', { directive: directive.number ?? directive.id, covered, total: themes.length })}
            </h3>
            {directive.title ? <p className="theme-directive-title">{directive.title}</p> : null}
            <ul className="theme-list">
              {themes.map((theme) => (
                <li key={theme.id} className={theme.covered ? 'theme-covered' : 'theme-missing'}>
                  <span className="theme-mark" aria-hidden="true">
                    {theme.covered ? '✓' : '✗'}
                  </span>
                  <span className="sr-only">{theme.covered ? t('panel.covered') : t('panel.missing')}: </span>
                  <span className="theme-path">{theme.path}</span> <span className="theme-heading">{theme.heading}</span>
                  {!theme.covered && theme.required ? <span className="badge badge-required">{t('panel.required')}</span> : null}
                  {theme.covered && theme.evidence[0] ? (
                    <button type="button" className="theme-evidence" onClick={() => onGoToEvidence(theme.id, 0)}>
                      {t('panel.evidence', { text: theme.evidence[0].text })}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
