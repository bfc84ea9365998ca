// `soat directives list | show | import`: the directive library. Subcommands are a small table
// like the top-level one, so `edit`, `retire` ... can be added as files of their own.
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { directivesImportCommand } from './directivesImport.ts';
import { directivesListCommand } from './directivesList.ts';
import { directivesShowCommand } from './directivesShow.ts';

const SUBCOMMANDS: readonly Command[] = [directivesListCommand, directivesShowCommand, directivesImportCommand];

const usage = `Cách dùng: soat directives LỆNH [--db ĐƯỜNG] ...

Thư viện văn bản chỉ đạo (mặc định: soat.db trong thư mục dữ liệu Soat của người dùng;
--db ĐƯỜNG để dùng tệp khác).

${SUBCOMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Xem chi tiết: soat directives LỆNH --help
`;

export const directivesCommand: Command = {
  name: 'directives',
  summary: 'thư viện văn bản chỉ đạo: list, show, import',
  usage,
  async run(args, io) {
    const [name, ...rest] = args;
    if (name === undefined) {
      io.err(`lỗi: thiếu lệnh con.\n\n${usage}`);
      return EXIT.badInput;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.out(usage);
      return EXIT.ok;
    }
    const command = SUBCOMMANDS.find((c) => c.name === name);
    if (command === undefined) {
      io.err(`lỗi: không có lệnh "soat directives ${name}".\n\n${usage}`);
      return EXIT.badInput;
    }
    return command.run(rest, io);
  },
};
