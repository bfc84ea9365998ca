// Room: renderer — the side panel of the draft view: how many errors and warnings, the findings
// grouped by kind (click or Enter to go to one) with, when the draft is a saved article, how each
// was resolved and Đã sửa / Bỏ qua… / Mở lại; and the checklist of the required themes of the
// directives the draft was checked against.
import type { Finding, FindingKind, Report } from '../../../core/index.ts';
import type { StoredFinding } from '../../../shared/auditSchemas.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ResolveAction } from './editor/findingCard.ts';
import type { ResolutionState } from './editor/findingsField.ts';
import { ThemeChecklist } from './ThemeChecklist.tsx';

/** Errors of substance first; style last. Theme-missing findings live in the checklist. */
const KIND_ORDER: readonly FindingKind[] = [
  'citation-mismatch',
  'figure-mismatch',
  'figure-direction',
  'quote-mismatch',
  'figure-rounded',
  'figure-format',
];

interface Props {
  report: Report | null;
  /** Ids of the findings still in the text (one whose words were edited is gone at once). */
  placedIds: ReadonlySet<string>;
  draftEmpty: boolean;
  onGoTo: (finding: Finding) => void;
  onGoToEvidence: (themeId: string, index: number) => void;
  resolutions: ResolutionState;
  onResolve: (stored: StoredFinding, action: ResolveAction) => void;
}

/** How the saved article resolved a finding, and the buttons that change it. */
function Resolution({ finding, stored, signed, onResolve }: { finding: Finding; stored: StoredFinding; signed: boolean; onResolve: Props['onResolve'] }) {
  const { t } = useI18n();
  const words = { words: finding.actual };
  return (
    <div className="finding-resolution">
      {stored.resolution === 'fixed' ? <span className="badge badge-on">{t('resolution.fixedBy', { by: stored.resolvedBy ?? '' })}</span> : null}
      {stored.resolution === 'dismissed' ? (
        <span className="badge finding-dismissed">{t('resolution.dismissedBy', { reason: stored.reason ?? '', by: stored.resolvedBy ?? '' })}</span>
      ) : null}
      {signed ? null : stored.resolution === null ? (
        <>
          <button type="button" className="quiet" aria-label={t('resolution.fixLabel', words)} onClick={() => onResolve(stored, 'fixed')}>
            {t('resolution.fix')}
          </button>
          <button type="button" className="quiet" aria-label={t('resolution.dismissLabel', words)} onClick={() => onResolve(stored, 'dismiss')}>
            {t('resolution.dismiss')}
          </button>
        </>
      ) : (
        <button type="button" className="quiet" aria-label={t('resolution.reopenLabel', words)} onClick={() => onResolve(stored, 'reopen')}>
          {t('resolution.reopen')}
        </button>
      )}
    </div>
  );
}

export function FindingsPanel({ report, placedIds, draftEmpty, onGoTo, onGoToEvidence, resolutions, onResolve }: Props) {
  const { t } = useI18n();
  const findings = (report?.findings ?? []).filter((f) => f.kind !== 'theme-missing' && placedIds.has(f.id));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const groups = KIND_ORDER.map((kind) => ({ kind, items: findings.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);

  let body;
  if (draftEmpty || report === null) {
    body = <p className="panel-empty">{t('panel.empty')}</p>;
  } else if (report.directives.length === 0) {
    body = <p className="panel-empty">{t('panel.noDirectives')}</p>;
  } else {
    body = (
      <>
        {findings.length === 0 ? (
          <p className="panel-clean">{t('panel.clean')}</p>
        ) : (
          <div className="findings-groups" role="region" aria-label={t('panel.findingsLabel')}>
            {groups.map((group) => (
              <section key={group.kind} className="findings-group" aria-labelledby={`kind-${group.kind}`}>
                <h3 id={`kind-${group.kind}`}>
                  {t(`kind.${group.kind}`)} <span className="count">{group.items.length}</span>
                </h3>
                <ul className="findings-list" aria-labelledby={`kind-${group.kind}`}>
                  {group.items.map((finding) => (
                    <li key={finding.id} className={resolutions.byId.get(finding.id)?.resolution ? 'finding-resolved' : undefined}>
                      <button
                        type="button"
                        className={`finding-item finding-item-${finding.severity}`}
                        data-finding={finding.id}
                        onClick={() => onGoTo(finding)}
                      >
                        <span className="finding-item-severity">{t(`severity.${finding.severity}`)}</span>
                        <span className="finding-item-words">
                          <span className="finding-item-actual">{finding.actual}</span>
                          {finding.expected ? (
                            <>
                              {' → '}
                              <span className="finding-item-expected">{finding.expected}</span>
                            </>
                          ) : null}
                        </span>
                        <span className="finding-item-message">{finding.message}</span>
                      </button>
                      {resolutions.linked && resolutions.byId.has(finding.id) ? (
                        <Resolution finding={finding} stored={resolutions.byId.get(finding.id)!} signed={resolutions.signed} onResolve={onResolve} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <p className="panel-keys">{t('panel.keys')}</p>
          </div>
        )}
        <ThemeChecklist report={report} onGoToEvidence={onGoToEvidence} />
      </>
    );
  }

  return (
    <aside className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('panel.title')}</h2>
      <p className="panel-summary" role="status" aria-live="polite">
        {report !== null && !draftEmpty && report.directives.length > 0 ? t('panel.summary', { errors, warnings }) : ''}
      </p>
      {body}
    </aside>
  );
}
