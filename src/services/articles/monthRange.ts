// Room: services — a month "YYYY-MM" as the first and last dates of it, and the week of the month
// a date falls in. Weeks of a month, as newsroom reports count them: days 1-7, 8-14, 15-21,
// 22-28 and 29 to the end (a short fifth week), so every week belongs to one month.

export interface MonthRange {
  month: string;
  first: string;
  last: string;
  days: number;
}

export function isMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/u.exec(s);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function monthRange(month: string): MonthRange {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { month, first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}`, days };
}

/** 1-5 */
export function weekOfMonth(isoDate: string): number {
  return Math.floor((Number(isoDate.slice(8, 10)) - 1) / 7) + 1;
}

/** The same in SQL, for a column holding "YYYY-MM-DD". */
export const WEEK_OF_MONTH_SQL = (column: string): string => `((CAST(substr(${column}, 9, 2) AS INTEGER) - 1) / 7 + 1)`;

/** The weeks of a month with their days, e.g. { week: 5, from: 29, to: 31 }. */
export function weeksOf(month: string): { week: number; from: number; to: number }[] {
  const { days } = monthRange(month);
  const out: { week: number; from: number; to: number }[] = [];
  for (let from = 1, week = 1; from <= days; from += 7, week += 1) out.push({ week, from, to: Math.min(from + 6, days) });
  return out;
}
