// `soat article add | list | show | update | resolve | signoff`: checked drafts kept as articles,
// in the library's database. Subcommands are a small table like the top-level one.
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleAddCommand } from './articleAdd.ts';
import { articleListCommand } from './articleList.ts';
import { articleResolveCommand } from './articleResolve.ts';
import { articleShowCommand } from './articleShow.ts';
import { articleSignoffCommand } from './articleSignoff.ts';
import { articleUpdateCommand } from './articleUpdate.ts';

const SUBCOMMANDS: readonly Command[] = [articleAddCommand, articleListCommand, articleShowCommand, articleUpdateCommand, articleResolveCommand, articleSignoffCommand];

const usage = `Cách dùng: soat article LỆNH [--db ĐƯỜNG] ...

Bài viết đã kiểm tra, lưu cùng thư viện văn bản chỉ đạo (mặc định: soat.db trong thư mục dữ
liệu Soat của người dùng; --db ĐƯỜNG để dùng tệp khác).

${SUBCOMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Xem chi tiết: soat article LỆNH --help
`;

export const articleCommand: Command = {
  name: 'article',
  summary: 'bài viết đã kiểm tra: add, list, show, update, resolve, signoff',
  usage,
  async run(args, io) {
    // `soat article --db x.db list` as well as `soat article list --db x.db`.
    const lifted: string[] = [];
    const remaining = [...args];
    while (remaining[0] === '--db' || remaining[0]?.startsWith('--db=')) {
      const option = remaining.shift()!;
      lifted.push(option, ...(option === '--db' && remaining.length ? [remaining.shift()!] : []));
    }
    const [name, ...after] = remaining;
    const rest = [...after, ...lifted];
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
      io.err(`lỗi: không có lệnh "soat article ${name}".\n\n${usage}`);
      return EXIT.badInput;
    }
    return command.run(rest, io);
  },
};
