// Room: services — the checklist as one CSV table (a row per fact, grouped by "Phần"), for
// spreadsheets and archives that take CSV only. UTF-8 with a byte-order mark, CRLF.
import { CSV_BOM, csvLine } from '../csvLine.ts';
import type { Checklist } from './buildChecklist.ts';

export function checklistCsv(c: Checklist): string {
  const rows: (string | number)[][] = [['Phần', 'Mục', 'Nội dung', 'Kết quả', 'Chi tiết']];
  rows.push(['Phiếu', c.title, c.conclusion, '', `Lập lúc ${c.generatedAt}`]);
  for (const a of c.article) rows.push(['Thông tin bài viết', a.label, a.value, '', '']);
  for (const d of c.directives) rows.push(['Văn bản chỉ đạo áp dụng', d.number, d.title, d.inForce, d.reason]);
  for (const k of c.checks) rows.push(['Kiểm tra', k.group, k.item, k.result, k.detail]);
  for (const f of c.findings) {
    const said = `“${f.actual}”${f.expected ? ` → “${f.expected}”` : ''}`;
    const how = [f.reason && `lý do: ${f.reason}`, f.resolvedBy && `người xử lý: ${f.resolvedBy}`, f.resolvedAt].filter(Boolean).join('; ');
    rows.push(['Phát hiện', `${f.no}. ${f.kind} (${f.severity}, ${f.where})`, `${f.kind === 'Thiếu nội dung yêu cầu' ? f.expected : said} — ${f.message}${f.source ? ` [${f.source}]` : ''}`, f.resolution, how]);
  }
  for (const h of c.history) rows.push(['Lịch sử kiểm tra', `Phiên bản ${h.version}`, `${h.reason}, ngày đăng ${h.publishedOn}`, h.result, h.checkedAt]);
  rows.push(['Ký duyệt', c.signOff ? c.signOff.name : 'Chưa ký duyệt', '', c.signOff ? 'Đã ký' : '', c.signOff?.at ?? '']);
  return CSV_BOM + rows.map(csvLine).join('\r\n') + '\r\n';
}
