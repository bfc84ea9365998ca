// Room: services — dates as Vietnamese reports print them: 05/06/2024, and 08:30 05/06/2024 in
// the computer's time zone for moments stored in UTC.
const pad = (n: number): string => String(n).padStart(2, '0');

/** "2024-06-05" → "05/06/2024" */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An ISO moment → "08:30 05/06/2024", local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "2024-06" → "tháng 6/2024" */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `tháng ${Number(m)}/${y}`;
}
