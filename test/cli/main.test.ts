import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Command } from '../../src/cli/Command.ts';
import { runCli } from './runCli.ts';

const home = mkdtempSync(join(tmpdir(), 'soat-cli-main-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('soat: commands and help', () => {
  it.each([
    [[], 2, 'err', 'Cách dùng: soat LỆNH'],
    [['--help'], 0, 'out', 'Cách dùng: soat LỆNH'],
    [['help'], 0, 'out', 'directives'],
    [['kiemtra'], 2, 'err', 'không có lệnh "kiemtra"'],
    [['parse', '--help'], 0, 'out', 'soat parse TỆP'],
    [['parse', '--khong-co'], 2, 'err', 'Tùy chọn không hợp lệ: --khong-co'],
    [['parse'], 2, 'err', 'cần đúng một tệp'],
    [['parse', 'a.txt', 'b.txt'], 2, 'err', 'nhận 2'],
    [['parse', 'a.txt', '--db'], 2, 'err', '--db thiếu giá trị'],
    [['directives'], 2, 'err', 'thiếu lệnh con'],
    [['directives', '--help'], 0, 'out', 'list'],
    [['directives', 'xoa'], 2, 'err', 'không có lệnh "soat directives xoa"'],
    [['directives', 'show'], 2, 'err', 'cần đúng một số hiệu'],
    [['directives', 'show', '--help'], 0, 'out', 'SỐ_HIỆU'],
    [['directives', 'list', 'thừa'], 2, 'err', 'không cần tham số'],
    [['directives', 'list', '--json=1'], 2, 'err', 'Tùy chọn --json'],
    [['directives', 'import'], 2, 'err', 'cần ít nhất một tệp'],
    [['directives', 'import', '--help'], 0, 'out', 'giữ các chỉnh sửa'],
    [['directives', 'list', '--db', ''], 2, 'err', '--db cần đường dẫn'],
  ])('soat %j → %i', async (argv, code, stream, words) => {
    const run = await runCli(argv, home);
    expect(run.code).toBe(code);
    expect(stream === 'out' ? run.out : run.err).toContain(words);
    // Nothing else on the other stream: results and problems never mix.
    expect(stream === 'out' ? run.err : run.out).toBe('');
  });

  it('a bug inside a command is exit 3 with a request to report it, not a crash', async () => {
    const broken: Command = {
      name: 'hong',
      summary: '',
      usage: '',
      run: () => Promise.reject(new Error('lỗi giả')),
    };
    let err = '';
    const code = await main(['hong'], { out: () => {}, err: (t) => (err += t), env: {}, platform: 'linux', home }, [broken]);
    expect(code).toBe(3);
    expect(err).toContain('Lỗi nội bộ của Soát');
    expect(err).toContain('lỗi giả');
  });
});
