// Room: renderer — the card of a finding, shown on hover or when the cursor is in it: what the
// draft says, what the directive says (with the word diff for quotes), which directive and
// section, the approved sentence, and the button that applies the fix. Plain DOM: CodeMirror
// shows it as a tooltip, outside React.
import type { EditorView } from '@codemirror/view';
import type { Finding } from '../../../../core/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { applyFix } from './findingNavigation.ts';

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
    const button = element('button', 'finding-card-fix', t('card.fix', { replacement: finding.fix.replacement }), element('kbd', null, t('card.fixKey')));
    button.type = 'button';
    // mousedown would move the editor's cursor out of the finding first.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      applyFix(view, finding);
      view.focus();
    });
    card.append(button);
  }
  return card;
}
