// Room: renderer — the i18n module: a message by key in the chosen language, placeholders
// filled in. Small on purpose: two languages, no plural rules (Vietnamese has none).
import { en, vi, type MessageKey } from './messages.ts';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = catalogs[locale][key] ?? vi[key];
  return message.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);

/** A number the way the locale writes it: 5,75 and 2.000 in Vietnamese. */
export function formatNumber(locale: Locale, value: number, decimals?: number): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 3,
  }).format(value);
}

/** 2024-06-03 → 03/06/2024 (vi) or 6/3/2024 (en); "2024-06" → 06/2024. */
export function formatDate(locale: Locale, iso: string | null): string {
  if (iso === null) return '';
  const [year, month, day] = iso.split('-');
  if (day === undefined) return `${month}/${year}`;
  return locale === 'vi' ? `${day}/${month}/${year}` : `${Number(month)}/${Number(day)}/${year}`;
}
