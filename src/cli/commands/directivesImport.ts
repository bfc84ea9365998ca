// `soat directives import PATH...`: adds documents to the library, all or nothing. Every file is
// read and checked before the database is opened, so one bad file leaves the library untouched.
import { basename } from 'node:path';
import { importFile } from '../../services/import/importFile.ts';
import type { ImportOutcome } from '../../services/library/importDirective.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { openCliLibrary } from '../openCliLibrary.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat directives import TỆP... [--db ĐƯỜNG]

Nhập văn bản chỉ đạo (.txt, .docx, .pdf) vào thư viện. Nhập lại đúng văn bản cũ
không thay đổi gì; nhập phiên bản mới của một văn bản (cùng số hiệu) thì thay nội
dung phân tích nhưng giữ các chỉnh sửa của lãnh đạo. Nếu một tệp lỗi, không tệp
nào được nhập.
`;

function describe(outcome: ImportOutcome): string {
  const what = { added: 'Đã thêm', updated: 'Đã cập nhật', unchanged: 'Không thay đổi' }[outcome.outcome];
  return `${what}: ${outcome.id}${outcome.title !== null ? ` — ${outcome.title}` : ''}\n`;
}

function describeUnapplied(outcome: ImportOutcome): string {
  if (outcome.unapplied.length === 0) return '';
  const lines = outcome.unapplied.map(
    (e) => `  • ${e.target} ${e.itemKey ?? ''} ${e.action}${e.field !== null ? ` ${e.field}` : ''} (${e.author}, ${e.at})`,
  );
  return `cảnh báo: ${outcome.id}: ${outcome.unapplied.length} chỉnh sửa không còn mục tương ứng trong phiên bản mới:\n${lines.join('\n')}\n`;
}

export const directivesImportCommand: Command = {
  name: 'import',
  summary: 'nhập văn bản vào thư viện',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {}, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
      io.err(`lỗi: cần ít nhất một tệp để nhập.\n\n${usage}`);
      return EXIT.badInput;
    }
    const documents: { text: string; file: string }[] = [];
    let refused = 0;
    for (const path of positionals) {
      const read = await importFile(path);
      if (read.ok) documents.push({ text: read.text, file: basename(path) });
      else {
        io.err(`lỗi: ${path}: ${read.error.message}\n`);
        refused += 1;
      }
    }
    if (refused > 0) {
      io.err(`Không nhập tệp nào: ${refused}/${positionals.length} tệp bị lỗi.\n`);
      return EXIT.badInput;
    }
    const opened = await openCliLibrary(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const library = opened.value;
    try {
      const imported = library.importTexts(documents);
      if (!imported.ok) {
        io.err(`lỗi: ${imported.error.message}\nKhông nhập tệp nào.\n`);
        return EXIT.badInput;
      }
      for (const outcome of imported.value) {
        io.out(describe(outcome));
        io.err(describeUnapplied(outcome));
      }
      return EXIT.ok;
    } finally {
      library.close();
    }
  },
};
