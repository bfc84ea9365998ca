// `soat check FILE|- [--json] [--date YYYY-MM-DD] [--directive NUMBER]... [--library DIR]...`:
// checks a draft against the directive library (with people's edits) and any directive files in
// DIR, on the publication date. One greppable line per finding; exit 1 when there are errors.
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { asLibraryDirective, checkDraft, compileLibrary, parseDirective } from '../../core/index.ts';
import type { LibraryDirective, Report } from '../../core/index.ts';
import { decodeText } from '../../services/import/decodeText.ts';
import { importFile } from '../../services/import/importFile.ts';
import type { CliIo } from '../CliIo.ts';
import type { Command } from '../Command.ts';
import { EXIT } from '../exitCodes.ts';
import { formatReport } from '../formatReport.ts';
import { openCliLibrary } from '../openCliLibrary.ts';
import { commandArgs } from '../parseCliArgs.ts';

const usage = `Cách dùng: soat check TỆP|- [--json] [--date YYYY-MM-DD] [--directive SỐ]... [--library THƯ_MỤC]...

Kiểm tra một bản thảo (.txt, .docx, .pdf; "-" để đọc từ đầu vào chuẩn) với thư viện văn bản
chỉ đạo: số liệu mâu thuẫn, trích dẫn khẩu hiệu/cụm từ sai nguyên văn, viện dẫn văn bản sai,
và các nội dung yêu cầu mà bài chưa đề cập.

  --date YYYY-MM-DD   ngày đăng bài: chọn các văn bản còn hiệu lực (mặc định: hôm nay)
  --directive SỐ      văn bản bài viết thực hiện (lặp lại được); mặc định Soát tự nhận ra
  --library THƯ_MỤC   thêm các văn bản chỉ đạo trong thư mục cho lần chạy này (lặp lại được)
  --json              in báo cáo dạng JSON
  --db ĐƯỜNG          cơ sở dữ liệu thư viện

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 đầu vào không hợp lệ.
`;

const DOCUMENT = new Set(['.txt', '.docx', '.pdf', '.md']);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function readDraft(path: string, io: CliIo): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (path === '-') {
    const bytes = io.stdin ? await io.stdin() : new Uint8Array();
    const decoded = decodeText(bytes);
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: `đầu vào chuẩn: ${decoded.error.message}` };
  }
  const read = await importFile(path);
  return read.ok ? { ok: true, text: read.text } : { ok: false, message: `${path}: ${read.error.message}` };
}

async function directivesIn(dir: string): Promise<{ ok: true; value: LibraryDirective[] } | { ok: false; message: string }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => DOCUMENT.has(extname(n).toLowerCase())).sort();
  } catch {
    return { ok: false, message: `không đọc được thư mục "${dir}".` };
  }
  if (!names.length) return { ok: false, message: `thư mục "${dir}" không có văn bản .txt, .docx hay .pdf nào.` };
  const out: LibraryDirective[] = [];
  for (const name of names) {
    const read = await importFile(join(dir, name));
    if (!read.ok) return { ok: false, message: `${join(dir, name)}: ${read.error.message}` };
    out.push(asLibraryDirective(parseDirective(read.text, { file: name })));
  }
  return { ok: true, value: out };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'kiểm tra một bản thảo với các văn bản chỉ đạo',
  usage,
  async run(args, io) {
    const parsed = commandArgs(args, {
      json: { type: 'boolean' },
      date: { type: 'string' },
      directive: { type: 'string', multiple: true },
      library: { type: 'string', multiple: true },
    }, usage, io);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      io.err(`lỗi: cần đúng một bản thảo (tệp, hoặc "-" để đọc từ đầu vào chuẩn).\n\n${usage}`);
      return EXIT.badInput;
    }
    const date = typeof values['date'] === 'string' ? values['date'] : today();
    if (!validDate(date)) {
      io.err(`lỗi: ngày "${date}" không hợp lệ; hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-06-03.\n`);
      return EXIT.badInput;
    }
    const path = positionals[0]!;
    const draft = await readDraft(path, io);
    if (!draft.ok) {
      io.err(`lỗi: ${draft.message}\n`);
      return EXIT.badInput;
    }
    const extra: LibraryDirective[] = [];
    for (const dir of (values['library'] as unknown as string[] | undefined) ?? []) {
      const found = await directivesIn(dir);
      if (!found.ok) {
        io.err(`lỗi: --library ${found.message}\n`);
        return EXIT.badInput;
      }
      extra.push(...found.value);
    }
    const opened = await openCliLibrary(values['db'], io);
    if (!opened.ok) {
      io.err(`lỗi: ${opened.error.message}\n`);
      return EXIT.badInput;
    }
    let directives: LibraryDirective[];
    try {
      directives = opened.value.directives();
    } finally {
      opened.value.close();
    }
    // A file given with --library replaces the library's copy of the same directive for this run.
    const ids = new Set(extra.map((d) => d.id));
    const all = [...directives.filter((d) => !ids.has(d.id)), ...extra];
    const wanted = (values['directive'] as unknown as string[] | undefined) ?? [];
    const library = compileLibrary(all);
    const report: Report = checkDraft(draft.text, library, { date, ...(wanted.length ? { directives: wanted } : {}) });
    const unknown = wanted.filter((w) => !report.directives.some((d) => d.reason === 'given' && (d.id === w || d.number === w || d.id === w.replace(/\.[^.]+$/, ''))));
    if (unknown.length) {
      io.err(`lỗi: không có văn bản ${unknown.map((u) => `"${u}"`).join(', ')} trong thư viện (xem: soat directives list).\n`);
      return EXIT.badInput;
    }
    io.out(values['json'] === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(draft.text, report, path === '-' ? '-' : basename(path)));
    return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
