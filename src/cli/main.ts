// The `soat` command line: finds the command in the table and runs it. Exit codes: 0 done,
// 1 the draft has errors (check), 2 refused input, 3 a bug in Soát. Messages are Vietnamese;
// results go to stdout, problems to stderr.
import type { CliIo } from './CliIo.ts';
import { processIo } from './CliIo.ts';
import type { Command } from './Command.ts';
import { commandTable } from './commandTable.ts';
import { EXIT } from './exitCodes.ts';

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Soát — kiểm tra tuân thủ văn bản chỉ đạo cho tòa soạn.

Cách dùng: soat LỆNH [tham số] [--db ĐƯỜNG]

Lệnh:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Xem chi tiết một lệnh: soat LỆNH --help
Mã thoát: 0 xong, 1 bài có lỗi (check), 2 đầu vào không hợp lệ, 3 lỗi nội bộ.
`;
}

export async function main(argv: string[], io: CliIo = processIo(), commands: readonly Command[] = commandTable): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview(commands));
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(commands));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`lỗi: không có lệnh "${name}".\n\n${overview(commands)}`);
    return EXIT.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (cause) {
    // Expected failures are values; reaching here is a bug. Say so, with what a developer needs.
    io.err(`Lỗi nội bộ của Soát (hãy báo cho nhóm phát triển, kèm lệnh đã chạy):\n${(cause as Error).stack ?? String(cause)}\n`);
    return EXIT.internal;
  }
}
