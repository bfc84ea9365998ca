// Test helper: runs `soat` in-process with a captured stdout/stderr and a private home folder,
// so no test ever touches the real ~/.config/Soat.
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], home: string, env: Record<string, string> = {}, stdin?: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    platform: 'linux',
    home,
    stdin: async () => new TextEncoder().encode(stdin ?? ''),
  });
  return { code, out, err };
}
