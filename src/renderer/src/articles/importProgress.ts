// Room: renderer — the bulk import's progress in words: how far (done of total, as a share) and
// how long is left, from the events the host sends (ImportEvent). Pure, for the import screen.
import type { ImportEvent } from '../../../shared/articleSchemas.ts';
import type { Translate } from '../i18n/translate.ts';

export interface ImportShown {
  done: number;
  total: number;
  /** 0–100 */
  percent: number;
  running: boolean;
}

/** How far an import is, whatever its last event. */
export function importShown(event: ImportEvent): ImportShown {
  if (event.state === 'running') {
    const { done, total } = event.progress;
    return { done, total, percent: total ? Math.round((done / total) * 100) : 100, running: true };
  }
  if (event.state === 'finished') {
    const { summary } = event;
    const done = summary.added + summary.updated + summary.unchanged + summary.failed.length;
    return { done, total: summary.total, percent: summary.total ? Math.round((done / summary.total) * 100) : 100, running: false };
  }
  return { done: 0, total: 0, percent: 0, running: false };
}

/** "còn khoảng 12 giây", "còn khoảng 3 phút"; unknown before the first article is done. */
export function timeLeft(ms: number | null, t: Translate): string {
  if (ms === null) return t('bulk.left.unknown');
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? t('bulk.left.seconds', { count: seconds }) : t('bulk.left.minutes', { count: Math.ceil(seconds / 60) });
}

/** The import's defaults as the host takes them: blank fields left out. */
export function cleanDefaults<T extends Record<string, string>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')) as Partial<T>;
}

/** The later of two events of the imports (the host numbers its runs; a run's end comes last). */
export function latestEvent(a: ImportEvent | null, b: ImportEvent | null): ImportEvent | null {
  if (a === null || b === null) return a ?? b;
  if (a.run !== b.run) return a.run > b.run ? a : b;
  const reach = (e: ImportEvent): number => (e.state === 'running' ? e.progress.done : Number.POSITIVE_INFINITY);
  return reach(b) >= reach(a) ? b : a;
}
