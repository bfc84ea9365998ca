// `soat article list [--month YYYY-MM] [--outlet O] [--status S] [--open-errors] [--theme ID]
// [--week N] [--kind KIND [--state found|resolved|open]] [--limit N] [--json]`: articles, newest
// first. The filters are the audit's cells: every number of `soat audit` opens here.
import type { FindingKind } from '../../core/index.ts';
import type { ArticleFilter, ArticleStatus } from '../../services/articles/articleTypes.ts';
import { isMonth } from '../../services/articles/monthRange.ts';
import { FINDING_KIND_LABEL } from '../../services/audit/findingKindLabel.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { articleHeader, articleLine } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article list [--month YYYY-MM] [--outlet CƠ_QUAN] [--status open|resolved|signed]
                         [--open-errors] [--theme MÃ_NỘI_DUNG] [--week 1-5]
                         [--kind LOẠI [--state found|resolved|open]] [--limit N] [--json] [--db ĐƯỜNG]

Liệt kê bài viết, mới nhất trước. Các bộ lọc ứng với từng ô của báo cáo tháng (soat audit):
  --open-errors        chỉ bài còn lỗi chưa xử lý
  --theme MÃ           bài đề cập nội dung yêu cầu này (mã dạng SỐ_HIỆU#MỤC, ví dụ trong soat audit)
  --week N             tuần N của tháng (1: ngày 1–7, 2: 8–14, 3: 15–21, 4: 22–28, 5: 29–hết tháng)
  --kind LOẠI          bài có phát hiện loại này (${Object.keys(FINDING_KIND_LABEL).join(', ')})
  --state TRẠNG_THÁI   found (mọi phát hiện), resolved (đã xử lý), open (còn mở)
`;

export const articleListCommand: Command = {
  name: 'list',
  summary: 'liệt kê bài viết (lọc theo tháng, cơ quan, trạng thái, nội dung, loại lỗi)',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {
      month: { type: 'string' },
      outlet: { type: 'string' },
      status: { type: 'string' },
      'open-errors': { type: 'boolean' },
      theme: { type: 'string' },
      week: { type: 'string' },
      kind: { type: 'string' },
      state: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    }, usage, io);
    if (typeof parsed === 'number') return parsed;
    if (parsed.positionals.length > 0) {
      io.err(`lỗi: không cần tham số "${parsed.positionals[0]}".\n\n${usage}`);
      return EXIT.badInput;
    }
    const { values } = parsed;
    const filter: ArticleFilter = {};
    const bad = (message: string): number => {
      io.err(`lỗi: ${message}\n`);
      return EXIT.badInput;
    };
    const str = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    if (str('month') !== undefined) {
      if (!isMonth(str('month')!)) return bad(`tháng "${str('month')}" không hợp lệ; hãy viết NĂM-THÁNG, ví dụ 2024-06.`);
      filter.month = str('month')!;
    }
    if (str('outlet') !== undefined) filter.outlet = str('outlet')!;
    if (str('status') !== undefined) {
      if (!['open', 'resolved', 'signed'].includes(str('status')!)) return bad('--status chỉ nhận open (còn lỗi), resolved (đã xử lý) hoặc signed (đã ký duyệt).');
      filter.status = str('status') as ArticleStatus;
    }
    if (values['open-errors'] === true) filter.openErrors = true;
    if (str('theme') !== undefined) filter.themeId = str('theme')!;
    if (str('week') !== undefined) {
      if (!/^[1-5]$/u.test(str('week')!)) return bad('--week là số tuần trong tháng, từ 1 đến 5.');
      filter.week = Number(str('week'));
    }
    if (str('kind') !== undefined) {
      if (!(str('kind')! in FINDING_KIND_LABEL)) return bad(`không có loại phát hiện "${str('kind')}"; các loại: ${Object.keys(FINDING_KIND_LABEL).join(', ')}.`);
      filter.kind = str('kind') as FindingKind;
    }
    if (str('state') !== undefined) {
      if (!['found', 'resolved', 'open'].includes(str('state')!)) return bad('--state chỉ nhận found, resolved hoặc open.');
      if (!filter.kind) return bad('--state đi cùng --kind.');
      filter.findingState = str('state') as 'found' | 'resolved' | 'open';
    }
    if (str('limit') !== undefined) {
      if (!/^\d{1,6}$/u.test(str('limit')!)) return bad('--limit là một số nguyên dương.');
      filter.limit = Number(str('limit'));
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) return bad(opened.error.message);
    try {
      const list = opened.value.store.list(filter);
      if (values['json'] === true) {
        io.out(`${JSON.stringify(list, null, 2)}\n`);
        return EXIT.ok;
      }
      if (!list.total) {
        io.out('Không có bài viết nào.\n');
        return EXIT.ok;
      }
      io.out(`${articleHeader()}\n${list.articles.map(articleLine).join('\n')}\n`);
      io.out(`\n${list.total} bài${list.total > list.articles.length ? ` (hiện ${list.articles.length}; thêm --limit để xem nhiều hơn)` : ''}.\n`);
      return EXIT.ok;
    } finally {
      opened.value.close();
    }
  },
};
