// Every export read back and checked for what it must say: the compliance checklist as .md, .csv,
// .docx (mammoth) and .pdf (pdftotext, pdffonts), the month audit as .xlsx (exceljs), .pdf and
// .docx with its chart images. PDF pages are saved as PNG under test-artifacts/ (pdftoppm).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/services/articles/import/parseCsv.ts';
import type { AuditReport } from '../src/services/audit/auditTypes.ts';
import { openChromiumPrinter } from '../src/services/export/chromiumPrinter.ts';
import { exportAudit } from '../src/services/export/exportAudit.ts';
import { exportChecklist } from '../src/services/export/exportChecklist.ts';
import type { HtmlPrinter } from '../src/services/export/HtmlPrinter.ts';
import type { Result } from '../src/services/result.ts';
import { browserRequired, chromiumPath } from './helpers/chromium.ts';
import { docxImages, docxText, pdfFonts, pdfText, pdfToPngs, pngSize, popplerMissing, saveArtifact } from './helpers/readExports.ts';
import { sampleMonth, type SampleMonth } from './helpers/sampleMonth.ts';

const dir = mkdtempSync(join(tmpdir(), 'soat-exports-'));
let month: SampleMonth;
let report: AuditReport;

beforeAll(async () => {
  month = await sampleMonth(join(dir, 'soat.db'));
  report = month.store.audit({ month: '2024-06' }, month.library.directives());
}, 60_000);
afterAll(() => {
  month?.close();
  rmSync(dir, { recursive: true, force: true });
});

const noPrinter = async (): Promise<Result<HtmlPrinter>> => ({ ok: false, error: { code: 'unused', message: 'không cần máy in' } });

async function bytesOf(made: Promise<Result<Uint8Array>>): Promise<Uint8Array> {
  const result = await made;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the compliance checklist without a browser', () => {
  it('.md: article data, directives, each check and its result, findings with how each was resolved, sign-off', async () => {
    const md = new TextDecoder().decode(await bytesOf(exportChecklist(month.store.get(month.signedId)!, 'md', noPrinter)));
    saveArtifact('phieu-kiem-tra.md', md);
    expect(md).toMatch(/^# Phiếu kiểm tra tuân thủ\n/u);
    expect(md).toContain('**Kết luận:** Đã ký duyệt: Trần Thị Lan');
    expect(md).toContain('| Cơ quan báo chí | Báo Bình Phước |');
    expect(md).toContain('| 1383-CV/BTGTU | V/v tiếp tục đẩy mạnh công tác tuyên truyền |');
    expect(md).toMatch(/\| Số liệu \| Số liệu khớp số liệu đã được duyệt \| Đã xử lý \|/u);
    expect(md).toMatch(/\| Trích dẫn \| Khẩu hiệu, cụm từ trích đúng nguyên văn \| Đạt \|/u);
    expect(md).toMatch(/\| 1 \| Số liệu sai \| Lỗi \| dòng 5, cột 47 \| 5,86% \| 5,66% \|[^\n]*\| Bỏ qua \| Số liệu của tỉnh, không phải cả nước \| Nguyễn Văn Hùng \|/u);
    expect(md).toMatch(/\| 2 \| Ngược chiều tăng\/giảm \| Lỗi \|[^\n]*\| Đã sửa \|/u);
    expect(md).toContain('Người ký duyệt: **Trần Thị Lan**');
  });

  it('.md of a rewritten article keeps the history: versions and the conflicts its new text fixed', async () => {
    const md = new TextDecoder().decode(await bytesOf(exportChecklist(month.store.get(month.rewrittenId)!, 'md', noPrinter)));
    expect(md).toMatch(/\| 1 \| [^|]+ \| Kiểm tra lần đầu \|/u);
    expect(md).toMatch(/\| 2 \| [^|]+ \| Sửa nội dung \|/u);
    expect(md).toMatch(/\| \d+ \(phiên bản 1\) \| [^|]+ \| Lỗi \| phiên bản 1 \|[^\n]*\| Đã sửa \| Không còn trong phiên bản 2\. \| Hoàng Nam \|/u);
    expect(md).toContain('Chưa ký duyệt.');
  });

  it('.csv: one table, UTF-8 with a byte-order mark, readable by a CSV parser', async () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytesOf(exportChecklist(month.store.get(month.signedId)!, 'csv', noPrinter)));
    saveArtifact('phieu-kiem-tra.csv', csv);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv).map((r) => r.cells);
    expect(rows[0]).toEqual(['Phần', 'Mục', 'Nội dung', 'Kết quả', 'Chi tiết']);
    expect(rows).toContainEqual(['Thông tin bài viết', 'Tác giả', 'Minh Anh', '', '']);
    const finding = rows.find((r) => r[0] === 'Phát hiện' && r[1]!.startsWith('1. Số liệu sai'))!;
    expect(finding[2]).toContain('“5,86%” → “5,66%”');
    expect(finding[3]).toBe('Bỏ qua');
    expect(finding[4]).toContain('lý do: Số liệu của tỉnh, không phải cả nước');
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['Ký duyệt', 'Trần Thị Lan', '', 'Đã ký']);
  });

  it('.docx: the same sections and rows, read back with mammoth', async () => {
    const docx = await bytesOf(exportChecklist(month.store.get(month.signedId)!, 'docx', noPrinter));
    saveArtifact('phieu-kiem-tra.docx', docx);
    const text = await docxText(docx);
    for (const part of ['Phiếu kiểm tra tuân thủ', 'Thông tin bài viết', 'Văn bản chỉ đạo áp dụng', 'Các nội dung kiểm tra', 'Phát hiện và cách xử lý', 'Lịch sử kiểm tra', 'Ký duyệt']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Giữ nhịp tăng trưởng trong những tháng đầu năm');
    expect(text).toContain('“5,86%” → “5,66%”');
    expect(text).toContain('Số liệu của tỉnh, không phải cả nước');
    expect(text).toContain('Trần Thị Lan');
  });
});

describe('the month audit as .xlsx', () => {
  it('a sheet per table, the numbers of the report', async () => {
    const articles = month.store.list({ month: '2024-06', limit: 1000 }).articles;
    const xlsx = await bytesOf(exportAudit(report, 'xlsx', { printer: noPrinter, articles }));
    saveArtifact('bao-cao-thang.xlsx', xlsx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng quan',
      'Văn bản chỉ đạo',
      'Bản đồ chủ đề',
      'Chưa đề cập',
      'Xung đột theo loại',
      'Bài còn lỗi',
      'Xu hướng theo tuần',
      'Bài viết trong tháng',
    ]);
    const values = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(values('Tổng quan')[0]).toEqual(['Báo cáo kiểm tra tuân thủ tháng 6/2024']);
    expect(values('Tổng quan')).toContainEqual(['Số bài viết trong tháng', '8']);
    const heat = values('Bản đồ chủ đề');
    expect(heat[0]).toEqual(['Văn bản, mục', 'Nội dung yêu cầu', 'Tuần 1 (01/06–07/06)', 'Tuần 2 (08/06–14/06)', 'Tuần 3 (15/06–21/06)', 'Tuần 4 (22/06–28/06)', 'Tuần 5 (29/06–30/06)', 'Cả tháng', 'Mã nội dung']);
    for (const t of report.themes) expect(heat).toContainEqual([expect.any(String), t.heading, ...t.byWeek, t.articles, t.id]);
    expect(values('Chưa đề cập').slice(1).map((r) => r[2])).toEqual(report.uncovered);
    expect(values('Xung đột theo loại').slice(1)).toEqual(report.conflicts.map((c) => [c.label, c.kind, c.found, c.resolved, c.fixed, c.dismissed, c.open]));
    expect(values('Bài còn lỗi').slice(1).map((r) => r[0])).toEqual(report.openErrorArticles.map((a) => a.id));
    expect(values('Xu hướng theo tuần').slice(1).map((r) => r[3])).toEqual(report.trend.map((w) => w.articles));
    expect(values('Bài viết trong tháng')).toHaveLength(9);
    // The heat map's cells are shaded like the PDF's.
    const covered = report.themes.findIndex((t) => t.byWeek[0]! > 0);
    const fill = book.getWorksheet('Bản đồ chủ đề')!.getRow(covered + 2).getCell(3).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/u);
  });
});

const missing = !existsSync(chromiumPath) ? `không có Chromium ở ${chromiumPath}` : popplerMissing();
if (missing && !browserRequired) console.warn(`[exports.test] BỎ QUA xuất PDF: ${missing}`);

describe.skipIf(missing !== undefined && !browserRequired)(`PDF and charts through Chromium${missing ? ` — BỎ QUA: ${missing}` : ''}`, () => {
  let printer: HtmlPrinter;
  beforeAll(async () => {
    if (missing) throw new Error(`Kiểm thử xuất PDF bắt buộc (SOAT_BROWSER_REQUIRED=1) nhưng ${missing}`);
    const opened = await openChromiumPrinter(chromiumPath);
    if (!opened.ok) throw new Error(opened.error.message);
    printer = opened.value;
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });
  const use = async (): Promise<Result<HtmlPrinter>> => ({ ok: true, value: printer });

  it('checklist .pdf: Vietnamese text in Be Vietnam Pro, every section, pages saved as PNG', async () => {
    const pdf = await bytesOf(exportChecklist(month.store.get(month.signedId)!, 'pdf', use));
    saveArtifact('phieu-kiem-tra.pdf', pdf);
    const text = pdfText(pdf);
    for (const part of ['Phiếu kiểm tra tuân thủ', 'Thông tin bài viết', 'Văn bản chỉ đạo áp dụng', 'Các nội dung kiểm tra', 'Phát hiện và cách xử lý', 'Ký duyệt']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Giữ nhịp tăng trưởng trong những tháng đầu năm');
    expect(text).toContain('Số liệu của tỉnh, không phải cả nước');
    expect(text).toContain('Trần Thị Lan');
    expect(text).toMatch(/Trang 1\/\d/u);
    expect(pdfFonts(pdf).some((f) => /BeVietnamPro/iu.test(f))).toBe(true);
    expect(pdfToPngs(pdf, 'phieu-kiem-tra').length).toBeGreaterThan(0);
  });

  it('audit .pdf: every table, the charts drawn, Vietnamese throughout', async () => {
    const pdf = await bytesOf(exportAudit(report, 'pdf', { printer: use }));
    saveArtifact('bao-cao-thang.pdf', pdf);
    const text = pdfText(pdf);
    for (const part of [
      'Báo cáo kiểm tra tuân thủ tháng 6/2024',
      'Tổng quan',
      'Văn bản chỉ đạo có hiệu lực trong tháng',
      'Bản đồ nhiệt',
      'Nội dung yêu cầu chưa bài nào đề cập',
      'Xung đột với văn bản chỉ đạo theo loại',
      'Bài còn lỗi chưa xử lý',
      'Xu hướng theo tuần',
      // Chart legends and axis labels are text in the SVG, so they are text in the PDF too.
      'Đã xử lý',
      'Còn mở',
      'Xung đột phát hiện',
    ]) {
      expect(text).toContain(part);
    }
    for (const a of report.openErrorArticles) expect(text).toContain(a.title.slice(0, 30));
    expect(pdfFonts(pdf).some((f) => /BeVietnamPro/iu.test(f))).toBe(true);
    expect(pdfToPngs(pdf, 'bao-cao-thang').length).toBeGreaterThan(1);
  });

  it('audit .docx: tables, and the two charts as PNG images', async () => {
    const docx = await bytesOf(exportAudit(report, 'docx', { printer: use }));
    saveArtifact('bao-cao-thang.docx', docx);
    const text = await docxText(docx);
    for (const part of ['Báo cáo kiểm tra tuân thủ tháng 6/2024', 'Bản đồ nhiệt', 'Xung đột với văn bản chỉ đạo theo loại', 'Xu hướng theo tuần']) expect(text).toContain(part);
    for (const c of report.conflicts) expect(text).toContain(c.label);
    const images = await docxImages(docx);
    expect(images.map((i) => i.contentType)).toEqual(['image/png', 'image/png']);
    // Drawn at twice the density of the chart's CSS size, so they print sharp.
    expect(pngSize(images[0]!.data).width).toBe(1360);
    images.forEach((image, i) => saveArtifact(`bao-cao-thang-bieu-do-${i + 1}.png`, image.data));
  });
});
