// `soat directives show NUMBER [--json]`: one directive of the library, edits applied.
import type { Command } from '../Command.ts';
import { directiveJson } from '../directiveJson.ts';
import { EXIT } from '../exitCodes.ts';
import { formatDirective } from '../formatDirective.ts';
import { openCliLibrary } from '../openCliLibrary.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat directives show SỐ_HIỆU [--json] [--db ĐƯỜNG]

In một văn bản trong thư viện (đã áp dụng các chỉnh sửa của lãnh đạo).
SỐ_HIỆU là số văn bản (ví dụ 98-HD/BTGThU, không phân biệt hoa thường)
hoặc tên tệp không đuôi khi văn bản không ghi số.
`;

export const directivesShowCommand: Command = {
  name: 'show',
  summary: 'in một văn bản trong thư viện',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { json: { type: 'boolean' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.err(`lỗi: cần đúng một số hiệu văn bản.\n\n${usage}`);
      return EXIT.badInput;
    }
    const opened = await openCliLibrary(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const library = opened.value;
    try {
      const directive = library.get(positionals[0]!);
      if (directive === null) {
        io.err(`lỗi: không có văn bản "${positionals[0]}" trong thư viện. Xem danh sách: soat directives list\n`);
        return EXIT.badInput;
      }
      io.out(values['json'] === true ? `${JSON.stringify(directiveJson(directive), null, 2)}\n` : formatDirective(directive));
      return EXIT.ok;
    } finally {
      library.close();
    }
  },
};
