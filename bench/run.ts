// npm run bench — speed targets, measured as medians of repeated runs on this machine.
import { asLibraryDirective, checkDraft, compileLibrary, normalizeText, parseDirective } from '../src/core/index.ts';
import { scanNumbers } from '../src/core/text/numbers.ts';
import { forgetDraftReadings } from '../src/core/check/analyzeDraft.ts';
import { line, timeMedian } from './measure.ts';
import { longDirective, longDraft, manyDirectives, sampleDirectives } from './coreFixtures.ts';

const out: string[] = [];
/** The draft with its n-th word (cycling through the text) changed, as one keystroke pause would. */
function editedDraft(text: string, n: number): string {
  const spaces: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ' ') spaces.push(i);
  const at = spaces[(n * 37) % spaces.length]!;
  return `${text.slice(0, at)} sửa${n}${text.slice(at)}`;
}

const print = (s: string): void => {
  out.push(s);
  console.log(s);
};

print('Soát — npm run bench (trung vị các lần chạy lặp)\n');
print('Phân tích văn bản chỉ đạo (parseDirective)');
for (const d of sampleDirectives()) {
  const ms = timeMedian(() => parseDirective(d.text, { file: d.file }), 30);
  print(line(`  ${d.file} (${Math.round(d.text.length / 1000)} nghìn ký tự)`, `${ms.toFixed(2)} ms`, '< 20 ms', ms < 20));
}
const big = longDirective(100);
const bigMs = timeMedian(() => parseDirective(big, { file: 'dai-100-trang.txt' }), 7, 1);
print(line(`  văn bản 100 trang (${Math.round(big.length / 1000)} nghìn ký tự)`, `${bigMs.toFixed(1)} ms`, '< 200 ms', bigMs < 200));

print('\nKiểm tra bản thảo (checkDraft)');
const draft = longDraft(2000);
const words = draft.split(/\s+/).length;
const builtIn = compileLibrary(sampleDirectives().map((d) => asLibraryDirective(parseDirective(d.text, { file: d.file }))));
const date = '2024-06-15';
// Cold: every sentence read for the first time. As an editor types: one word changed each time,
// so only that sentence is new (what live checking does on every pause).
const coldMs = timeMedian(() => {
  builtIn.themes.sentences.clear();
  forgetDraftReadings();
  return checkDraft(draft, builtIn, { date });
}, 30);
let edit = 0;
// Typing is a steady state (an editor checks the same draft hundreds of times): measured after
// the engine has warmed up to it, as in the app after the first minute.
const TYPING_WARM = 300;
const typingMs = timeMedian(() => checkDraft(editedDraft(draft, edit++), builtIn, { date }), 100, TYPING_WARM);
const checkMs = typingMs;
print(line(`  bản thảo ${words} từ, thư viện có sẵn, khi sửa một từ`, `${typingMs.toFixed(2)} ms`, '2 ms', typingMs <= 2));
print(line(`  bản thảo ${words} từ, thư viện có sẵn, lần đầu`, `${coldMs.toFixed(2)} ms`, '2 ms', coldMs <= 2));

// Memory is measured between two full collections (npm run bench starts node with --expose-gc).
const global = globalThis as { gc?: () => void };
if (!global.gc) print('  (không có --expose-gc: bộ nhớ đo kèm rác chưa thu gom)');
global.gc?.();
const before = process.memoryUsage().heapUsed;
const hundred = compileLibrary(manyDirectives(100).map((d) => asLibraryDirective(parseDirective(d.text, { file: d.file }))));
global.gc?.();
const memory = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
const check100 = timeMedian(() => checkDraft(editedDraft(draft, edit++), hundred, { date }), 100, TYPING_WARM);
const cold100 = timeMedian(() => {
  hundred.themes.sentences.clear();
  forgetDraftReadings();
  return checkDraft(draft, hundred, { date });
}, 15);
print(line(`  bản thảo ${words} từ, thư viện 100 văn bản, khi sửa một từ`, `${check100.toFixed(2)} ms`, '10 ms', check100 <= 10));
print(line(`  bản thảo ${words} từ, thư viện 100 văn bản, lần đầu`, `${cold100.toFixed(2)} ms`, '10 ms', cold100 <= 10));
print(line('  bộ nhớ của thư viện 100 văn bản (đã biên dịch)', `${memory.toFixed(1)} MB`, '< 50 MB', memory < 50));
const scanMs = timeMedian(() => scanNumbers(normalizeText(draft).text), 30);
print(line('  tỷ lệ kiểm tra (khi sửa một từ) / một lượt chuẩn hóa và quét số', `${(checkMs / scanMs).toFixed(1)}×`, 'càng nhỏ càng tốt', true));
print(line('  tỷ lệ kiểm tra (lần đầu) / một lượt chuẩn hóa và quét số', `${(coldMs / scanMs).toFixed(1)}×`, 'càng nhỏ càng tốt', true));
print(`    (một lượt chuẩn hóa và quét số: ${scanMs.toFixed(3)} ms)`);
await (await import('./audit.ts')).benchArticles(print);

// The desktop app in the browser harness (bench/app.ts).
const { benchApp } = await import('./app.ts');
await benchApp(print);
