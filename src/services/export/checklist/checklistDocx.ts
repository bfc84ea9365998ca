// Room: services — the checklist as a Word document: the same rows as the PDF, .md and .csv.
import { docxBytes, heading, keyValueTable, paragraph, table, type CellSpec } from '../docxParts.ts';
import type { Checklist, CheckResult } from './buildChecklist.ts';

const FILL: Record<CheckResult, string> = { Đạt: 'DCEFDC', 'Chưa đạt': 'F8D7D3', 'Đã xử lý': 'DDE8F5', 'Lưu ý': 'FBEFCF' };

export function checklistDocx(c: Checklist): Promise<Uint8Array> {
  const result = (r: CheckResult): CellSpec => ({ text: r, bold: true, fill: FILL[r] });
  return docxBytes(
    [
      heading(c.title, 1),
      paragraph(`Kết luận: ${c.conclusion}`, { bold: true }),
      heading('Thông tin bài viết'),
      keyValueTable(c.article),
      heading('Văn bản chỉ đạo áp dụng'),
      c.directives.length
        ? table(['Số hiệu', 'Trích yếu', 'Căn cứ áp dụng', 'Hiệu lực'], c.directives.map((d) => [d.number, d.title, d.reason, d.inForce]))
        : paragraph('Không có văn bản chỉ đạo nào liên quan tới bài vào ngày đăng.', { italic: true }),
      heading('Các nội dung kiểm tra'),
      table(['Nhóm', 'Nội dung kiểm tra', 'Kết quả', 'Ghi chú'], c.checks.map((k) => [k.group, k.item, result(k.result), k.detail])),
      heading('Phát hiện và cách xử lý'),
      c.findings.length
        ? table(
            ['Số', 'Loại, mức', 'Vị trí', 'Bài viết → văn bản chỉ đạo', 'Xử lý'],
            c.findings.map((f) => [
              f.no,
              `${f.kind}\n${f.severity}`,
              f.where,
              `${f.actual ? `“${f.actual}” → ` : ''}“${f.expected}”\n${f.message}${f.source ? ` [${f.source}]` : ''}`,
              [f.resolution, f.reason, f.resolvedBy && `${f.resolvedBy}, ${f.resolvedAt}`].filter(Boolean).join('\n'),
            ]),
          )
        : paragraph('Không có phát hiện nào.', { italic: true }),
      heading('Lịch sử kiểm tra'),
      table(['Phiên bản', 'Thời điểm kiểm tra', 'Lý do', 'Ngày đăng', 'Kết quả'], c.history.map((h) => [h.version, h.checkedAt, h.reason, h.publishedOn, h.result])),
      heading('Ký duyệt'),
      ...(c.signOff
        ? [paragraph('Người ký duyệt', { bold: true, align: 'right' }), paragraph(c.signOff.name, { align: 'right' }), paragraph(c.signOff.at, { align: 'right', italic: true })]
        : [paragraph('Chưa ký duyệt.', { italic: true })]),
      paragraph(`Phiếu do Soát lập lúc ${c.generatedAt}.`, { italic: true }),
    ],
    c.title,
  );
}
