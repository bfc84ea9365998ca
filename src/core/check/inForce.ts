// Whether a directive is in force on a publication date: active, and its validity contains the
// date; a directive that states no period is in force from its date until a lead retires it.

import type { LibraryDirective } from './types.ts';

function startOf(isoOrMonth: string): string {
  return isoOrMonth.length === 7 ? `${isoOrMonth}-01` : isoOrMonth;
}

function endOf(isoOrMonth: string): string {
  if (isoOrMonth.length !== 7) return isoOrMonth;
  const [y, m] = isoOrMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${isoOrMonth}-${String(last).padStart(2, '0')}`;
}

export function inForce(d: LibraryDirective, date: string): boolean {
  if (d.status !== 'active') return false;
  if (d.validity) {
    if (date < startOf(d.validity.from)) return false;
    if (d.validity.to && date > endOf(d.validity.to)) return false;
    return true;
  }
  const since = d.issuedOn ?? d.implements.map((c) => c.date).filter((x): x is string => !!x).sort().pop() ?? null;
  return since === null || date >= startOf(since);
}
