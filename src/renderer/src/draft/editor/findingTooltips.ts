// Room: renderer — where a finding's card appears: under the cursor when the cursor is in a
// finding (keyboard users, F8), and under the mouse when it rests on an underline.
import { Facet, StateField, type EditorState } from '@codemirror/state';
import { hoverTooltip, showTooltip, type Tooltip } from '@codemirror/view';
import { translator, type Translate } from '../../i18n/translate.ts';
import { findingCardView } from './findingCard.ts';
import { findingAt, findingAtCursor } from './findingNavigation.ts';
import { findingsField } from './findingsField.ts';

/** The words of the cards in the window's language. */
export const cardLanguage = Facet.define<Translate, Translate>({ combine: (values) => values[0] ?? translator('vi') });

function cursorTooltip(state: EditorState): Tooltip | null {
  const finding = findingAtCursor(state);
  if (finding === null) return null;
  return {
    pos: finding.start,
    end: finding.end,
    above: false,
    create: (view) => findingCardView(view, finding, view.state.facet(cardLanguage)),
  };
}

const cursorCard = StateField.define<Tooltip | null>({
  create: cursorTooltip,
  update(tooltip, tr) {
    if (!tr.docChanged && !tr.selection && tr.startState.field(findingsField) === tr.state.field(findingsField)) return tooltip;
    const next = cursorTooltip(tr.state);
    // Same finding, same place: keep the card (and its focus) rather than redraw it.
    if (next && tooltip && next.pos === tooltip.pos && next.end === tooltip.end && findingAtCursor(tr.startState)?.id === findingAtCursor(tr.state)?.id) {
      return tooltip;
    }
    return next;
  },
  provide: (field) => showTooltip.from(field),
});

const mouseCard = hoverTooltip(
  (view, pos, side) => {
    const finding = findingAt(view.state, pos, side);
    if (finding === null || findingAtCursor(view.state)?.id === finding.id) return null;
    return { pos: finding.start, end: finding.end, create: () => findingCardView(view, finding, view.state.facet(cardLanguage)) };
  },
  { hoverTime: 250 },
);

export const findingTooltips = [cursorCard, mouseCard];
