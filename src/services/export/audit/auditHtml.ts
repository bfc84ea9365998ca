// Room: services — the month audit as the HTML page printed to PDF: overview, directives in force,
// the heat map of required themes × weeks, the themes nobody covered, conflicts by kind (chart and
// table), articles with open errors, the weekly trend (chart and table).
import type { AuditReport } from '../../audit/auditTypes.ts';
import { escapeHtml as e } from '../escapeHtml.ts';
import { formatDate } from '../formatDate.ts';
import { reportPage } from '../reportPage.ts';
import { conflictsChart, trendChart } from './auditCharts.ts';
import { auditSubtitle, auditTitle, clip, overviewRows, themeLabel, weekLabel } from './auditRows.ts';
import { heatColor, heatTextColor } from './heatColor.ts';

/** The PDF lists this many articles with open errors; the .xlsx lists them all. */
export const PDF_ARTICLE_LIMIT = 200;

const head = (cells: string[], numeric: number[] = []): string =>
  `<tr>${cells.map((c, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${e(c)}</th>`).join('')}</tr>`;

export function auditHtml(report: AuditReport, generatedAt: Date = new Date()): string {
  const max = Math.max(0, ...report.themes.flatMap((t) => t.byWeek));
  const uncovered = report.themes.filter((t) => report.uncovered.includes(t.id));
  const n = (x: number): string => x.toLocaleString('vi-VN');
  const body = `
<h1>${e(auditTitle(report))}</h1>
<p class="subtitle">${e(auditSubtitle(report))} · lập lúc ${e(formatDate(generatedAt.toISOString().slice(0, 10)))}</p>
<h2>Tổng quan</h2>
<table class="kv narrow">${overviewRows(report).map((r) => `<tr><th>${e(r.label)}</th><td class="num">${e(r.value)}</td></tr>`).join('')}</table>

<h2>Văn bản chỉ đạo có hiệu lực trong tháng</h2>
${
  report.directives.length
    ? `<table>${head(['Số hiệu', 'Trích yếu', 'Bài đối chiếu', 'Nội dung yêu cầu đã đề cập'], [2, 3])}${report.directives
        .map((d) => `<tr><td>${e(d.number ?? d.id)}</td><td>${e(d.title ?? '')}</td><td class="num">${n(d.articles)}</td><td class="num">${d.coveredThemes}/${d.requiredThemes}</td></tr>`)
        .join('')}</table>`
    : '<p class="muted">Không có văn bản chỉ đạo nào có hiệu lực trong tháng.</p>'
}

<h2>Bản đồ nhiệt: nội dung yêu cầu × số bài đề cập theo tuần</h2>
${
  report.themes.length
    ? `<table class="heat">${head(['Nội dung yêu cầu', ...report.weeks.map(weekLabel), 'Cả tháng'], [])}${report.themes
        .map(
          (t) =>
            `<tr><td><strong>${e(themeLabel(t))}</strong><br><span class="muted">${e(clip(t.heading, 110))}</span></td>${t.byWeek
              .map((v) => `<td class="cell" style="background:#${heatColor(v, max)};color:#${heatTextColor(v, max)}">${v || '—'}</td>`)
              .join('')}<td class="cell"><strong>${n(t.articles)}</strong></td></tr>`,
        )
        .join('')}</table>`
    : '<p class="muted">Không có nội dung yêu cầu nào.</p>'
}

<h2>Nội dung yêu cầu chưa bài nào đề cập (${uncovered.length})</h2>
${
  uncovered.length
    ? `<table>${head(['Văn bản, mục', 'Nội dung yêu cầu'])}${uncovered.map((t) => `<tr><td>${e(themeLabel(t))}</td><td>${e(t.heading)}</td></tr>`).join('')}</table>`
    : '<p class="muted">Mọi nội dung yêu cầu đều đã có bài đề cập.</p>'
}

<h2>Xung đột với văn bản chỉ đạo theo loại</h2>
<div class="chart">${conflictsChart(report).svg}</div>
<table>${head(['Loại', 'Phát hiện', 'Đã sửa', 'Bỏ qua có lý do', 'Còn mở'], [1, 2, 3, 4])}${report.conflicts
    .map((c) => `<tr><td>${e(c.label)}</td><td class="num">${n(c.found)}</td><td class="num">${n(c.fixed)}</td><td class="num">${n(c.dismissed)}</td><td class="num">${n(c.open)}</td></tr>`)
    .join('')}</table>

<h2>Bài còn lỗi chưa xử lý (${report.openErrorArticles.length})</h2>
${
  report.openErrorArticles.length
    ? `<table>${head(['Mã', 'Ngày đăng', 'Cơ quan', 'Tiêu đề', 'Lỗi còn mở'], [0, 4])}${report.openErrorArticles
        .slice(0, PDF_ARTICLE_LIMIT)
        .map((a) => `<tr><td class="num">${a.id}</td><td>${e(formatDate(a.publishedOn))}</td><td>${e(a.outlet)}</td><td>${e(a.title)}</td><td class="num">${a.openErrors}</td></tr>`)
        .join('')}</table>${
        report.openErrorArticles.length > PDF_ARTICLE_LIMIT
          ? `<p class="muted">… và ${n(report.openErrorArticles.length - PDF_ARTICLE_LIMIT)} bài khác (xem đủ trong tệp .xlsx).</p>`
          : ''
      }`
    : '<p class="muted">Không có bài nào còn lỗi chưa xử lý.</p>'
}

<h2>Xu hướng theo tuần</h2>
<div class="chart">${trendChart(report).svg}</div>
<table>${head(['Tuần', 'Bài viết', 'Xung đột phát hiện', 'Đã xử lý', 'Còn mở', 'Nội dung yêu cầu được đề cập'], [1, 2, 3, 4, 5])}${report.trend
    .map(
      (w) =>
        `<tr><td>${e(weekLabel(w))}</td><td class="num">${n(w.articles)}</td><td class="num">${n(w.conflicts)}</td><td class="num">${n(w.resolved)}</td><td class="num">${n(w.open)}</td><td class="num">${w.themesCovered}/${report.themes.length}</td></tr>`,
    )
    .join('')}</table>
<p class="footer">Báo cáo do Soát lập từ kết quả kiểm tra đã lưu của từng bài (phiên bản mới nhất). Một xung đột được tính một lần dù xuất hiện qua nhiều phiên bản của bài.</p>`;
  return reportPage(auditTitle(report), body);
}
