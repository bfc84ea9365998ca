// soat article | import | audit | checklist, in-process with temporary databases: the happy paths
// print what an editor needs, every bad input is exit 2 with a Vietnamese reason, Ctrl+C stops an
// import cleanly (exit 130) and the same command resumes it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

const evalDir = join(import.meta.dirname, '../fixtures/eval');
const dir = mkdtempSync(join(tmpdir(), 'soat-cli-articles-'));
const db = join(dir, 'soat.db');
const soat = (...argv: string[]) => runCli([...argv, '--db', db], dir);
const draft = (name: string): string => join(evalDir, `${name}.txt`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soat article', () => {
  beforeAll(async () => {
    const added = await soat('article', 'add', draft('07-bp-tang-truong-sai-gdp'), '--date', '2024-06-05', '--outlet', 'Báo Bình Phước', '--author', 'Minh Anh', '--section', 'Kinh tế');
    expect(added.code, added.err).toBe(0);
  }, 60_000);

  it('add prints the article and its findings, numbered for resolve', async () => {
    const again = await soat('article', 'add', draft('07-bp-tang-truong-sai-gdp'), '--date', '2024-06-05', '--outlet', 'Báo Bình Phước');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Không thay đổi \(nội dung như cũ\): bài 1 \(phiên bản 1\): Giữ nhịp tăng trưởng trong những tháng đầu năm — ngày đăng 05\/06\/2024, Báo Bình Phước\./u);
    expect(again.out).toMatch(/ {4}1\. lỗi figure-mismatch \(Số liệu sai\) 5:47 “5,86%” → “5,66%” — .*\[1383-CV\/BTGTU, mục 1\.2\] · chưa xử lý/u);
    expect(again.out).toContain('soat article resolve 1 SỐ --fixed | --dismiss "lý do"');
  });

  it('list and show', async () => {
    const list = await soat('article', 'list', '--month', '2024-06');
    expect(list.out).toMatch(/\s+1 {2}05\/06\/2024 {2}còn lỗi\s+\d+ {2}Báo Bình Phước\s+Giữ nhịp tăng trưởng/u);
    expect(list.out).toContain('1 bài.');
    expect((await soat('article', 'list', '--month', '2024-07')).out).toBe('Không có bài viết nào.\n');
    const show = await soat('article', 'show', '#1');
    expect(show.out).toContain('Bài 1: Giữ nhịp tăng trưởng trong những tháng đầu năm');
    expect(show.out).toContain('Ngày đăng: 05/06/2024 · Cơ quan: Báo Bình Phước · Chuyên mục: Kinh tế · Tác giả: Minh Anh');
    expect(show.out).toContain('1383-CV/BTGTU — V/v tiếp tục đẩy mạnh công tác tuyên truyền');
    expect(show.out).toMatch(/phiên bản 1: .* — kiểm tra lần đầu; \d+ lỗi/u);
    const json = JSON.parse((await soat('article', 'show', '1', '--json')).out) as { id: number; findings: unknown[] };
    expect(json.id).toBe(1);
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it('resolve, signoff, then a new text is a new version that needs signing again', async () => {
    const refused = await soat('article', 'signoff', '1', '--name', 'Trần Thị Lan');
    expect(refused).toMatchObject({ code: 2, err: expect.stringContaining('còn 2 lỗi chưa xử lý') });
    const dismissed = await soat('article', 'resolve', '1', '1', '--dismiss', 'Số liệu của tỉnh', '--by', 'Hùng');
    expect(dismissed.out).toBe('Bài 1, phát hiện 1: bỏ qua (Số liệu của tỉnh). Bài còn lỗi: 1 lỗi, 6 cảnh báo chưa xử lý.\n');
    expect((await soat('article', 'resolve', '1', '2', '--fixed')).code).toBe(0);
    const signed = await soat('article', 'signoff', '1', '--name', 'Trần Thị Lan');
    expect(signed.out).toMatch(/^Đã ký duyệt phiếu kiểm tra bài 1 \(phiên bản 1\): Trần Thị Lan, /u);

    const fixed = join(dir, 'bai-da-sua.txt');
    writeFileSync(fixed, readFileSync(draft('07-bp-tang-truong-sai-gdp'), 'utf8').replace('giảm 4,5%', 'tăng 4,5%'));
    const updated = await soat('article', 'update', '1', fixed, '--by', 'Minh Anh');
    expect(updated.out).toMatch(/^Đã cập nhật bài 1, phiên bản 2\. Bài đã xử lý: 0 lỗi/u);
    const show = await soat('article', 'show', '1');
    expect(show.out).toContain('phiên bản 2: ');
    expect(show.out).toContain('— sửa nội dung;');
    expect(show.out).toContain('ký duyệt phiên bản 1: Trần Thị Lan');
    expect(show.out).toContain('Chưa ký duyệt.');
    // The dismissed figure is still in the text: its dismissal carried over.
    expect(show.out).toMatch(/1\. lỗi figure-mismatch .* · bỏ qua \(Hùng: Số liệu của tỉnh\)/u);
  });

  it.each([
    [['article'], 'thiếu lệnh con'],
    [['article', 'xoa'], 'không có lệnh "soat article xoa"'],
    [['article', 'add'], 'cần đúng một tệp bài viết'],
    [['article', 'add', '/khong/co.txt'], 'Không tìm thấy tệp'],
    [['article', 'add', 'x.txt', '--date', '2024-13-01'], 'ngày "2024-13-01" không hợp lệ'],
    [['article', 'list', '--month', '6/2024'], 'tháng "6/2024" không hợp lệ'],
    [['article', 'list', '--status', 'xong'], '--status chỉ nhận'],
    [['article', 'list', '--kind', 'loi'], 'không có loại phát hiện "loi"'],
    [['article', 'list', '--state', 'open'], '--state đi cùng --kind'],
    [['article', 'show', 'abc'], 'cần đúng một mã bài'],
    [['article', 'show', '99'], 'không có bài viết số 99'],
    [['article', 'resolve', '1', '1'], 'chọn đúng một trong --fixed'],
    [['article', 'resolve', '1', '1', '--fixed', '--reopen'], 'chọn đúng một trong --fixed'],
    [['article', 'resolve', '1', '99', '--fixed'], 'không có phát hiện "99"'],
    [['article', 'resolve', '1', '1', '--dismiss', ' '], 'cần ghi lý do'],
    [['article', 'signoff', '1'], 'cần tên người ký duyệt'],
    [['article', 'update', '1'], 'không có gì để sửa'],
    [['article', 'add', 'x.txt', '--tieu-de', 'a'], 'Tùy chọn không hợp lệ: --tieu-de'],
  ])('%j is refused: %s', async (argv, message) => {
    const run = await soat(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });
});

describe('soat import', () => {
  function folder(name: string, files: string[]): string {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    for (const f of files) {
      const label = JSON.parse(readFileSync(join(evalDir, `${f}.json`), 'utf8')) as { date: string };
      writeFileSync(join(path, `${label.date}-${f}.txt`), readFileSync(draft(f), 'utf8'));
    }
    writeFileSync(join(path, 'cu.doc'), 'word');
    return path;
  }

  it('a folder: progress on stderr, a summary, the files it could not read', async () => {
    const source = folder('bai-thang-6', ['10-bp-doanh-nghiep-sai', '13-bp-xuat-khau-lam-tron', '20-bp-van-hoa-liem-chinh-cum-tu-sai']);
    const run = await soat('import', source, '--outlet', 'Báo Bình Phước');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(`Nhập 4 mục từ ${source}.`);
    expect(run.err).toMatch(/\[█{20}\] 4\/4 \(100%\) · xong · 1 tệp lỗi/u);
    expect(run.err).toContain('cu.doc: Soát chưa đọc được tệp Word 97-2003 (.doc).');
    expect(run.out).toMatch(/^Xong: 3 bài mới, 0 bài cập nhật, 0 bài không đổi, 1 mục không nhập được — 4\/4 mục/u);
    const again = await soat('import', source, '--outlet', 'Báo Bình Phước');
    expect(again.out).toMatch(/^Xong: 0 bài mới, 0 bài cập nhật, 3 bài không đổi, 1 mục không nhập được/u);
  });

  it('a CSV export', async () => {
    const csv = join(dir, 'cms.csv');
    const body = readFileSync(draft('11-bp-ha-tang-sai'), 'utf8').replace(/"/gu, '""');
    writeFileSync(csv, `id,title,date,author,category,content\n77,Hạ tầng,2024-06-12,Thu Hà,Xã hội,"${body}"\n`);
    const run = await soat('import', csv, '--outlet', 'Báo Bình Phước', '--json');
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ kind: 'csv', total: 1, added: 1, failed: [] });
  });

  it('Ctrl+C stops after the article in hand (exit 130); the same command resumes', async () => {
    const files = ['01-bp-kinh-te-4-thang', '02-lc-ket-qua-2023', '03-tplc-hoi-nghi-giua-nhiem-ky', '05-bp-dang-uy-khoi-ke-hoach', '08-lc-chi-tieu-2023-sai', '09-san-thang-tang-truong-sai', '12-bat-xat-nghi-quyet-sai-so', '14-lc-bao-cao-vien-dinh-dang', '16-tplc-khau-hieu-truc-quan', '17-lc-chu-de-nam-sai', '18-tplc-toa-dam-khau-hieu-thieu', '19-binh-luan-nua-nhiem-ky-cum-tu-sai'];
    const source = folder('bai-ctrl-c', files);
    const baseline = process.listenerCount('SIGINT');
    const running = soat('import', source);
    // Press Ctrl+C once two articles are stored: call the handler the command installed (emitting
    // a real SIGINT would also reach the test runner's own handlers).
    for (let done = 0; done < 2; ) {
      await new Promise((r) => setTimeout(r, 10));
      if (process.listenerCount('SIGINT') === baseline || !existsSync(db)) continue;
      const reader = new Database(db, { readonly: true });
      done = (reader.prepare(`SELECT count(*) AS n FROM import_items i JOIN import_jobs j ON j.id = i.job_id WHERE j.source = ?`).get(source) as { n: number }).n;
      reader.close();
    }
    (process.listeners('SIGINT').at(-1) as () => void)();
    const stopped = await running;
    expect(stopped.code).toBe(130);
    expect(stopped.err).toContain('Đang dừng sau bài đang xử lý…');
    expect(stopped.out).toMatch(/^Đã dừng: /u);
    expect(stopped.out).toContain('Chạy lại đúng lệnh này để nhập tiếp phần còn lại.');
    expect(process.listenerCount('SIGINT')).toBe(baseline);

    const resumed = await soat('import', source);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toMatch(/tiếp tục: \d+ mục đã xong từ lần trước/u);
    expect(resumed.out).toMatch(/^Xong: 12 bài mới, .* 13\/13 mục/u);
    expect(resumed.out).toMatch(/\(Tiếp tục lần nhập trước bị gián đoạn: \d+ mục đã xong từ trước\.\)/u);
  }, 60_000);

  it.each([
    [['import'], 'cần đúng một thư mục'],
    [['import', join(dir, 'khong-co')], 'Không tìm thấy'],
    [['import', join(evalDir, 'README.md')], 'hãy đưa một thư mục bài viết'],
    [['import', evalDir, '--date', 'hôm nay'], 'ngày "hôm nay" không hợp lệ'],
  ])('%j is refused: %s', async (argv, message) => {
    const run = await soat(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });
});

describe('soat audit and soat checklist', () => {
  it('audit prints the month: overview, heat map, uncovered themes, conflicts, open errors, trend', async () => {
    const run = await soat('audit', '--month', '2024-06');
    expect(run.code, run.err).toBe(0);
    for (const part of [
      'Báo cáo kiểm tra tuân thủ tháng 6/2024 — Tất cả cơ quan báo chí',
      'Số bài viết trong tháng',
      'Văn bản chỉ đạo có hiệu lực trong tháng',
      'Bản đồ nhiệt: số bài đề cập mỗi nội dung yêu cầu theo tuần (T1 T2 T3 T4 T5 | cả tháng)',
      'Nội dung yêu cầu chưa bài nào đề cập',
      'Xung đột với văn bản chỉ đạo theo loại',
      'Bài còn lỗi chưa xử lý',
      'Xu hướng theo tuần',
      'soat article list --month 2024-06 --theme MÃ_NỘI_DUNG [--week N]',
    ]) {
      expect(run.out).toContain(part);
    }
    expect(run.out).toMatch(/ {2}1383-CV\/BTGTU#1\.2 +(?:[·\d] +){5}\| +\d+ {2}Tuyên truyền những kết quả nổi bật/u);
  });

  it('audit --json is the report; --outlet narrows it', async () => {
    const all = JSON.parse((await soat('audit', '--month', '2024-06', '--json')).out) as { totals: { articles: number }; outlets: string[] };
    const one = JSON.parse((await soat('audit', '--month', '2024-06', '--outlet', 'Báo Bình Phước', '--json')).out) as { totals: { articles: number } };
    expect(all.totals.articles).toBeGreaterThan(4);
    expect(one.totals.articles).toBeLessThan(all.totals.articles);
    expect(all.outlets).toContain('Báo Bình Phước');
    const unknown = await soat('audit', '--month', '2024-06', '--outlet', 'Báo Khác', '--json');
    expect(unknown.err).toContain('cảnh báo: chưa có bài nào của "Báo Khác"');
  });

  it('audit --export .xlsx writes the workbook', async () => {
    const file = join(dir, 'thang-6.xlsx');
    const run = await soat('audit', '--month', '2024-06', '--export', file);
    expect(run.out).toBe(`Đã ghi báo cáo kiểm tra tuân thủ tháng 6/2024 vào ${file}.\n`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('Bản đồ chủ đề')!.rowCount).toBeGreaterThan(10);
  });

  it('checklist prints Markdown, and exports .md, .csv, .docx', async () => {
    const md = await soat('checklist', '1');
    expect(md.out).toMatch(/^# Phiếu kiểm tra tuân thủ\n/u);
    for (const ext of ['md', 'csv', 'docx']) {
      const file = join(dir, `phieu.${ext}`);
      const run = await soat('checklist', '1', '--export', file);
      expect(run.out).toBe(`Đã ghi phiếu kiểm tra tuân thủ của bài 1 vào ${file}.\n`);
      expect(readFileSync(file).length).toBeGreaterThan(500);
    }
  });

  it('a PDF without Chromium is refused with what to install', async () => {
    const run = await runCli(['checklist', '1', '--export', join(dir, 'phieu.pdf'), '--db', db], dir, { SOAT_CHROMIUM: join(dir, 'khong-co-chromium') });
    expect(run.code).toBe(2);
    expect(run.err).toContain('Cần trình duyệt Chromium để xuất PDF');
    expect(existsSync(join(dir, 'phieu.pdf'))).toBe(false);
  });

  it.each([
    [['audit'], 'thiếu --month'],
    [['audit', '--month', '2024-13'], 'tháng "2024-13" không hợp lệ'],
    [['audit', '--month', '2024-06', '--export', 'bao-cao.txt'], 'hãy dùng đuôi .xlsx, .pdf hoặc .docx'],
    [['audit', '--month', '2024-06', '--export', '/khong/co/thu-muc/a.xlsx'], 'Không ghi được tệp'],
    [['checklist'], 'cần đúng một mã bài'],
    [['checklist', '42'], 'không có bài viết số 42'],
    [['checklist', '1', '--export', 'phieu.html'], 'hãy dùng đuôi .docx, .pdf, .md, .csv'],
  ])('%j is refused: %s', async (argv, message) => {
    const run = await soat(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('--help of each new command', async () => {
    for (const argv of [['article', '--help'], ['article', 'add', '--help'], ['import', '--help'], ['audit', '--help'], ['checklist', '--help']]) {
      const run = await soat(...argv);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Cách dùng: soat /u);
    }
    expect((await runCli(['--help'], dir)).out).toMatch(/ {2}audit +báo cáo tuân thủ một tháng/u);
  });
});
