// npm run bench — speed targets, measured as medians of repeated runs on this machine.
import { asLibraryDirective, checkDraft, compileLibrary, normalizeText, parseDirective } from '../src/core/index.ts';
import { scanNumbers } from '../src/core/text/numbers.ts';
import { line, timeMedian } from './measure.ts';
import { longDirective, longDraft, manyDirectives, sampleDirectives } from './coreFixtures.ts';

const out: string[] = [];
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
const checkMs = timeMedian(() => checkDraft(draft, builtIn, { date }), 30);
print(line(`  bản thảo ${words} từ, thư viện có sẵn (5 văn bản)`, `${checkMs.toFixed(2)} ms`, '2 ms', checkMs <= 2));

const global = globalThis as { gc?: () => void };
global.gc?.();
const before = process.memoryUsage().heapUsed;
const hundred = compileLibrary(manyDirectives(100).map((d) => asLibraryDirective(parseDirective(d.text, { file: d.file }))));
global.gc?.();
const memory = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
const check100 = timeMedian(() => checkDraft(draft, hundred, { date }), 15);
print(line(`  bản thảo ${words} từ, thư viện 100 văn bản`, `${check100.toFixed(2)} ms`, '10 ms', check100 <= 10));
print(line('  bộ nhớ của thư viện 100 văn bản (đã biên dịch)', `${memory.toFixed(1)} MB`, '< 50 MB', memory < 50));
const scanMs = timeMedian(() => scanNumbers(normalizeText(draft).text), 30);
print(line('  tỷ lệ kiểm tra / một lượt chuẩn hóa và quét số', `${(checkMs / scanMs).toFixed(1)}×`, 'càng nhỏ càng tốt', true));
print(`    (một lượt chuẩn hóa và quét số: ${scanMs.toFixed(3)} ms)`);
