// `soat article resolve ID FINDING --fixed | --dismiss REASON | --reopen [--by NAME]`: an editor's
// decision on one finding of the article's current version (its number in `soat article show`).
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleId } from '../articleId.ts';
import { cliUser } from '../cliUser.ts';
import { STATUS_LABEL } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article resolve MÃ_BÀI SỐ_PHÁT_HIỆN (--fixed | --dismiss "LÝ DO" | --reopen)
                            [--by TÊN] [--db ĐƯỜNG]

Ghi cách xử lý một phát hiện (số thứ tự trong soat article show):
  --fixed            đã sửa trong bài
  --dismiss LÝ_DO    bỏ qua, kèm lý do (ví dụ: "số liệu của tỉnh, không phải cả nước")
  --reopen           mở lại phát hiện đã xử lý
  --by TÊN           người xử lý (mặc định: SOAT_USER hoặc tên đăng nhập)
`;

export const articleResolveCommand: Command = {
  name: 'resolve',
  summary: 'ghi cách xử lý một phát hiện: đã sửa, hoặc bỏ qua có lý do',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { fixed: { type: 'boolean' }, dismiss: { type: 'string' }, reopen: { type: 'boolean' }, by: { type: 'string' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const id = articleId(positionals[0]);
    const finding = /^\d{1,6}$/u.test(positionals[1] ?? '') ? Number(positionals[1]) : (positionals[1] ?? '');
    if (positionals.length !== 2 || id === null || finding === '') {
      io.err(`lỗi: cần mã bài và số phát hiện, ví dụ: soat article resolve 12 3 --fixed.\n\n${usage}`);
      return EXIT.badInput;
    }
    const chosen = [values['fixed'] === true, typeof values['dismiss'] === 'string', values['reopen'] === true].filter(Boolean).length;
    if (chosen !== 1) {
      io.err(`lỗi: chọn đúng một trong --fixed, --dismiss "lý do" hoặc --reopen.\n\n${usage}`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    try {
      const by = cliUser(io, values['by']);
      const resolution = values['fixed'] === true ? 'fixed' : typeof values['dismiss'] === 'string' ? 'dismissed' : null;
      const done = opened.value.store.resolve(id, finding, { resolution, reason: typeof values['dismiss'] === 'string' ? values['dismiss'] : '', by });
      if (!done.ok) {
        io.err(`lỗi: ${done.error.message}\n`);
        return EXIT.badInput;
      }
      const article = opened.value.store.get(id)!;
      const what = resolution === 'fixed' ? 'đã sửa' : resolution === 'dismissed' ? `bỏ qua (${done.value.reason})` : 'mở lại';
      io.out(`Bài ${id}, phát hiện ${done.value.position}: ${what}. Bài ${STATUS_LABEL[article.status]}: ${article.openErrors} lỗi, ${article.openWarnings} cảnh báo chưa xử lý.\n`);
      return EXIT.ok;
    } finally {
      opened.value.close();
    }
  },
};
