// Room: services — the checklist as Markdown: readable as plain text, renders as tables on any
// Git host or wiki the newsroom files it in.
import type { Checklist } from './buildChecklist.ts';

const cell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' ').trim() || ' ';

function table(head: string[], rows: string[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function checklistMarkdown(c: Checklist): string {
  const parts = [
    `# ${c.title}`,
    `**Kết luận:** ${c.conclusion}`,
    '## Thông tin bài viết',
    table(['Mục', 'Nội dung'], c.article.map((a) => [a.label, a.value])),
    '## Văn bản chỉ đạo áp dụng',
    c.directives.length
      ? table(['Số hiệu', 'Trích yếu', 'Căn cứ áp dụng', 'Hiệu lực'], c.directives.map((d) => [d.number, d.title, d.reason, d.inForce]))
      : 'Không có văn bản chỉ đạo nào liên quan tới bài vào ngày đăng.',
    '## Các nội dung kiểm tra',
    table(['Nhóm', 'Nội dung kiểm tra', 'Kết quả', 'Ghi chú'], c.checks.map((k) => [k.group, k.item, k.result, k.detail])),
    '## Phát hiện và cách xử lý',
    c.findings.length
      ? table(
          ['Số', 'Loại', 'Mức', 'Vị trí', 'Bài viết', 'Văn bản chỉ đạo', 'Nguồn', 'Xử lý', 'Lý do', 'Người xử lý', 'Thời điểm'],
          c.findings.map((f) => [f.no, f.kind, f.severity, f.where, f.actual, f.expected, f.source, f.resolution, f.reason, f.resolvedBy, f.resolvedAt]),
        )
      : 'Không có phát hiện nào.',
    '## Lịch sử kiểm tra',
    table(['Phiên bản', 'Thời điểm kiểm tra', 'Lý do', 'Ngày đăng', 'Kết quả'], c.history.map((h) => [h.version, h.checkedAt, h.reason, h.publishedOn, h.result])),
    '## Ký duyệt',
    c.signOff ? `Người ký duyệt: **${c.signOff.name}**  \nThời điểm: ${c.signOff.at}` : 'Chưa ký duyệt.',
    `_Phiếu do Soát lập lúc ${c.generatedAt}._`,
  ];
  return `${parts.join('\n\n')}\n`;
}
