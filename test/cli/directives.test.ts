import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/services/library/openLibrary.ts';
import { dumpDatabase } from '../helpers/dumpDatabase.ts';
import { writeBadInputs, type BadInput } from './badInputFiles.ts';
import { runCli } from './runCli.ts';

const SAMPLE = readFileSync(join(import.meta.dirname, '../../resources/directives/004_3d1ad0c763a4d253.txt'), 'utf8');
/** A directive the samples do not have: the sample with another number. */
const OTHER = SAMPLE.replace('Số 98-HD/BTGThU', 'Số 101-HD/BTGThU');

const dir = mkdtempSync(join(tmpdir(), 'soat-cli-dir-'));
const bad: BadInput[] = writeBadInputs(join(dir, 'bad'));
let db: string;
let n = 0;

beforeAll(() => {
  writeFileSync(join(dir, 'hd101.txt'), OTHER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  db = join(dir, `library-${++n}.db`);
});

const soat = (...argv: string[]) => runCli(argv, dir);

describe('soat directives list', () => {
  it('a new library holds the five samples', async () => {
    const run = await soat('directives', 'list', '--db', db);
    expect(run).toMatchObject({ code: 0, err: '' });
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(run.out).toMatch(/^98-HD\/BTGThU\s+HD\s+05\/06\/2023\s+đang áp dụng\s+tuyên truyền kết quả Hội nghị/mu);
    expect(run.out).toContain('5 văn bản');
  });

  it('--json lists the summaries', async () => {
    const run = await soat('directives', 'list', '--json', '--db', db);
    const list = JSON.parse(run.out) as { id: string; status: string }[];
    expect(list.map((d) => d.id)).toContain('1383-CV/BTGTU');
    expect(list.every((d) => d.status === 'active')).toBe(true);
  });

  it('without --db uses soat.db in $XDG_CONFIG_HOME/Soat, made if missing', async () => {
    const config = join(dir, `config-${n}`);
    const run = await runCli(['directives', 'list'], dir, { XDG_CONFIG_HOME: config });
    expect(run.code).toBe(0);
    expect(run.out).toContain(join(config, 'Soat', 'soat.db'));
    expect(existsSync(join(config, 'Soat', 'soat.db'))).toBe(true);
  });

  it('a --db in a folder that does not exist is refused', async () => {
    const run = await soat('directives', 'list', '--db', join(dir, 'khong-co', 'x.db'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không mở được cơ sở dữ liệu');
  });

  it('a --db that is not a database is refused and left alone', async () => {
    writeFileSync(db, 'không phải cơ sở dữ liệu '.repeat(100));
    const run = await soat('directives', 'list', '--db', db);
    expect(run.code).toBe(2);
    expect(run.err).toContain('không phải cơ sở dữ liệu của Soát');
    expect(readFileSync(db, 'utf8')).toBe('không phải cơ sở dữ liệu '.repeat(100));
  });
});

describe('soat directives show', () => {
  it.each(['98-HD/BTGThU', '98-hd/btgthu', '003_b92c07f4aea6394b'])('shows %s', async (number) => {
    const run = await soat('directives', 'show', number, '--db', db);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Trạng thái: đang áp dụng');
  });

  it('--json is the parse JSON plus status', async () => {
    const run = await soat('directives', 'show', '1383-CV/BTGTU', '--json', '--db', db);
    expect(JSON.parse(run.out)).toMatchObject({ id: '1383-CV/BTGTU', kind: 'CV', issuedOn: '2024-05-22', status: 'active' });
  });

  it('an unknown number is exit 2', async () => {
    const run = await soat('directives', 'show', '12-HD/XYZ', '--db', db);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('không có văn bản "12-HD/XYZ" trong thư viện');
  });
});

describe('soat directives import', () => {
  it('adds, then changes nothing on the same file again', async () => {
    const first = await soat('directives', 'import', join(dir, 'hd101.txt'), '--db', db);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('Đã thêm: 101-HD/BTGThU');
    const before = dumpDatabase(db);
    const again = await soat('directives', 'import', join(dir, 'hd101.txt'), '--db', db);
    expect(again.out).toContain('Không thay đổi: 101-HD/BTGThU');
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('a new version keeps a lead’s edits', async () => {
    await soat('directives', 'import', join(dir, 'hd101.txt'), '--db', db);
    const opened = await openLibrary(db);
    if (!opened.ok) throw new Error(opened.error.message);
    const library = opened.value;
    const [figure] = library.items('101-HD/BTGThU', 'figure')!;
    const [theme] = library.items('101-HD/BTGThU', 'theme')!;
    expect(library.updateItem('101-HD/BTGThU', 'figure', figure!.key, { approx: 'ước tính' }, 'Lan').ok).toBe(true);
    expect(library.setThemeRequired('101-HD/BTGThU', String(theme!.item['path']), false, 'Lan').ok).toBe(true);
    expect(library.setStatus('101-HD/BTGThU', 'retired', 'Lan').ok).toBe(true);
    library.close();

    writeFileSync(join(dir, 'hd101-v2.txt'), OTHER.replace('I. MỤC ĐÍCH, YÊU CẦU', 'I. MỤC ĐÍCH, YÊU CẦU\n\tVăn bản sửa đổi, bổ sung.'));
    const run = await soat('directives', 'import', join(dir, 'hd101-v2.txt'), '--db', db);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Đã cập nhật: 101-HD/BTGThU');

    const shown = JSON.parse((await soat('directives', 'show', '101-HD/BTGThU', '--json', '--db', db)).out);
    expect(shown.status).toBe('retired');
    expect(shown.figures[0].approx).toBe('ước tính');
    expect(shown.themes[0].required).toBe(false);
    expect(shown.file).toBe('hd101-v2.txt');
  });

  it.each(bad)('refuses a $name with exit 2 and leaves the library as it was', async (input) => {
    await soat('directives', 'list', '--db', db);
    const before = dumpDatabase(db);
    const run = await soat('directives', 'import', join(dir, 'hd101.txt'), input.path, '--db', db);
    expect({ input: input.name, code: run.code, out: run.out }).toEqual({ input: input.name, code: 2, out: '' });
    expect(run.err).toContain(input.says);
    expect(run.err).toContain('Không nhập tệp nào');
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('bad input does not even create a database', async () => {
    const run = await soat('directives', 'import', bad.find((b) => b.name === 'empty file')!.path, '--db', db);
    expect(run.code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });

  it('a number already used by another issuer is refused, nothing written', async () => {
    writeFileSync(join(dir, 'clash.txt'), SAMPLE.replace('THÀNH ỦY LAI CHÂU', 'THÀNH ỦY ĐIỆN BIÊN PHỦ').replace('Lai Châu, ngày', 'Điện Biên Phủ, ngày'));
    await soat('directives', 'list', '--db', db);
    const before = dumpDatabase(db);
    const run = await soat('directives', 'import', join(dir, 'hd101.txt'), join(dir, 'clash.txt'), '--db', db);
    expect(run.code).toBe(2);
    expect(run.err).toContain('trùng số hiệu');
    expect(dumpDatabase(db)).toEqual(before);
  });
});
