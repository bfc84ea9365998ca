// `soat audit --month YYYY-MM [--outlet O] [--json] [--export FILE.xlsx|.pdf|.docx]`: a month of
// coverage against the directives in force — the heat map of required themes per week, the themes
// nobody covered, conflicts by kind, articles with open errors, the weekly trend — printed, as
// JSON, or exported (the .pdf and the charts of the .docx are drawn by Chromium).
import { resolve } from 'node:path';
import { isMonth } from '../../services/articles/monthRange.ts';
import type { AuditReport } from '../../services/audit/auditTypes.ts';
import { auditSubtitle, auditTitle, overviewRows, weekLabel } from '../../services/export/audit/auditRows.ts';
import { auditFormatOf, exportAudit } from '../../services/export/exportAudit.ts';
import { writeExport } from '../../services/export/writeExport.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { cliPrinter } from '../cliPrinter.ts';
import { articleHeader, articleLine } from '../formatArticle.ts';
import { openCliArticles } from '../openCliArticles.ts';
import { commandArgs } from '../parseCliArgs.ts';

/** Articles with open errors printed; the rest are one `soat article list` away. */
const SHOWN_ARTICLES = 20;

const usage = `Cách dùng: soat audit --month YYYY-MM [--outlet CƠ_QUAN] [--json] [--export TỆP.xlsx|.pdf|.docx]
                  [--db ĐƯỜNG]

Báo cáo tuân thủ của một tháng (tất cả cơ quan, hoặc một cơ quan với --outlet): các nội dung
yêu cầu của những văn bản chỉ đạo có hiệu lực trong tháng và số bài đề cập mỗi tuần (bản đồ
nhiệt), nội dung chưa bài nào đề cập, xung đột theo loại (phát hiện, đã xử lý, còn mở), bài còn
lỗi chưa xử lý, xu hướng theo tuần. Chỉ đọc kết quả đã lưu của từng bài, không kiểm tra lại.

  --export TỆP   ghi báo cáo ra .xlsx (mỗi bảng một trang tính), .pdf hoặc .docx (kèm biểu đồ)
  --json         in báo cáo dạng JSON
`;

function textReport(r: AuditReport): string {
  const lines = [`${auditTitle(r)} — ${auditSubtitle(r)}`, '', 'Tổng quan'];
  for (const row of overviewRows(r)) lines.push(`  ${row.label.padEnd(48, ' ')} ${row.value}`);
  lines.push('', 'Văn bản chỉ đạo có hiệu lực trong tháng');
  for (const d of r.directives) lines.push(`  ${(d.number ?? d.id).padEnd(22)} ${String(d.articles).padStart(5)} bài · đã đề cập ${d.coveredThemes}/${d.requiredThemes} nội dung — ${d.title ?? ''}`);
  if (!r.directives.length) lines.push('  (không có)');
  lines.push('', `Bản đồ nhiệt: số bài đề cập mỗi nội dung yêu cầu theo tuần (${r.weeks.map((w) => `T${w.week}`).join(' ')} | cả tháng)`);
  const idWidth = Math.max(10, ...r.themes.map((t) => t.id.length));
  for (const t of r.themes) {
    const cells = t.byWeek.map((v) => (v ? String(v) : '·').padStart(4)).join('');
    lines.push(`  ${t.id.padEnd(idWidth)} ${cells} | ${String(t.articles).padStart(4)}  ${t.heading.length > 70 ? `${t.heading.slice(0, 69)}…` : t.heading}`);
  }
  lines.push('', `Nội dung yêu cầu chưa bài nào đề cập (${r.uncovered.length})`);
  for (const t of r.themes.filter((x) => r.uncovered.includes(x.id))) lines.push(`  ${t.id.padEnd(idWidth)} ${t.heading.length > 90 ? `${t.heading.slice(0, 89)}…` : t.heading}`);
  lines.push('', 'Xung đột với văn bản chỉ đạo theo loại       phát hiện  đã xử lý  còn mở');
  for (const c of r.conflicts) lines.push(`  ${c.label.padEnd(26)} ${c.kind.padEnd(18)}${String(c.found).padStart(8)}${String(c.resolved).padStart(10)}${String(c.open).padStart(8)}`);
  lines.push('', `Bài còn lỗi chưa xử lý (${r.openErrorArticles.length})`);
  if (r.openErrorArticles.length) {
    lines.push(articleHeader(), ...r.openErrorArticles.slice(0, SHOWN_ARTICLES).map(articleLine));
    if (r.openErrorArticles.length > SHOWN_ARTICLES) lines.push(`  … và ${r.openErrorArticles.length - SHOWN_ARTICLES} bài khác`);
  }
  lines.push('', 'Xu hướng theo tuần');
  for (const w of r.trend) {
    lines.push(`  ${weekLabel(w).padEnd(24)} ${String(w.articles).padStart(5)} bài · ${w.conflicts} xung đột, ${w.resolved} đã xử lý, ${w.open} còn mở · ${w.themesCovered}/${r.themes.length} nội dung được đề cập`);
  }
  const scope = `--month ${r.month}${r.outlet ? ` --outlet "${r.outlet}"` : ''}`;
  lines.push(
    '',
    'Xem bài của một ô:',
    `  soat article list ${scope} --theme MÃ_NỘI_DUNG [--week N]`,
    `  soat article list ${scope} --kind LOẠI --state open|resolved|found`,
    `  soat article list ${scope} --open-errors`,
  );
  return `${lines.join('\n')}\n`;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'báo cáo tuân thủ một tháng: bản đồ nội dung, xung đột, bài còn lỗi, xu hướng; xuất .xlsx/.pdf/.docx',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, { month: { type: 'string' }, outlet: { type: 'string' }, json: { type: 'boolean' }, export: { type: 'string' } }, usage, io);
    if (typeof parsed === 'number') return parsed;
    if (parsed.positionals.length > 0) {
      io.err(`lỗi: không cần tham số "${parsed.positionals[0]}".\n\n${usage}`);
      return EXIT.badInput;
    }
    const { values } = parsed;
    const month = values['month'];
    if (typeof month !== 'string' || !isMonth(month)) {
      io.err(`lỗi: ${typeof month === 'string' ? `tháng "${month}" không hợp lệ` : 'thiếu --month'}; hãy viết NĂM-THÁNG, ví dụ --month 2024-06.\n\n${usage}`);
      return EXIT.badInput;
    }
    const target = typeof values['export'] === 'string' ? values['export'] : null;
    const format = target === null ? null : auditFormatOf(target);
    if (target !== null && format === null) {
      io.err(`lỗi: không xuất được báo cáo tháng ra "${target}": hãy dùng đuôi .xlsx, .pdf hoặc .docx.\n`);
      return EXIT.badInput;
    }
    const opened = await openCliArticles(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    const printer = cliPrinter(io);
    try {
      const outlet = typeof values['outlet'] === 'string' ? values['outlet'] : null;
      const report = opened.value.store.audit({ month, outlet }, opened.value.directives());
      if (outlet !== null && !report.outlets.includes(outlet)) {
        io.err(`cảnh báo: chưa có bài nào của "${outlet}"${report.outlets.length ? `; các cơ quan đã có bài: ${report.outlets.join(', ')}` : ''}.\n`);
      }
      if (target !== null && format !== null) {
        const articles = opened.value.store.list({ month, ...(outlet !== null ? { outlet } : {}), limit: Number.MAX_SAFE_INTEGER }).articles;
        const bytes = await exportAudit(report, format, { printer: printer.get, articles });
        if (!bytes.ok) {
          io.err(`lỗi: ${bytes.error.message}\n`);
          return EXIT.badInput;
        }
        const written = await writeExport(resolve(target), bytes.value);
        if (!written.ok) {
          io.err(`lỗi: ${written.error.message}\n`);
          return EXIT.badInput;
        }
        const done = `Đã ghi ${auditTitle(report).replace(/^Báo cáo/u, 'báo cáo')} vào ${target}.\n`;
        if (values['json'] === true) io.err(done);
        else io.out(done);
      }
      if (values['json'] === true) io.out(`${JSON.stringify(report, null, 2)}\n`);
      else if (target === null) io.out(textReport(report));
      return EXIT.ok;
    } finally {
      await printer.close();
      opened.value.close();
    }
  },
};
