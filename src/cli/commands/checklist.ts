// `soat checklist ID [--export FILE.docx|.pdf|.md|.csv]`: an article's compliance checklist
// ("Phiếu kiểm tra tuân thủ"): article data, directives applied, each check with its result,
// findings and how each was resolved, history, sign-off. Without --export, Markdown to stdout.
import { resolve } from 'node:path';
import { CHECKLIST_FORMATS, checklistFormatOf, exportChecklist } from '../../services/export/exportChecklist.ts';
import { writeExport } from '../../services/export/writeExport.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleId } from '../articleId.ts';
import { cliPrinter } from '../cliPrinter.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat checklist MÃ_BÀI [--export TỆP.docx|.pdf|.md|.csv] [--db ĐƯỜNG]

Phiếu kiểm tra tuân thủ của một bài: thông tin bài, văn bản chỉ đạo áp dụng, từng nội dung
kiểm tra và kết quả, các phát hiện và cách xử lý, lịch sử kiểm tra, ký duyệt.
Không có --export thì in phiếu dạng Markdown ra màn hình.
`;

export const checklistCommand: Command = {
  name: 'checklist',
  summary: 'phiếu kiểm tra tuân thủ của một bài: xuất .docx, .pdf, .md, .csv',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { export: { type: 'string' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const id = articleId(positionals[0]);
    if (positionals.length !== 1 || id === null) {
      io.err(`lỗi: cần đúng một mã bài (số), ví dụ: soat checklist 12 --export phieu.docx.\n\n${usage}`);
      return EXIT.badInput;
    }
    const target = typeof values['export'] === 'string' ? values['export'] : null;
    const format = target === null ? 'md' : checklistFormatOf(target);
    if (format === null) {
      io.err(`lỗi: không xuất được phiếu ra "${target}": hãy dùng đuôi ${CHECKLIST_FORMATS.map((f) => `.${f}`).join(', ')}.\n`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const printer = cliPrinter(io);
    try {
      const article = opened.value.store.get(id);
      if (!article) {
        io.err(`lỗi: không có bài viết số ${id} (xem: soat article list).\n`);
        return EXIT.badInput;
      }
      const bytes = await exportChecklist(article, format, printer.get);
      if (!bytes.ok) {
        io.err(`lỗi: ${bytes.error.message}\n`);
        return EXIT.badInput;
      }
      if (target === null) {
        io.out(new TextDecoder().decode(bytes.value));
        return EXIT.ok;
      }
      const written = await writeExport(resolve(target), bytes.value);
      if (!written.ok) {
        io.err(`lỗi: ${written.error.message}\n`);
        return EXIT.badInput;
      }
      io.out(`Đã ghi phiếu kiểm tra tuân thủ của bài ${id} vào ${target}.\n`);
      return EXIT.ok;
    } finally {
      await printer.close();
      opened.value.close();
    }
  },
};
