// Room: services — the month audit as labelled rows, shared by the .xlsx, .pdf and .docx reports
// so the three say the same thing in the same words.
import type { AuditReport, AuditTheme } from '../../audit/auditTypes.ts';
import { formatDate, formatMonth } from '../formatDate.ts';

export function auditTitle(report: AuditReport): string {
  return `Báo cáo kiểm tra tuân thủ ${formatMonth(report.month)}`;
}

export function auditSubtitle(report: AuditReport): string {
  return report.outlet ? `Cơ quan báo chí: ${report.outlet}` : 'Tất cả cơ quan báo chí';
}

export function overviewRows(report: AuditReport): { label: string; value: string }[] {
  const t = report.totals;
  const n = (x: number): string => x.toLocaleString('vi-VN');
  return [
    { label: 'Số bài viết trong tháng', value: n(t.articles) },
    { label: 'Bài đã ký duyệt phiếu kiểm tra', value: n(t.signed) },
    { label: 'Bài còn lỗi chưa xử lý', value: n(t.withOpenErrors) },
    { label: 'Xung đột với văn bản chỉ đạo: phát hiện', value: n(t.conflicts) },
    { label: 'Xung đột đã xử lý (sửa hoặc bỏ qua có lý do)', value: n(t.resolved) },
    { label: 'Xung đột còn mở', value: n(t.open) },
    { label: 'Nội dung yêu cầu đã có bài đề cập', value: `${n(t.coveredThemes)}/${n(t.requiredThemes)}` },
    { label: 'Văn bản chỉ đạo có hiệu lực trong tháng', value: n(report.directives.length) },
  ];
}

export function weekLabel(w: { week: number; from: string; to: string }): string {
  return `Tuần ${w.week} (${formatDate(w.from).slice(0, 5)}–${formatDate(w.to).slice(0, 5)})`;
}

export function themeLabel(t: AuditTheme): string {
  return `${t.directiveNumber ?? t.directive} mục ${t.path}`;
}

export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
