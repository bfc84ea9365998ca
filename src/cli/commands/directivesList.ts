// `soat directives list [--json]`: one line per directive in the library.
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { vietnameseDate } from '../formatDirective.ts';
import { openCliLibrary } from '../openCliLibrary.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat directives list [--json] [--db ĐƯỜNG]

Liệt kê các văn bản trong thư viện: mã, loại, ngày ban hành, trạng thái, trích yếu.
`;

export const directivesListCommand: Command = {
  name: 'list',
  summary: 'liệt kê các văn bản trong thư viện',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { json: { type: 'boolean' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    if (parsed.positionals.length > 0) {
      io.err(`lỗi: không cần tham số "${parsed.positionals[0]}".\n\n${usage}`);
      return EXIT.badInput;
    }
    const { values } = parsed;
    const opened = await openCliLibrary(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const library = opened.value;
    try {
      const list = library.list();
      if (values['json'] === true) {
        io.out(`${JSON.stringify(list, null, 2)}\n`);
        return EXIT.ok;
      }
      if (list.length === 0) {
        io.out(`Thư viện chưa có văn bản nào (${library.path}).\n`);
        return EXIT.ok;
      }
      const idWidth = Math.max(...list.map((d) => d.id.length));
      for (const d of list) {
        const status = d.status === 'active' ? 'đang áp dụng' : 'thôi áp dụng';
        io.out(`${d.id.padEnd(idWidth)}  ${(d.kind ?? '—').padEnd(3)}  ${vietnameseDate(d.issuedOn).padEnd(10)}  ${status.padEnd(12)}  ${d.title ?? '—'}\n`);
      }
      io.out(`\n${list.length} văn bản — ${library.path}\n`);
      return EXIT.ok;
    } finally {
      library.close();
    }
  },
};
