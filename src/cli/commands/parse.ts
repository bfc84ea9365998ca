// `soat parse FILE [--json]`: reads a directive file (.txt, .docx, .pdf) and prints what Soát
// understands of it — as the gold-schema JSON, or as a Vietnamese summary. Touches no database.
import { basename } from 'node:path';
import { parseDirective } from '../../core/index.ts';
import { importFile } from '../../services/import/importFile.ts';
import type { Command } from '../Command.ts';
import { directiveJson } from '../directiveJson.ts';
import { EXIT } from '../exitCodes.ts';
import { formatDirective } from '../formatDirective.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat parse TỆP [--json]

Đọc một văn bản chỉ đạo (.txt, .docx, .pdf) và in những gì Soát hiểu được:
số hiệu, cơ quan ban hành, ngày, trích yếu, thời gian áp dụng, số liệu,
nguyên văn cần giữ đúng, văn bản viện dẫn, đề mục, chủ đề.

  --json      in dạng JSON (theo lược đồ gold)
  --db ĐƯỜNG  (được chấp nhận cho thống nhất; lệnh này không dùng thư viện)
`;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'đọc một văn bản chỉ đạo và in nội dung đã phân tích',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { json: { type: 'boolean' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.err(`lỗi: cần đúng một tệp văn bản${positionals.length > 1 ? ` (nhận ${positionals.length})` : ''}.\n\n${usage}`);
      return EXIT.badInput;
    }
    const path = positionals[0]!;
    const read = await importFile(path);
    if (!read.ok) {
      io.err(`lỗi: ${path}: ${read.error.message}\n`);
      return EXIT.badInput;
    }
    const directive = parseDirective(read.text, { file: basename(path) });
    io.out(values['json'] === true ? `${JSON.stringify(directiveJson(directive), null, 2)}\n` : formatDirective(directive));
    return EXIT.ok;
  },
};
