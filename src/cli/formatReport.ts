// A check report for people: one greppable line per finding ("bai.txt:12:5 error figure-mismatch
// ..."), then the themes of the directives considered, then a summary. Vietnamese throughout.
import type { Finding, Report } from '../core/index.ts';

const KIND_LABEL: Record<Finding['kind'], string> = {
  'figure-mismatch': 'số liệu sai',
  'figure-direction': 'ngược chiều tăng/giảm',
  'figure-rounded': 'số liệu làm tròn',
  'figure-format': 'sai quy cách viết số',
  'quote-mismatch': 'trích dẫn sai nguyên văn',
  'citation-mismatch': 'viện dẫn văn bản sai',
  'theme-missing': 'thiếu nội dung yêu cầu',
};

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

export function formatReport(draft: string, report: Report, name: string): string {
  const lines: string[] = [];
  for (const f of report.findings.filter((x) => x.kind !== 'theme-missing')) {
    const { line, column } = lineColumn(draft, f.start);
    const where = f.source ? ` [nguồn: ${f.source.directive}${f.source.sectionPath ? `, mục ${f.source.sectionPath}` : ''}]` : '';
    const fix = f.fix ? ` → sửa thành “${f.fix.replacement}”` : '';
    lines.push(`${name}:${line}:${column} ${f.severity} ${f.kind} (${KIND_LABEL[f.kind]}): “${f.actual}”${fix} — ${f.message}${where}`);
  }
  const considered = report.directives.filter((d) => d.considered);
  if (considered.length) {
    lines.push('', 'Văn bản chỉ đạo được đối chiếu nội dung:');
    for (const d of considered) {
      const reason = d.reason === 'given' ? 'được chỉ định' : d.reason === 'cited' ? 'bài viết viện dẫn' : `liên quan, điểm ${d.score.toFixed(2)}`;
      lines.push(`  ${d.number ?? d.id}${d.title ? ` — ${d.title}` : ''} (${reason}${d.inForce ? '' : '; không còn hiệu lực vào ngày đăng'})`);
      for (const t of report.themes.filter((x) => x.directive === d.id)) {
        const mark = t.covered ? '✓ đã đề cập' : t.required ? '✗ chưa đề cập' : '· không bắt buộc';
        lines.push(`    ${mark.padEnd(16)} ${t.path} ${t.heading.length > 90 ? `${t.heading.slice(0, 89)}…` : t.heading}`);
      }
    }
  }
  const s = report.summary;
  lines.push(
    '',
    `Tổng kết (ngày đăng ${report.date}): ${s.errors} lỗi, ${s.warnings} cảnh báo; nội dung yêu cầu: ${s.themesCovered} đã đề cập, ${s.themesMissing} chưa đề cập.`,
  );
  return `${lines.join('\n')}\n`;
}
