// Who is at the keyboard, for "resolved by": --by, else SOAT_USER, else the login name.
import type { CliIo } from './CliIo.ts';

export function cliUser(io: CliIo, given: string | boolean | undefined): string {
  if (typeof given === 'string' && given.trim()) return given.trim();
  return io.env['SOAT_USER'] || io.env['USER'] || io.env['USERNAME'] || 'người dùng';
}
