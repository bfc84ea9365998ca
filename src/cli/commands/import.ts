// `soat import DIR|FILE.csv|FILE.json [--outlet O] [--section S] [--author A] [--date D] [--json]`:
// imports a month of articles — a folder of .txt/.docx/.md/.pdf files, or a CMS export — checking
// and storing each. Progress goes to stderr; Ctrl+C stops cleanly after the article in hand (exit
// 130), and running the same command again continues where it stopped, after a crash as well.
import { isIsoDate } from '../../services/articles/isIsoDate.ts';
import type { ImportDefaults } from '../../services/articles/import/ImportDefaults.ts';
import type { ImportProgress, ImportSummary } from '../../services/articles/import/runImport.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

/** The shell's code for a command stopped by Ctrl+C (128 + SIGINT). */
const CANCELLED = 130;
/** Progress lines at most this often: readable in a terminal and in a log file alike. */
const PROGRESS_EVERY_MS = 1000;

const usage = `Cách dùng: soat import THƯ_MỤC|TỆP.csv|TỆP.json [--outlet CƠ_QUAN] [--section CHUYÊN_MỤC]
                   [--author TÁC_GIẢ] [--date YYYY-MM-DD] [--json] [--db ĐƯỜNG]

Nhập hàng loạt bài viết: mọi tệp .txt, .md, .docx, .pdf trong thư mục (cả thư mục con), hoặc
tệp xuất từ hệ thống quản trị nội dung (.csv, .json) có các cột tiêu đề, ngày đăng, tác giả,
chuyên mục, nội dung (tên cột tiếng Việt hoặc tiếng Anh đều được). Mỗi bài được kiểm tra và lưu.

  --outlet, --section, --author   giá trị cho các bài không tự ghi
  --date YYYY-MM-DD               ngày đăng cho các bài không có ngày
  --json                          in kết quả dạng JSON

Tiến độ in ra stderr. Ctrl+C dừng sau bài đang xử lý; máy tắt hay tiến trình bị dừng giữa chừng
cũng không mất bài đã nhập: chạy lại đúng lệnh này để nhập tiếp phần còn lại.
Mã thoát: 0 xong, 2 đầu vào không hợp lệ, 130 đã dừng (chạy lại để tiếp tục).
`;

export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} phút ${s % 60} giây`;
  return `${Math.floor(m / 60)} giờ ${m % 60} phút`;
}

export function progressLine(p: ImportProgress): string {
  const share = p.total ? p.done / p.total : 1;
  const bar = `${'█'.repeat(Math.round(share * 20))}${'░'.repeat(20 - Math.round(share * 20))}`;
  const left = p.done >= p.total ? 'xong' : p.remainingMs === null ? 'đang ước tính thời gian' : `còn khoảng ${formatDuration(p.remainingMs)}`;
  return `[${bar}] ${p.done}/${p.total} (${Math.floor(share * 100)}%) · ${left}${p.failed ? ` · ${p.failed} tệp lỗi` : ''}`;
}

function summaryText(s: ImportSummary): string {
  const lines = [
    `${s.cancelled ? 'Đã dừng' : 'Xong'}: ${s.added} bài mới, ${s.updated} bài cập nhật, ${s.unchanged} bài không đổi, ${s.failed.length} mục không nhập được — ${s.added + s.updated + s.unchanged + s.failed.length}/${s.total} mục, ${formatDuration(s.elapsedMs)}.`,
  ];
  if (s.resumed) lines.push(`(Tiếp tục lần nhập trước bị gián đoạn: ${s.alreadyDone} mục đã xong từ trước.)`);
  if (s.ignored.length) lines.push(`Bỏ qua ${s.ignored.length} tệp không phải bài viết: ${s.ignored.slice(0, 5).join(', ')}${s.ignored.length > 5 ? ', …' : ''}`);
  if (s.cancelled) lines.push('Chạy lại đúng lệnh này để nhập tiếp phần còn lại.');
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'nhập hàng loạt bài viết từ thư mục hoặc tệp xuất CSV/JSON, kiểm tra và lưu từng bài',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {
      outlet: { type: 'string' },
      section: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean' },
    }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.err(`lỗi: cần đúng một thư mục hoặc tệp .csv/.json.\n\n${usage}`);
      return EXIT.badInput;
    }
    const defaults: ImportDefaults = {};
    for (const key of ['outlet', 'section', 'author'] as const) if (typeof values[key] === 'string') defaults[key] = values[key];
    if (typeof values['date'] === 'string') {
      if (!isIsoDate(values['date'])) {
        io.err(`lỗi: ngày "${values['date']}" không hợp lệ; hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-03.\n`);
        return EXIT.badInput;
      }
      defaults.date = values['date'];
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const controller = new AbortController();
    const onSigint = (): void => {
      if (controller.signal.aborted) {
        // A second Ctrl+C: leave now. Every stored article is already committed with its record.
        io.err('\nDừng ngay. Chạy lại lệnh để nhập tiếp.\n');
        process.exit(CANCELLED);
      }
      controller.abort();
      io.err('\nĐang dừng sau bài đang xử lý… (Ctrl+C lần nữa để dừng ngay)\n');
    };
    process.on('SIGINT', onSigint);
    let last = 0;
    try {
      const result = await opened.value.store.importFrom(positionals[0]!, opened.value.checker(), {
        defaults,
        signal: controller.signal,
        onProgress: (p) => {
          const now = performance.now();
          if (p.current === null) {
            io.err(`Nhập ${p.total} mục từ ${positionals[0]}${p.done ? ` (tiếp tục: ${p.done} mục đã xong từ lần trước)` : ''}.\n`);
          } else if (now - last >= PROGRESS_EVERY_MS || p.done === p.total) {
            last = now;
            io.err(`${progressLine(p)}\n`);
          }
        },
      });
      if (!result.ok) {
        io.err(`lỗi: ${result.error.message}\n`);
        return EXIT.badInput;
      }
      const summary = result.value;
      if (values['json'] === true) io.out(`${JSON.stringify(summary, null, 2)}\n`);
      else io.out(summaryText(summary));
      if (summary.failed.length) {
        io.err(`Các mục không nhập được (${summary.failed.length}):\n${summary.failed.map((f) => `  ${f.key}: ${f.message}`).join('\n')}\n`);
      }
      return summary.cancelled ? CANCELLED : EXIT.ok;
    } finally {
      process.off('SIGINT', onSigint);
      opened.value.close();
    }
  },
};
