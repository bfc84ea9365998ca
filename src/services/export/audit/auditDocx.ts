// Room: services — the month audit as a Word report: the same sections as the PDF, the heat map
// as a table with shaded cells, and the two charts as PNG images of the PDF's SVG charts.
import { ImageRun, Paragraph } from 'docx';
import type { AuditReport } from '../../audit/auditTypes.ts';
import { docxBytes, heading, keyValueTable, paragraph, table, type CellSpec } from '../docxParts.ts';
import { formatDate } from '../formatDate.ts';
import type { Chart } from './auditCharts.ts';
import { PDF_ARTICLE_LIMIT } from './auditHtml.ts';
import { auditSubtitle, auditTitle, clip, overviewRows, themeLabel, weekLabel } from './auditRows.ts';
import { heatColor } from './heatColor.ts';

export interface ChartImage {
  chart: Chart;
  png: Uint8Array;
}

/** Page width left for an image, in pixels at 96 per inch (A4 less the margins). */
const MAX_WIDTH = 600;

function image(c: ChartImage): Paragraph {
  const scale = Math.min(1, MAX_WIDTH / c.chart.width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: c.png,
        transformation: { width: Math.round(c.chart.width * scale), height: Math.round(c.chart.height * scale) },
        altText: { name: c.chart.title, description: c.chart.title, title: c.chart.title },
      }),
    ],
  });
}

export function auditDocx(report: AuditReport, charts: { conflicts: ChartImage; trend: ChartImage }, generatedAt: Date = new Date()): Promise<Uint8Array> {
  const n = (x: number): string => x.toLocaleString('vi-VN');
  const max = Math.max(0, ...report.themes.flatMap((t) => t.byWeek));
  const uncovered = report.themes.filter((t) => report.uncovered.includes(t.id));
  const cell = (v: number): CellSpec => ({ text: v ? String(v) : '—', fill: heatColor(v, max), align: 'center' });
  const right = (text: string): CellSpec => ({ text, align: 'right' });
  return docxBytes(
    [
      heading(auditTitle(report), 1),
      paragraph(`${auditSubtitle(report)} · lập lúc ${formatDate(generatedAt.toISOString().slice(0, 10))}`, { italic: true }),
      heading('Tổng quan'),
      keyValueTable(overviewRows(report)),
      heading('Văn bản chỉ đạo có hiệu lực trong tháng'),
      report.directives.length
        ? table(
            ['Số hiệu', 'Trích yếu', 'Bài đối chiếu', 'Nội dung yêu cầu đã đề cập'],
            report.directives.map((d) => [d.number ?? d.id, d.title ?? '', right(n(d.articles)), right(`${d.coveredThemes}/${d.requiredThemes}`)]),
          )
        : paragraph('Không có văn bản chỉ đạo nào có hiệu lực trong tháng.', { italic: true }),
      heading('Bản đồ nhiệt: nội dung yêu cầu × số bài đề cập theo tuần'),
      report.themes.length
        ? table(
            ['Nội dung yêu cầu', ...report.weeks.map(weekLabel), 'Cả tháng'],
            report.themes.map((t) => [`${themeLabel(t)}\n${clip(t.heading, 120)}`, ...t.byWeek.map(cell), { text: n(t.articles), bold: true, align: 'center' }]),
          )
        : paragraph('Không có nội dung yêu cầu nào.', { italic: true }),
      heading(`Nội dung yêu cầu chưa bài nào đề cập (${uncovered.length})`),
      uncovered.length
        ? table(['Văn bản, mục', 'Nội dung yêu cầu'], uncovered.map((t) => [themeLabel(t), t.heading]))
        : paragraph('Mọi nội dung yêu cầu đều đã có bài đề cập.', { italic: true }),
      heading('Xung đột với văn bản chỉ đạo theo loại'),
      image(charts.conflicts),
      table(
        ['Loại', 'Phát hiện', 'Đã sửa', 'Bỏ qua có lý do', 'Còn mở'],
        report.conflicts.map((c) => [c.label, right(n(c.found)), right(n(c.fixed)), right(n(c.dismissed)), right(n(c.open))]),
      ),
      heading(`Bài còn lỗi chưa xử lý (${report.openErrorArticles.length})`),
      report.openErrorArticles.length
        ? table(
            ['Mã', 'Ngày đăng', 'Cơ quan', 'Tiêu đề', 'Lỗi còn mở'],
            report.openErrorArticles.slice(0, PDF_ARTICLE_LIMIT).map((a) => [right(String(a.id)), formatDate(a.publishedOn), a.outlet, a.title, right(String(a.openErrors))]),
          )
        : paragraph('Không có bài nào còn lỗi chưa xử lý.', { italic: true }),
      ...(report.openErrorArticles.length > PDF_ARTICLE_LIMIT
        ? [paragraph(`… và ${n(report.openErrorArticles.length - PDF_ARTICLE_LIMIT)} bài khác (xem đủ trong tệp .xlsx).`, { italic: true })]
        : []),
      heading('Xu hướng theo tuần'),
      image(charts.trend),
      table(
        ['Tuần', 'Bài viết', 'Xung đột phát hiện', 'Đã xử lý', 'Còn mở', 'Nội dung yêu cầu được đề cập'],
        report.trend.map((w) => [weekLabel(w), right(n(w.articles)), right(n(w.conflicts)), right(n(w.resolved)), right(n(w.open)), right(`${w.themesCovered}/${report.themes.length}`)]),
      ),
      paragraph(
        'Báo cáo do Soát lập từ kết quả kiểm tra đã lưu của từng bài (phiên bản mới nhất). Một xung đột được tính một lần dù xuất hiện qua nhiều phiên bản của bài.',
        { italic: true },
      ),
    ],
    auditTitle(report),
  );
}
