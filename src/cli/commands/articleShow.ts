// `soat article show ID [--json]`: an article with its findings (numbered for `resolve`), how
// each was resolved, the themes, the history of versions and the sign-off.
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleId } from '../articleId.ts';
import { formatArticle } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article show MÃ_BÀI [--json] [--db ĐƯỜNG]

Xem một bài viết: thông tin, văn bản chỉ đạo áp dụng, các phát hiện (đánh số để xử lý bằng
soat article resolve), nội dung yêu cầu, lịch sử các phiên bản và ký duyệt.
`;

export const articleShowCommand: Command = {
  name: 'show',
  summary: 'xem một bài viết, các phát hiện và lịch sử',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { json: { type: 'boolean' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const id = articleId(positionals[0]);
    if (positionals.length !== 1 || id === null) {
      io.err(`lỗi: cần đúng một mã bài (số), ví dụ: soat article show 12.\n\n${usage}`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    try {
      const article = opened.value.store.get(id);
      if (!article) {
        io.err(`lỗi: không có bài viết số ${id} (xem: soat article list).\n`);
        return EXIT.badInput;
      }
      io.out(values['json'] === true ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
      return EXIT.ok;
    } finally {
      opened.value.close();
    }
  },
};
