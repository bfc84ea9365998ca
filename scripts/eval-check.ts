// npm run eval — the checker against labelled drafts (../shared/eval, README there): precision
// and recall per finding kind, mustNotFlag hits, and theme coverage. Usage:
//   npm run eval [-- DRAFTS_DIR [DIRECTIVES_DIR]] [--verbose]
// The library is the built-in sample library plus the directives in DIRECTIVES_DIR if given.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { asLibraryDirective, checkDraft, compileLibrary, parseDirective } from '../src/core/index.ts';
import type { Finding, FindingKind } from '../src/core/index.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const shared = join(import.meta.dirname, '../../shared/eval/drafts');
const draftDir = resolve(args[0] ?? (existsSync(shared) ? shared : join(import.meta.dirname, '../test/fixtures/eval')));
const libraryDirs = [join(import.meta.dirname, '../resources/directives'), ...(args[1] ? [resolve(args[1])] : [])];

const directives = libraryDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => asLibraryDirective(parseDirective(readFileSync(join(dir, f), 'utf8'), { file: f }))),
);
const library = compileLibrary(directives);

interface Label { kind: FindingKind; text: string; occurrence?: number; expected?: string; directive?: string }
const ERRORS: FindingKind[] = ['figure-mismatch', 'figure-direction', 'quote-mismatch', 'citation-mismatch'];
const KINDS: FindingKind[] = [...ERRORS, 'figure-rounded', 'figure-format'];
const t: Record<string, { tp: number; fp: number; fn: number }> = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const mustNotHits: string[] = [];
let themeRight = 0;
let themeAll = 0;
const themeMisses: string[] = [];

function spanOf(text: string, needle: string, occurrence = 1): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}
const overlaps = (f: Finding, s: { start: number; end: number }): boolean => f.start < s.end && s.start < f.end;

const files = readdirSync(draftDir).filter((f) => f.endsWith('.json')).sort();
for (const file of files) {
  const label = JSON.parse(readFileSync(join(draftDir, file), 'utf8'));
  const text = readFileSync(join(draftDir, file.replace(/\.json$/, '.txt')), 'utf8');
  const report = checkDraft(text, library, { date: label.date, ...(label.directives ? { directives: label.directives } : {}) });
  const found = report.findings.filter((f) => f.kind !== 'theme-missing');
  const used = new Set<Finding>();
  const lines: string[] = [];
  for (const l of label.findings as Label[]) {
    const span = spanOf(text, l.text, l.occurrence);
    const hit = span && found.find((f) => f.kind === l.kind && !used.has(f) && overlaps(f, span));
    if (hit) {
      used.add(hit);
      t[l.kind]!.tp++;
    } else {
      t[l.kind]!.fn++;
      lines.push(`  missed ${l.kind}: “${l.text}” (expected ${l.expected})`);
    }
  }
  for (const f of found) {
    if (used.has(f)) continue;
    t[f.kind]!.fp++;
    lines.push(`  extra  ${f.kind}: “${f.actual}” → ${f.expected}`);
  }
  for (const m of label.mustNotFlag ?? []) {
    const span = spanOf(text, m.text, m.occurrence);
    if (!span) continue;
    const bad = found.find((f) => f.severity === 'error' && overlaps(f, span));
    if (bad) {
      mustNotHits.push(`${file}: “${m.text}” flagged as ${bad.kind}`);
      lines.push(`  MUST NOT: “${m.text}” flagged ${bad.kind}`);
    }
  }
  if (label.themes) {
    const byId = new Map(report.themes.map((x) => [x.id, x]));
    for (const [ids, want] of [[label.themes.covered ?? [], true], [label.themes.missing ?? [], false]] as const) {
      for (const id of ids) {
        themeAll++;
        const got = byId.get(id);
        if (got && got.covered === want) themeRight++;
        else {
          themeMisses.push(`${file}: ${id} should be ${want ? 'covered' : 'missing'} (score ${got?.score ?? 'absent'})`);
          lines.push(`  theme ${id}: want ${want ? 'covered' : 'missing'}, got ${got ? (got.covered ? 'covered' : 'missing') : 'absent'} (${got?.score})`);
        }
      }
    }
  }
  if (verbose && lines.length) console.log(`${file}\n${lines.join('\n')}`);
}

const pct = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
console.log(`\nSoát — checker against ${files.length} labelled drafts (${draftDir})\n`);
console.log('kind                precision  recall   (tp/fp/fn)');
const sum = { tp: 0, fp: 0, fn: 0 };
for (const k of KINDS) {
  const x = t[k]!;
  if (ERRORS.includes(k)) {
    sum.tp += x.tp;
    sum.fp += x.fp;
    sum.fn += x.fn;
  }
  console.log(`${k.padEnd(18)} ${pct(x.tp / (x.tp + x.fp)).padStart(9)}  ${pct(x.tp / (x.tp + x.fn)).padStart(6)}   (${x.tp}/${x.fp}/${x.fn})`);
}
const p = sum.tp / (sum.tp + sum.fp);
const r = sum.tp / (sum.tp + sum.fn);
console.log(`${'errors (all)'.padEnd(18)} ${pct(p).padStart(9)}  ${pct(r).padStart(6)}   (${sum.tp}/${sum.fp}/${sum.fn})`);
console.log(`\nmustNotFlag hits: ${mustNotHits.length}`);
for (const h of mustNotHits) console.log(`  ✗ ${h}`);
console.log(`theme coverage: ${themeRight}/${themeAll} right (${pct(themeRight / themeAll)})`);
if (verbose) for (const m of themeMisses) console.log(`  ${m}`);
const perKindOk = ERRORS.every((k) => {
  const x = t[k]!;
  const pk = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1;
  const rk = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 1;
  return pk >= 0.95 && rk >= 0.9;
});
const met = perKindOk && mustNotHits.length === 0;
console.log(`\nBar (each error kind: precision ≥ 0.95, recall ≥ 0.90; no mustNotFlag hit): ${met ? 'MET' : 'NOT MET'}`);
process.exitCode = met ? 0 : 1;
