// node:util parseArgs, with its exceptions for unknown or malformed options turned into a
// Vietnamese message. Every command accepts --db (the library database) and --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export interface ParsedCliArgs {
  values: Readonly<Record<string, string | boolean | undefined>>;
  positionals: string[];
}

export function parseCliArgs(
  args: string[],
  options: Options = {},
): { ok: true; value: ParsedCliArgs } | { ok: false; error: { code: 'bad-option'; message: string } } {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { ok: true, value: { values: values as ParsedCliArgs['values'], positionals } };
  } catch (cause) {
    // parseArgs reports every usage mistake by throwing; that is bad input, not a bug.
    const code = (cause as { code?: string }).code;
    const message = (cause as Error).message;
    const option = /'(-{1,2}[^'\s]+)/u.exec(message)?.[1] ?? '';
    const text =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Tùy chọn không hợp lệ: ${option}.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Tùy chọn ${option} thiếu giá trị hoặc giá trị không hợp lệ.`
          : `Tham số không hợp lệ: ${message}`;
    return { ok: false, error: { code: 'bad-option', message: text } };
  }
}

/**
 * A command's arguments, or the exit code when there is nothing to run: a usage mistake is said
 * with the usage (exit 2), --help prints the usage (exit 0).
 */
export function commandArgs(args: string[], options: Options, usage: string, io: CliIo): ParsedCliArgs | number {
  const parsed = parseCliArgs(args, options);
  if (!parsed.ok) {
    io.err(`lỗi: ${parsed.error.message}\n\n${usage}`);
    return EXIT.badInput;
  }
  if (parsed.value.values['help'] === true) {
    io.out(usage);
    return EXIT.ok;
  }
  return parsed.value;
}
