import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/makePdf.ts';
import { writeBadInputs, type BadInput } from './badInputFiles.ts';
import { runCli } from './runCli.ts';

const SAMPLES = join(import.meta.dirname, '../../resources/directives');
const SAMPLE = join(SAMPLES, '004_3d1ad0c763a4d253.txt');
const GOLD_KEYS = ['kind', 'number', 'issuer', 'issuedOn', 'title', 'implements', 'validity', 'figures', 'quotes', 'references', 'sections'];
const GOLD_FIGURE_KEYS = ['text', 'value', 'unit', 'subject', 'period', 'change', 'approx', 'sentence'];

const dir = mkdtempSync(join(tmpdir(), 'soat-cli-parse-'));
const bad: BadInput[] = writeBadInputs(join(dir, 'bad'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soat parse', () => {
  it('prints a Vietnamese summary', async () => {
    const run = await runCli(['parse', SAMPLE], dir);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Hướng dẫn số 98-HD/BTGThU');
    expect(run.out).toContain('Cơ quan ban hành: Ban Tuyên giáo Thành ủy Lai Châu');
    expect(run.out).toContain('Ngày ban hành: 05/06/2023');
    expect(run.out).toMatch(/Số liệu \(\d+\):/u);
  });

  it('--json prints the gold schema, without the text', async () => {
    const run = await runCli(['parse', SAMPLE, '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(GOLD_KEYS));
    expect(json).toMatchObject({ file: '004_3d1ad0c763a4d253.txt', kind: 'HD', number: '98-HD/BTGThU', issuedOn: '2023-06-05' });
    expect(json).not.toHaveProperty('text');
    for (const figure of json['figures'] as object[]) expect(Object.keys(figure)).toEqual(expect.arrayContaining(GOLD_FIGURE_KEYS));
  });

  it.each([
    ['UTF-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), 'a.txt'],
    ['UTF-16 LE with BOM', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf-16le')]), 'b.txt'],
    ['UTF-16 BE without BOM', (t: string) => iconv.encode(t, 'utf-16be'), 'c.txt'],
    ['Windows line endings', (t: string) => Buffer.from(t.replace(/\n/gu, '\r\n')), 'd.txt'],
  ])('reads %s the same as UTF-8', async (_name, encode, file) => {
    writeFileSync(join(dir, file), encode(readFileSync(SAMPLE, 'utf8')));
    const run = await runCli(['parse', join(dir, file), '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ number: '98-HD/BTGThU', issuer: 'Ban Tuyên giáo Thành ủy Lai Châu', issuedOn: '2023-06-05' });
  });

  it('reads a .docx and a .pdf', async () => {
    const lines = readFileSync(SAMPLE, 'utf8').split('\n').slice(0, 40).map((l) => l.replace(/\t/gu, ' ').trim()).filter((l) => l !== '');
    writeFileSync(join(dir, 'hd.docx'), await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));
    const header = [
      [{ x: 60, y: 780, text: 'THÀNH ỦY LAI CHÂU' }, { x: 330, y: 780, text: 'ĐẢNG CỘNG SẢN VIỆT NAM' }],
      [{ x: 70, y: 765, text: 'BAN TUYÊN GIÁO' }],
      [{ x: 70, y: 750, text: 'Số 98-HD/BTGThU' }, { x: 320, y: 750, text: 'TP. Lai Châu, ngày 05 tháng 6 năm 2023' }],
      [{ x: 250, y: 720, text: 'HƯỚNG DẪN' }],
      [{ x: 150, y: 705, text: 'tuyên truyền kết quả Hội nghị Trung ương' }],
    ].flat();
    writeFileSync(join(dir, 'hd.pdf'), makePdf([header, [{ x: 60, y: 780, text: 'I. MỤC ĐÍCH, YÊU CẦU' }]]));
    for (const file of ['hd.docx', 'hd.pdf']) {
      const run = await runCli(['parse', join(dir, file), '--json'], dir);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ number: '98-HD/BTGThU', kind: 'HD', issuedOn: '2023-06-05' });
    }
  });

  it.each(bad)('refuses a $name with exit 2 and a Vietnamese reason on stderr', async (input) => {
    const run = await runCli(['parse', input.path], dir);
    expect({ code: run.code, out: run.out }).toEqual({ code: 2, out: '' });
    expect(run.err).toContain(input.says);
    expect(run.err).toContain(input.path);
  });
});
