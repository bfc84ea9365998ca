// Room: renderer — the page's host: window.soat, put there by Electron's preload or by the
// browser harness's bridge script. The page never knows which. Its failures become words.
import type { SoatApi } from '../../../shared/SoatApi.ts';
import type { Translate } from '../i18n/translate.ts';

export class NoHostError extends Error {
  constructor() {
    super('window.soat is missing');
  }
}

export function soat(): SoatApi {
  const api = window.soat;
  if (api === undefined) throw new NoHostError();
  return api;
}

export const hasHost = (): boolean => window.soat !== undefined;

/**
 * What went wrong, in words for the user: the host's own message (services speak Vietnamese)
 * without Electron's "Error invoking remote method" wrapping, the first line only — never a
 * stack trace.
 */
export function messageOf(error: unknown, t: Translate): string {
  if (error instanceof NoHostError) return t('app.noHost');
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = raw
    .replace(/^Error invoking remote method '[^']*':\s*/u, '')
    .replace(/^(?:\w*Error:\s*)+/u, '')
    .split('\n')[0]!
    .trim();
  if (message === '' || /^\s*at\s|\bundefined\b|is not a function|Cannot read prop/u.test(message)) return t('error.generic');
  return message;
}
