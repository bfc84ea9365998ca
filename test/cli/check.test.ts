// `soat check`: one greppable line per finding, --json the report, exit 1 on errors, exit 2 on
// refused input with nothing written to the library.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBadInputs } from './badInputFiles.ts';
import { runCli } from './runCli.ts';

const root = join(import.meta.dirname, '../..');
const EVAL = join(root, 'test/fixtures/eval');
const dir = mkdtempSync(join(tmpdir(), 'soat-cli-check-'));
const db = join(dir, 'thu-vien.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soat check', () => {
  it('prints one line per finding with line and column, and exits 1 on errors', async () => {
    const run = await runCli(['check', join(EVAL, '07-bp-tang-truong-sai-gdp.txt'), '--date', '2024-06-05', '--db', db], dir);
    expect(run.code).toBe(1);
    const lines = run.out.split('\n').filter((l) => /^07-bp-tang-truong-sai-gdp\.txt:\d+:\d+ /u.test(l));
    expect(lines.some((l) => /:5:47 error figure-mismatch .*“5,86%” → sửa thành “5,66%”/u.test(l))).toBe(true);
    expect(lines.some((l) => / error figure-direction .*“giảm 4,5%” → sửa thành “tăng 4,5%”/u.test(l))).toBe(true);
    expect(run.out).toMatch(/Tổng kết \(ngày đăng 2024-06-05\): 2 lỗi/u);
  });

  it('exits 0 on a draft without errors', async () => {
    const run = await runCli(['check', join(EVAL, '01-bp-kinh-te-4-thang.txt'), '--date', '2024-06-03', '--db', db, '--directive', '1383-CV/BTGTU'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1383-CV/BTGTU');
  });

  it('--json prints the report: findings with offsets into the draft, and every theme considered', async () => {
    const draft = readFileSync(join(EVAL, '09-san-thang-tang-truong-sai.txt'), 'utf8');
    const run = await runCli(['check', join(EVAL, '09-san-thang-tang-truong-sai.txt'), '--json', '--date', '2023-06-20', '--directive', '98-HD/BTGThU', '--db', db], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    const mismatches = report.findings.filter((f: { kind: string }) => f.kind === 'figure-mismatch');
    expect(mismatches.map((f: { start: number; end: number }) => draft.slice(f.start, f.end))).toEqual(['8,12%', 'từ 6,5 đến 7%']);
    expect(report.themes.length).toBeGreaterThan(0);
    for (const t of report.themes) {
      expect(t.id).toMatch(/^98-HD\/BTGThU#II\.1/u);
      expect(typeof t.covered).toBe('boolean');
    }
  });

  it('reads the draft from standard input with "-"', async () => {
    const draft = readFileSync(join(EVAL, '20-bp-van-hoa-liem-chinh-cum-tu-sai.txt'), 'utf8');
    const run = await runCli(['check', '-', '--date', '2024-06-18', '--db', db], dir, {}, draft);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^-:\d+:\d+ error quote-mismatch .*“bệnh ngại trách nhiệm” → sửa thành “bệnh sợ trách nhiệm”/mu);
  });

  it('--library adds the directives of a folder for this run only', async () => {
    const extra = join(dir, 'them');
    mkdirSync(extra, { recursive: true });
    copyFileSync(join(root, 'test/fixtures/holdout/directives/nghe-an-kh-2024.txt'), join(extra, 'nghe-an-kh-2024.txt'));
    const draft = join(root, 'test/fixtures/holdout/drafts/04-nghe-an-ket-qua-2023.txt');
    const without = await runCli(['check', draft, '--date', '2024-04-10', '--db', db, '--json'], dir);
    const withExtra = await runCli(['check', draft, '--date', '2024-04-10', '--db', db, '--json', '--library', extra], dir);
    const count = (out: string): number => JSON.parse(out).findings.filter((f: { kind: string }) => f.kind === 'figure-mismatch').length;
    expect(count(withExtra.out)).toBeGreaterThan(count(without.out));
    const list = await runCli(['directives', 'list', '--db', db], dir);
    expect(list.out).not.toContain('nghe-an-kh-2024');
  });

  it.each([
    ['no draft', ['check'], 'cần đúng một bản thảo'],
    ['a bad date', ['check', join(EVAL, '01-bp-kinh-te-4-thang.txt'), '--date', '2024-13-40'], 'không hợp lệ'],
    ['an unknown directive', ['check', join(EVAL, '01-bp-kinh-te-4-thang.txt'), '--directive', '999-HD/KHONGCO'], 'không có văn bản'],
    ['a missing library folder', ['check', join(EVAL, '01-bp-kinh-te-4-thang.txt'), '--library', join(dir, 'khong-co')], 'không đọc được thư mục'],
    ['an unknown option', ['check', join(EVAL, '01-bp-kinh-te-4-thang.txt'), '--khong-co'], 'Tùy chọn không hợp lệ'],
  ])('refuses %s with exit 2 and a Vietnamese message', async (_name, argv, says) => {
    const run = await runCli([...argv, '--db', db], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(says);
  });

  it('refuses unreadable drafts with exit 2, naming the problem', async () => {
    for (const bad of writeBadInputs(join(dir, 'bad'))) {
      const run = await runCli(['check', bad.path, '--db', db], dir);
      expect(run.code, bad.name).toBe(2);
      expect(run.err, bad.name).toContain(bad.says);
    }
  });

  it('refuses an empty standard input', async () => {
    writeFileSync(join(dir, 'unused'), '');
    const run = await runCli(['check', '-', '--db', db], dir, {}, '');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Tệp rỗng');
  });
});
