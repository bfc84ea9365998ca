// Room: services — the month audit as an Excel workbook (exceljs), a sheet per table: overview,
// directives in force, the heat map (cells shaded like the PDF's), uncovered themes, conflicts by
// kind, articles with open errors, the weekly trend, and every article of the month — with ids,
// so a lead can filter and open any cell's articles (soat article list --theme … --month …).
import ExcelJS from 'exceljs';
import type { ArticleSummary } from '../../articles/articleTypes.ts';
import { weekOfMonth } from '../../articles/monthRange.ts';
import type { AuditReport } from '../../audit/auditTypes.ts';
import { formatDate } from '../formatDate.ts';
import { auditSubtitle, auditTitle, overviewRows, themeLabel, weekLabel } from './auditRows.ts';
import { heatColor, heatTextColor } from './heatColor.ts';

const STATUS = { open: 'Còn lỗi', resolved: 'Đã xử lý', signed: 'Đã ký duyệt' } as const;

function sheet(book: ExcelJS.Workbook, name: string, columns: { header: string; width: number; key?: string }[]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: c.key ?? `c${i}`, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFE9DF' } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** The workbook's bytes. `articles`: every article of the month, for the last sheet. */
export async function auditXlsx(report: AuditReport, articles: readonly ArticleSummary[] = [], generatedAt: Date = new Date()): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Soát';
  book.created = generatedAt;
  book.title = auditTitle(report);

  const overview = book.addWorksheet('Tổng quan');
  overview.columns = [{ width: 48 }, { width: 20 }];
  overview.addRow([auditTitle(report)]).font = { bold: true, size: 14 };
  overview.addRow([auditSubtitle(report)]);
  overview.addRow([`Lập lúc ${formatDate(generatedAt.toISOString().slice(0, 10))}`]);
  overview.addRow([]);
  overview.addRow(['Chỉ số', 'Giá trị']).font = { bold: true };
  for (const r of overviewRows(report)) overview.addRow([r.label, r.value]);

  const directives = sheet(book, 'Văn bản chỉ đạo', [
    { header: 'Số hiệu', width: 20 },
    { header: 'Loại', width: 8 },
    { header: 'Trích yếu', width: 70 },
    { header: 'Bài đối chiếu', width: 14 },
    { header: 'Nội dung yêu cầu', width: 16 },
    { header: 'Đã có bài đề cập', width: 16 },
  ]);
  for (const d of report.directives) directives.addRow([d.number ?? d.id, d.kind ?? '', d.title ?? '', d.articles, d.requiredThemes, d.coveredThemes]);

  const max = Math.max(0, ...report.themes.flatMap((t) => t.byWeek));
  const heat = sheet(book, 'Bản đồ chủ đề', [
    { header: 'Văn bản, mục', width: 24 },
    { header: 'Nội dung yêu cầu', width: 70 },
    ...report.weeks.map((w) => ({ header: weekLabel(w), width: 14 })),
    { header: 'Cả tháng', width: 10 },
    { header: 'Mã nội dung', width: 28 },
  ]);
  for (const t of report.themes) {
    const row = heat.addRow([themeLabel(t), t.heading, ...t.byWeek, t.articles, t.id]);
    row.alignment = { vertical: 'top', wrapText: false };
    t.byWeek.forEach((v, i) => {
      const cell = row.getCell(3 + i);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${heatColor(v, max)}` } };
      cell.font = { color: { argb: `FF${heatTextColor(v, max)}` } };
      cell.alignment = { horizontal: 'center' };
    });
  }

  const uncovered = sheet(book, 'Chưa đề cập', [
    { header: 'Văn bản, mục', width: 24 },
    { header: 'Nội dung yêu cầu', width: 90 },
    { header: 'Mã nội dung', width: 28 },
  ]);
  for (const t of report.themes.filter((x) => report.uncovered.includes(x.id))) uncovered.addRow([themeLabel(t), t.heading, t.id]);

  const conflicts = sheet(book, 'Xung đột theo loại', [
    { header: 'Loại', width: 28 },
    { header: 'Mã loại', width: 20 },
    { header: 'Phát hiện', width: 12 },
    { header: 'Đã xử lý', width: 12 },
    { header: 'Đã sửa', width: 10 },
    { header: 'Bỏ qua có lý do', width: 16 },
    { header: 'Còn mở', width: 10 },
  ]);
  for (const c of report.conflicts) conflicts.addRow([c.label, c.kind, c.found, c.resolved, c.fixed, c.dismissed, c.open]);

  const articleColumns = [
    { header: 'Mã bài', width: 9 },
    { header: 'Ngày đăng', width: 12 },
    { header: 'Cơ quan', width: 20 },
    { header: 'Chuyên mục', width: 16 },
    { header: 'Tác giả', width: 18 },
    { header: 'Tiêu đề', width: 60 },
    { header: 'Lỗi còn mở', width: 11 },
    { header: 'Cảnh báo còn mở', width: 15 },
    { header: 'Trạng thái', width: 14 },
  ];
  const articleRow = (a: ArticleSummary): (string | number)[] => [
    a.id,
    formatDate(a.publishedOn),
    a.outlet,
    a.section,
    a.author,
    a.title,
    a.openErrors,
    a.openWarnings,
    STATUS[a.status],
  ];
  const open = sheet(book, 'Bài còn lỗi', articleColumns);
  for (const a of report.openErrorArticles) open.addRow(articleRow(a));

  const trend = sheet(book, 'Xu hướng theo tuần', [
    { header: 'Tuần', width: 20 },
    { header: 'Từ ngày', width: 12 },
    { header: 'Đến ngày', width: 12 },
    { header: 'Bài viết', width: 10 },
    { header: 'Xung đột phát hiện', width: 18 },
    { header: 'Đã xử lý', width: 10 },
    { header: 'Còn mở', width: 10 },
    { header: 'Nội dung yêu cầu được đề cập', width: 26 },
  ]);
  for (const w of report.trend) trend.addRow([weekLabel(w), formatDate(w.from), formatDate(w.to), w.articles, w.conflicts, w.resolved, w.open, w.themesCovered]);

  const all = sheet(book, 'Bài viết trong tháng', [...articleColumns.slice(0, 2), { header: 'Tuần', width: 7 }, ...articleColumns.slice(2)]);
  for (const a of articles) {
    const row = articleRow(a);
    all.addRow([...row.slice(0, 2), weekOfMonth(a.publishedOn), ...row.slice(2)]);
  }

  return new Uint8Array(await book.xlsx.writeBuffer());
}
