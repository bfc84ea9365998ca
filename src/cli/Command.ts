// A CLI command: its name, one Vietnamese line for the overview, its usage, and what it does.
// Commands live one per file under commands/ and are listed in commandTable.ts.
import type { CliIo } from './CliIo.ts';

export interface Command {
  name: string;
  /** One line, Vietnamese, for `soat --help`. */
  summary: string;
  /** Full usage, Vietnamese, for `soat NAME --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
