// Room: services — the checklist as the HTML page printed to PDF (Chromium in the CLI, Electron's
// printToPDF in the app): the same rows as the .docx, .md and .csv.
import { escapeHtml as e } from '../escapeHtml.ts';
import { pill, reportPage } from '../reportPage.ts';
import type { Checklist, CheckResult } from './buildChecklist.ts';

const TONE: Record<CheckResult, 'ok' | 'bad' | 'done' | 'note'> = { Đạt: 'ok', 'Chưa đạt': 'bad', 'Đã xử lý': 'done', 'Lưu ý': 'note' };

const rows = (cells: string[][]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
const head = (cells: string[]): string => `<tr>${cells.map((c) => `<th>${e(c)}</th>`).join('')}</tr>`;

export function checklistHtml(c: Checklist): string {
  const body = `
<h1>${e(c.title)}</h1>
<p class="subtitle">${e(c.article.find((a) => a.label === 'Tiêu đề')?.value ?? '')}</p>
<div class="conclusion">${e(c.conclusion)}</div>
<h2>Thông tin bài viết</h2>
<table class="kv">${c.article.map((a) => `<tr><th>${e(a.label)}</th><td>${e(a.value)}</td></tr>`).join('')}</table>
<h2>Văn bản chỉ đạo áp dụng</h2>
${
  c.directives.length
    ? `<table>${head(['Số hiệu', 'Trích yếu', 'Căn cứ áp dụng', 'Hiệu lực'])}${rows(c.directives.map((d) => [e(d.number), e(d.title), e(d.reason), e(d.inForce)]))}</table>`
    : '<p class="muted">Không có văn bản chỉ đạo nào liên quan tới bài vào ngày đăng.</p>'
}
<h2>Các nội dung kiểm tra</h2>
<table>${head(['Nhóm', 'Nội dung kiểm tra', 'Kết quả', 'Ghi chú'])}${rows(c.checks.map((k) => [e(k.group), e(k.item), pill(k.result, TONE[k.result]), e(k.detail)]))}</table>
<h2>Phát hiện và cách xử lý</h2>
${
  c.findings.length
    ? `<table>${head(['Số', 'Loại, mức', 'Vị trí', 'Bài viết / văn bản chỉ đạo', 'Xử lý'])}${rows(
        c.findings.map((f) => [
          e(f.no),
          `${e(f.kind)}<br><span class="muted">${e(f.severity)}</span>`,
          e(f.where),
          `${f.actual ? `“${e(f.actual)}” → ` : ''}“${e(f.expected)}”<br><span class="muted">${e(f.message)}${f.source ? ` [${e(f.source)}]` : ''}</span>`,
          `${pill(f.resolution, f.resolution === 'Chưa xử lý' ? (f.severity === 'Lỗi' ? 'bad' : 'note') : 'done')}${f.reason ? `<br>${e(f.reason)}` : ''}${f.resolvedBy ? `<br><span class="muted">${e(f.resolvedBy)}, ${e(f.resolvedAt)}</span>` : ''}`,
        ]),
      )}</table>`
    : '<p class="muted">Không có phát hiện nào.</p>'
}
<h2>Lịch sử kiểm tra</h2>
<table>${head(['Phiên bản', 'Thời điểm kiểm tra', 'Lý do', 'Ngày đăng', 'Kết quả'])}${rows(c.history.map((h) => [e(h.version), e(h.checkedAt), e(h.reason), e(h.publishedOn), e(h.result)]))}</table>
<h2>Ký duyệt</h2>
<div class="signature"><div>${
    c.signOff ? `<strong>Người ký duyệt</strong><br><br>${e(c.signOff.name)}<br><span class="muted">${e(c.signOff.at)}</span>` : '<span class="muted">Chưa ký duyệt</span>'
  }</div></div>
<p class="footer">Phiếu do Soát lập lúc ${e(c.generatedAt)}.</p>`;
  return reportPage(c.title, body);
}
