// Room: services — a publication date as CMS exports and editors write it, to "YYYY-MM-DD":
// ISO dates and timestamps (the date as written, not shifted to UTC), dd/mm/yyyy and its dashes
// and dots (Vietnamese order: day first), "ngày 5 tháng 6 năm 2024", "Thứ Tư, 05/06/2024 - 08:30",
// and Unix times in seconds or milliseconds. Null when none is found or the date does not exist.
import { isIsoDate } from '../isIsoDate.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}

export function parseArticleDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || /^\d{10}(?:\d{3})?$/u.test(String(value).trim())) {
    const n = Number(value);
    const ms = n > 1e11 ? n : n * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const s = String(value).normalize('NFC').trim();
  let m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/u.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/u.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
