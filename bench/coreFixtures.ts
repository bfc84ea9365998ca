// Inputs for the core benchmarks, built from the sample library and the labelled drafts only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export function sampleDirectives(): { file: string; text: string }[] {
  const dir = join(root, 'resources/directives');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** A draft of about `words` words: labelled drafts one after another. */
export function longDraft(words: number): string {
  const dir = join(root, 'test/fixtures/eval');
  const drafts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const d = drafts[i % drafts.length]!;
    parts.push(d);
    count += d.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

/** A directive of about `pages` pages (3.000 characters a page), PDF-style line breaks kept. */
export function longDirective(pages: number): string {
  const docs = sampleDirectives().map((d) => d.text);
  const head = docs[4]!;
  const bodies = docs.map((d) => d.slice(d.indexOf('Thực hiện')));
  let text = head;
  for (let i = 0; text.length < pages * 3000; i++) text += `\n${bodies[i % bodies.length]}`;
  return text;
}

/**
 * A library of n directives: the five samples under other numbers, provinces and figures, so
 * that nothing is shared by reference and every index really grows.
 */
export function manyDirectives(n: number): { file: string; text: string }[] {
  const base = sampleDirectives();
  const out: { file: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const d = base[i % base.length]!;
    const k = Math.floor(i / base.length) + 1;
    const text = d.text
      .replace(/(\d+)-(HD|KH|CV)\/(BTG\w+)/g, (_m, num: string, kind: string, iss: string) => `${Number(num) + k * 1000}-${kind}/${iss}`)
      .replace(/(\d+),(\d+)%/g, (_m, a: string, b: string) => `${a},${(Number(b) + k) % 100}%`);
    out.push({ file: `${d.file.replace('.txt', '')}-${k}.txt`, text });
  }
  return out;
}
