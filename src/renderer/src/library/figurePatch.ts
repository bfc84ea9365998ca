// Room: renderer — what changes when a lead corrects a figure's value: the value, its decimal
// places (5,7 and 5,70 are told apart by the checker's rounding rule), and the figure's words
// when they still show the old number ("5,75%" becomes "5,85%"), so the expected wording that
// the checker prints is the corrected one.
import type { Figure } from '../../../core/index.ts';
import { formatFigureValue, parseVietnameseNumber } from './vietnameseNumber.ts';

export type FigurePatch = Pick<Figure, 'value' | 'decimals'> & { text?: string };

/** The patch for a typed value, or null when the input is not a number. */
export function figureValuePatch(figure: Pick<Figure, 'text' | 'value' | 'decimals'>, input: string): FigurePatch | null {
  const typed = parseVietnameseNumber(input);
  if (typed === null) return null;
  const patch: FigurePatch = { value: typed.value, decimals: typed.decimals };
  const before = formatFigureValue(figure.value, figure.decimals);
  const after = formatFigureValue(typed.value, typed.decimals);
  const at = figure.text.indexOf(before);
  // Only when the old number stands alone in the words (not "15,75%" for "5,75").
  if (at >= 0 && !/\d/u.test(figure.text[at - 1] ?? '') && !/\d/u.test(figure.text[at + before.length] ?? '')) {
    const text = figure.text.slice(0, at) + after + figure.text.slice(at + before.length);
    if (text !== figure.text) patch.text = text;
  }
  return patch;
}
