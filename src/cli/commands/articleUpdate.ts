// `soat article update ID [FILE] [--title T] [--date D] [--author A] [--outlet O] [--section S]`:
// changes an article. A new text (FILE) or publication date is checked again as a new version;
// earlier findings and how they were resolved stay in the history, dismissals carry over.
import { importFile } from '../../services/import/importFile.ts';
import type { ArticlePatch } from '../../services/articles/articleTypes.ts';
import { isIsoDate } from '../../services/articles/isIsoDate.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleId } from '../articleId.ts';
import { cliUser } from '../cliUser.ts';
import { STATUS_LABEL } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article update MÃ_BÀI [TỆP] [--title T] [--date YYYY-MM-DD] [--author A]
                           [--outlet O] [--section S] [--by TÊN] [--db ĐƯỜNG]

Sửa một bài: TỆP là nội dung mới. Nội dung hoặc ngày đăng thay đổi thì bài được kiểm tra lại
thành phiên bản mới; phát hiện cũ và cách xử lý được giữ trong lịch sử, lỗi đã bỏ qua (có lý do)
mà vẫn còn thì giữ nguyên cách xử lý, lỗi không còn thì ghi là đã sửa.
`;

export const articleUpdateCommand: Command = {
  name: 'update',
  summary: 'sửa bài (nội dung mới được kiểm tra lại, lịch sử giữ nguyên)',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {
      title: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      outlet: { type: 'string' },
      section: { type: 'string' },
      by: { type: 'string' },
    }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const id = articleId(positionals[0]);
    if (id === null || positionals.length > 2) {
      io.err(`lỗi: cần mã bài, và có thể thêm tệp nội dung mới.\n\n${usage}`);
      return EXIT.badInput;
    }
    const patch: ArticlePatch = {};
    for (const key of ['title', 'author', 'outlet', 'section'] as const) if (typeof values[key] === 'string') patch[key] = values[key];
    if (typeof values['date'] === 'string') {
      if (!isIsoDate(values['date'])) {
        io.err(`lỗi: ngày "${values['date']}" không hợp lệ; hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-03.\n`);
        return EXIT.badInput;
      }
      patch.publishedOn = values['date'];
    }
    if (positionals[1] !== undefined) {
      const read = await importFile(positionals[1]);
      if (!read.ok) {
        io.err(`lỗi: ${positionals[1]}: ${read.error.message}\n`);
        return EXIT.badInput;
      }
      patch.text = read.text;
    }
    if (!Object.keys(patch).length) {
      io.err(`lỗi: không có gì để sửa: cho tệp nội dung mới hoặc một tùy chọn.\n\n${usage}`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    try {
      const saved = opened.value.store.update(id, patch, opened.value.checker(), cliUser(io, values['by']));
      if (!saved.ok) {
        io.err(`lỗi: ${saved.error.message}\n`);
        return EXIT.badInput;
      }
      const a = saved.value.article;
      const what = saved.value.change === 'unchanged' ? 'Không có gì thay đổi' : `Đã cập nhật bài ${a.id}, phiên bản ${a.version}`;
      io.out(`${what}. Bài ${STATUS_LABEL[a.status]}: ${a.openErrors} lỗi, ${a.openWarnings} cảnh báo chưa xử lý (xem: soat article show ${a.id}).\n`);
      return EXIT.ok;
    } finally {
      opened.value.close();
    }
  },
};
