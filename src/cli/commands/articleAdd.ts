// `soat article add FILE [--title T] [--date D] [--author A] [--outlet O] [--section S] [--json]`:
// checks a draft and saves it as an article. Metadata the options do not give comes from the
// file (front matter, "Tiêu đề:"/"Ngày đăng:" lines, the first line, a date in the file name);
// the date defaults to today. Adding the same file again stores a new version when it changed.
import { basename, resolve } from 'node:path';
import { articleFromFile } from '../../services/articles/import/articleFromFile.ts';
import { isIsoDate } from '../../services/articles/isIsoDate.ts';
import { formatDate } from '../../services/export/formatDate.ts';
import { importFile } from '../../services/import/importFile.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { findingLine } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat article add TỆP [--title TIÊU_ĐỀ] [--date YYYY-MM-DD] [--author TÁC_GIẢ]
                        [--outlet CƠ_QUAN] [--section CHUYÊN_MỤC] [--json] [--db ĐƯỜNG]

Kiểm tra một bài (.txt, .md, .docx, .pdf) và lưu thành bài viết kèm các phát hiện.
Thông tin thiếu được lấy từ tệp (dòng "Tiêu đề:", "Ngày đăng:", "Tác giả:" ở đầu bài,
dòng đầu tiên làm tiêu đề); ngày đăng mặc định là hôm nay. Thêm lại cùng tệp sau khi
sửa thì bài được kiểm tra lại thành phiên bản mới, lịch sử vẫn giữ.
`;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const articleAddCommand: Command = {
  name: 'add',
  summary: 'kiểm tra và lưu một bài viết',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {
      title: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      outlet: { type: 'string' },
      section: { type: 'string' },
      json: { type: 'boolean' },
    }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.err(`lỗi: cần đúng một tệp bài viết.\n\n${usage}`);
      return EXIT.badInput;
    }
    const date = values['date'];
    if (typeof date === 'string' && !isIsoDate(date)) {
      io.err(`lỗi: ngày "${date}" không hợp lệ; hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-03.\n`);
      return EXIT.badInput;
    }
    const path = resolve(positionals[0]!);
    const read = await importFile(path);
    if (!read.ok) {
      io.err(`lỗi: ${positionals[0]}: ${read.error.message}\n`);
      return EXIT.badInput;
    }
    const str = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const fromFile = articleFromFile({ path, name: basename(path), text: read.text, modifiedOn: today() }, {});
    // Only what the options or the file say: adding the file again must not blank what an
    // earlier add stored (the author given then, say).
    const given = (option: string, fromText: string | undefined): { [k: string]: string } => {
      const value = str(option) ?? (fromText || undefined);
      return value === undefined ? {} : { [option]: value };
    };
    const input = {
      title: str('title') ?? fromFile.title,
      publishedOn: str('date') ?? fromFile.publishedOn,
      text: fromFile.text,
      origin: path,
      ...given('author', fromFile.author),
      ...given('outlet', fromFile.outlet),
      ...given('section', fromFile.section),
    };
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const ws = opened.value;
    try {
      const saved = ws.store.add(input, ws.checker(), null);
      if (!saved.ok) {
        io.err(`lỗi: ${saved.error.message}\n`);
        return EXIT.badInput;
      }
      const detail = ws.store.get(saved.value.article.id)!;
      if (values['json'] === true) {
        io.out(`${JSON.stringify({ change: saved.value.change, article: detail }, null, 2)}\n`);
        return EXIT.ok;
      }
      const what =
        saved.value.change === 'added' ? 'Đã lưu' : saved.value.checked ? 'Đã kiểm tra lại và lưu' : saved.value.change === 'updated' ? 'Đã cập nhật thông tin' : 'Không thay đổi (nội dung như cũ):';
      io.out(`${what} bài ${detail.id} (phiên bản ${detail.version}): ${detail.title} — ngày đăng ${formatDate(detail.publishedOn)}${detail.outlet ? `, ${detail.outlet}` : ''}.\n`);
      const shown = detail.findings.filter((f) => f.kind !== 'theme-missing');
      const missing = detail.findings.length - shown.length;
      for (const f of shown) io.out(`${findingLine(detail.text, f)}\n`);
      if (missing) io.out(`  … và ${missing} nội dung yêu cầu chưa đề cập (xem: soat article show ${detail.id}).\n`);
      io.out(
        detail.findings.length
          ? `${detail.openErrors} lỗi, ${detail.openWarnings} cảnh báo chưa xử lý. Xử lý: soat article resolve ${detail.id} SỐ --fixed | --dismiss "lý do"\n`
          : 'Không có phát hiện nào.\n',
      );
      return EXIT.ok;
    } finally {
      ws.close();
    }
  },
};
