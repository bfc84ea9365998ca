// Room: services — the directives in force at some time during a month: in force on at least one
// of its days (a plan that starts on the 20th counts for that month).
import { inForce, type LibraryDirective } from '../../core/index.ts';
import { monthRange } from '../articles/monthRange.ts';

export function directivesInForce(directives: readonly LibraryDirective[], month: string): LibraryDirective[] {
  const { days } = monthRange(month);
  const dates = Array.from({ length: days }, (_v, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  return directives.filter((d) => dates.some((date) => inForce(d, date)));
}
