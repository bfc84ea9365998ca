// Room: renderer — the CodeMirror 6 setup of the draft editor: history, search (Ctrl+F), soft
// wrapping, the findings and their cards, and the keys of the draft view:
//   F8 / Alt+↓ next finding · Shift+F8 / Alt+↑ previous · Alt+Enter apply the fix ·
//   Ctrl+Enter check now · Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo / redo · Ctrl+F find.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, Prec, type ChangeSet, type Extension, type Text } from '@codemirror/state';
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view';
import type { Translate } from '../../i18n/translate.ts';
import { applyFixAtCursorCommand, nextFindingCommand, previousFindingCommand } from './findingNavigation.ts';
import { findingsField } from './findingsField.ts';
import { cardLanguage, findingTooltips } from './findingTooltips.ts';

export interface DraftEditorHooks {
  /** Every change of the text, as CodeMirror reports it. */
  onChange: (update: { changes: ChangeSet; doc: Text }) => void;
  checkNow: () => void;
}

/** The words of the search panel, in the window's language. */
function searchPhrases(t: Translate): Record<string, string> {
  return {
    Find: t('search.find'),
    Replace: t('search.replace'),
    next: t('search.next'),
    previous: t('search.previous'),
    all: t('search.all'),
    'match case': t('search.matchCase'),
    regexp: t('search.regexp'),
    'by word': t('search.byWord'),
    replace: t('search.replaceOne'),
    'replace all': t('search.replaceAll'),
    close: t('search.close'),
  };
}

export const languageCompartment = new Compartment();

/** What changes with the window's language: the cards, the search panel, the placeholder, the label. */
export function languageExtensions(t: Translate): Extension {
  return [
    cardLanguage.of(t),
    EditorState.phrases.of(searchPhrases(t)),
    placeholder(t('draft.placeholder')),
    EditorView.contentAttributes.of({ 'aria-label': t('draft.editorLabel') }),
  ];
}

export function draftExtensions(t: Translate, hooks: DraftEditorHooks): Extension {
  return [
    history(),
    drawSelection(),
    EditorView.lineWrapping,
    search({ top: true }),
    findingsField,
    findingTooltips,
    languageCompartment.of(languageExtensions(t)),
    EditorView.contentAttributes.of({ spellcheck: 'false', lang: 'vi', 'aria-multiline': 'true' }),
    Prec.high(
      keymap.of([
        { key: 'F8', run: nextFindingCommand, shift: previousFindingCommand, preventDefault: true },
        { key: 'Alt-ArrowDown', run: nextFindingCommand, preventDefault: true },
        { key: 'Alt-ArrowUp', run: previousFindingCommand, preventDefault: true },
        { key: 'Alt-Enter', run: applyFixAtCursorCommand, preventDefault: true },
        {
          key: 'Mod-Enter',
          run: () => {
            hooks.checkNow();
            return true;
          },
          preventDefault: true,
        },
      ]),
    ),
    keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.onChange({ changes: update.changes, doc: update.state.doc });
    }),
  ];
}
