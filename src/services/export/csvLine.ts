// Room: services — one CSV record (RFC 4180): fields quoted when they hold a comma, a quote or a
// line break. Files start with a byte-order mark so Excel opens Vietnamese text as UTF-8.
export const CSV_BOM = '\uFEFF';

export function csvLine(fields: readonly (string | number)[]): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
    })
    .join(',');
}
