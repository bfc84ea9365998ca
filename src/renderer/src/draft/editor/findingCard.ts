// Room: renderer — the card of a finding, shown on hover or when the cursor is in it: what the
// draft says, what the directive says (with the word diff for quotes), which directive and
// section, the approved sentence, the button that applies the fix, and — when the draft is a
// saved article — how the finding was resolved, with Đã sửa / Bỏ qua… / Mở lại. Plain DOM:
// CodeMirror shows it as a tooltip, outside React; the resolution part redraws when it changes.
import { Facet } from '@codemirror/state';
import type { EditorView, TooltipView } from '@codemirror/view';
import type { Finding } from '../../../../core/index.ts';
import type { StoredFinding } from '../../../../shared/auditSchemas.ts';
import type { Translate } from '../../i18n/translate.ts';
import { applyFix } from './findingNavigation.ts';
import { findingsField } from './findingsField.ts';

/** What an editor may decide on a saved finding: fixed, dismissed (the page asks why), open again. */
export type ResolveAction = 'fixed' | 'dismiss' | 'reopen';

/** Who acts on the cards' resolution buttons (the draft view). */
export const resolveHandler = Facet.define<(stored: StoredFinding, action: ResolveAction) => void, (stored: StoredFinding, action: ResolveAction) => void>({
  combine: (values) => values[0] ?? (() => undefined),
});

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function diffLine(finding: Finding): HTMLElement | null {
  if (!finding.diff?.some((part) => part.op !== 'equal')) return null;
  const line = element('p', 'finding-card-diff');
  finding.diff.forEach((part, index) => {
    if (index > 0) line.append(' ');
    line.append(part.op === 'equal' ? part.text : element(part.op === 'insert' ? 'ins' : 'del', null, part.text));
  });
  return line;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  // mousedown would move the editor's cursor out of the finding first.
  node.addEventListener('mousedown', (event) => event.preventDefault());
  node.addEventListener('click', onClick);
  return node;
}

/** How the saved article resolved this finding, and the buttons that change it. */
export function resolutionPart(view: EditorView, finding: Finding, t: Translate): HTMLElement {
  const part = element('div', 'finding-card-resolution');
  const { linked, signed, byId } = view.state.field(findingsField).resolutions;
  const stored = byId.get(finding.id);
  if (!linked || !stored) {
    part.append(element('p', 'finding-card-hint', t(linked ? 'card.notSaved' : 'card.saveFirst')));
    return part;
  }
  const act = (action: ResolveAction) => () => view.state.facet(resolveHandler)(stored, action);
  if (stored.resolution === 'fixed') part.append(element('p', 'finding-card-state', t('resolution.fixedBy', { by: stored.resolvedBy ?? '' })));
  if (stored.resolution === 'dismissed') {
    part.append(element('p', 'finding-card-state', t('resolution.dismissedBy', { reason: stored.reason ?? '', by: stored.resolvedBy ?? '' })));
  }
  if (signed) {
    part.append(element('p', 'finding-card-hint', t('card.signed')));
    return part;
  }
  const actions = element('div', 'finding-card-actions');
  if (stored.resolution === null) {
    actions.append(button(t('resolution.fix'), 'finding-card-fixed', act('fixed')), button(t('resolution.dismiss'), 'finding-card-dismiss', act('dismiss')));
  } else {
    actions.append(button(t('resolution.reopen'), 'finding-card-reopen', act('reopen')));
  }
  part.append(actions);
  return part;
}

/** The card as CodeMirror's tooltip: its resolution part follows the saved article. */
export function findingCardView(view: EditorView, finding: Finding, t: Translate): TooltipView {
  const dom = findingCard(view, finding, t);
  let part = resolutionPart(view, finding, t);
  dom.append(part);
  return {
    dom,
    update(update) {
      if (update.startState.field(findingsField).resolutions === update.state.field(findingsField).resolutions) return;
      const next = resolutionPart(update.view, finding, t);
      part.replaceWith(next);
      part = next;
    },
  };
}

export function findingCard(view: EditorView, finding: Finding, t: Translate): HTMLElement {
  const card = element('div', `finding-card finding-card-${finding.severity}`);
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${t(`severity.${finding.severity}`)}: ${t(`kind.${finding.kind}`)}`);
  card.dataset['finding'] = finding.id;
  card.append(
    element('div', 'finding-card-kind', element('span', 'finding-card-severity', t(`severity.${finding.severity}`)), ` ${t(`kind.${finding.kind}`)}`),
    element('p', 'finding-card-message', finding.message),
  );
  const facts = element('dl', 'finding-card-facts');
  if (finding.actual) facts.append(element('dt', null, t('card.draft')), element('dd', 'finding-card-actual', finding.actual));
  if (finding.expected) facts.append(element('dt', null, t('card.expected')), element('dd', 'finding-card-expected', finding.expected));
  card.append(facts);
  const diff = diffLine(finding);
  if (diff) card.append(element('div', 'finding-card-label', t('card.diff')), diff);
  const source = finding.source;
  if (source) {
    const where = [source.directive, source.directiveTitle, source.sectionPath ? t('card.section', { path: source.sectionPath }) : null]
      .filter(Boolean)
      .join(' — ');
    card.append(element('div', 'finding-card-source', element('span', 'finding-card-label', `${t('card.source')}: `), where));
    if (source.sentence) {
      card.append(element('div', 'finding-card-label', t('card.sentence')), element('blockquote', 'finding-card-sentence', source.sentence));
    }
  }
  if (finding.fix) {
    const fix = button(t('card.fix', { replacement: finding.fix.replacement }), 'finding-card-fix', () => {
      applyFix(view, finding);
      view.focus();
    });
    fix.append(element('kbd', null, t('card.fixKey')));
    card.append(fix);
  }
  return card;
}
