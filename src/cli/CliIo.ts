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
  /** Reads all of standard input, for `soat check -`. */
  stdin?(): Promise<Uint8Array>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    platform: process.platform,
    home: homedir(),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
