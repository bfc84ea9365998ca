// What a command may touch of the outside world, passed in so tests run `main` in-process and
// read what it printed, with their own environment (and so their own default database folder).
import { homedir } from 'node:os';

export interface CliIo {
  /** Writes to standard output; the text carries its own newlines. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  home: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    platform: process.platform,
    home: homedir(),
  };
}
