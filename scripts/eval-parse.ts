// npm run eval:parse — the directive parser against ../shared/gold: precision and recall per
// field, over every directive that has a gold file. Pass a gold folder and a directive folder to
// measure on others: `npm run eval:parse -- GOLD_DIR DIRECTIVES_DIR`.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalTones, parseDirective } from '../src/core/index.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
// ../shared beside the checkout when it is there; the copies in test/fixtures otherwise (a clean clone).
const shared = join(import.meta.dirname, '../../shared');
const goldDir = resolve(args[0] ?? (existsSync(join(shared, 'gold/directives')) ? join(shared, 'gold/directives') : join(import.meta.dirname, '../test/fixtures/gold')));
const docDir = resolve(args[1] ?? (existsSync(join(shared, 'directives')) ? join(shared, 'directives') : join(import.meta.dirname, '../resources/directives')));

type Json = Record<string, any>;
const key = (s: unknown): string => canonicalTones(String(s ?? '')).toLowerCase().replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const totals: Record<string, Tally> = {};
const fieldHits: Record<string, { right: number; all: number }> = {};
const note = (field: string, ok: boolean): void => {
  const f = (fieldHits[field] ??= { right: 0, all: 0 });
  f.all++;
  if (ok) f.right++;
};

/** Matches gold items to found items one to one by a key; returns the pairs and counts. */
function match<T, U>(gold: T[], found: U[], gk: (g: T) => string, fk: (f: U) => string, list: string): [T, U][] {
  const pool = new Map<string, U[]>();
  for (const f of found) pool.set(fk(f), [...(pool.get(fk(f)) ?? []), f]);
  const pairs: [T, U][] = [];
  const t = (totals[list] ??= tally());
  const missing: string[] = [];
  for (const g of gold) {
    const bucket = pool.get(gk(g));
    if (bucket?.length) {
      pairs.push([g, bucket.shift()!]);
      t.tp++;
    } else {
      t.fn++;
      missing.push(gk(g));
    }
  }
  const extra = [...pool.values()].flat();
  t.fp += extra.length;
  if (verbose && (missing.length || extra.length)) {
    for (const m of missing) console.log(`    ${list} missing: ${m}`);
    for (const e of extra) console.log(`    ${list} extra:   ${fk(e)}`);
  }
  return pairs;
}

const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const docFails: string[] = [];
for (const file of files) {
  const gold: Json = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const docPath = join(docDir, gold.file ?? file.replace(/\.json$/, '.txt'));
  if (!existsSync(docPath)) continue;
  const d = parseDirective(readFileSync(docPath, 'utf8'), { file: gold.file });
  if (verbose) console.log(`\n${gold.file}`);
  for (const field of ['kind', 'number', 'issuedOn', 'issuer', 'title'] as const) {
    const ok = key(gold[field]) === key((d as Json)[field]);
    note(field, ok);
    if (!ok && (field === 'kind' || field === 'number' || field === 'issuedOn')) docFails.push(`${gold.file} ${field}: ${d[field]} ≠ ${gold[field]}`);
    if (!ok && verbose) console.log(`    ${field}: ${JSON.stringify(d[field])} ≠ ${JSON.stringify(gold[field])}`);
  }
  // A validity that starts in a month ("từ tháng 7/2024") is written "2024-07" by some golds and
  // "2024-07-01" by others: the same first day.
  const span = (v: { from: string; to: string | null } | null): string => (v ? `${v.from.replace(/^(\d{4}-\d{2})$/u, '$1-01')}..${v.to}` : 'null');
  const gv = span(gold.validity);
  const dv = span(d.validity);
  note('validity', gv === dv);
  if (gv !== dv) docFails.push(`${gold.file} validity: ${dv} ≠ ${gv}`);

  const figurePairs = match(gold.figures, d.figures, (g: Json) => key(g.text), (f) => key(f.text), 'figures');
  for (const [g, f] of figurePairs) {
    note('figure.value', JSON.stringify(g.value) === JSON.stringify(f.value));
    note('figure.unit', key(g.unit) === key(f.unit));
    note('figure.period', key(g.period) === key(f.period));
    note('figure.change', (g.change ?? null) === (f.change ?? null));
    note('figure.approx', (g.approx ?? null) === (f.approx ?? null));
    note('figure.subject', key(g.subject) === key(f.subject));
  }
  const quotePairs = match(gold.quotes, d.quotes, (g: Json) => key(g.text), (q) => key(q.text), 'quotes');
  for (const [g, q] of quotePairs) note('quote.type', g.type === q.type);
  const refPairs = match(gold.references, d.references, (g: Json) => key(g.number), (r) => key(r.number), 'references');
  for (const [g, r] of refPairs) {
    for (const field of ['kind', 'date', 'issuer', 'title'] as const) {
      const ok = key(g[field]) === key((r as Json)[field]);
      note(`reference.${field}`, ok);
      if (!ok && verbose) console.log(`    reference ${g.number} ${field}: ${JSON.stringify((r as Json)[field])} ≠ ${JSON.stringify(g[field])}`);
    }
  }
  match(gold.implements, d.implements, (g: Json) => key(g.number), (r) => key(r.number), 'implements');
  const sectionPairs = match(gold.sections, d.sections, (g: Json) => g.path, (s) => s.path, 'sections');
  for (const [g, s] of sectionPairs) note('section.heading', key(g.heading) === key(s.heading));
}

const pct = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
console.log(`\nSoát — directive parser against ${files.length} gold files (${goldDir})\n`);
console.log('list         precision  recall   f1     (tp/fp/fn)');
for (const [list, t] of Object.entries(totals)) {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  console.log(`${list.padEnd(12)} ${pct(p).padStart(9)}  ${pct(r).padStart(6)}  ${pct((2 * p * r) / (p + r)).padStart(5)}   (${t.tp}/${t.fp}/${t.fn})`);
}
console.log('\nfield                 accuracy');
for (const [field, f] of Object.entries(fieldHits)) console.log(`${field.padEnd(20)}  ${pct(f.right / f.all)}  (${f.right}/${f.all})`);
if (docFails.length) {
  console.log('\nDocument fields that must be right on every document:');
  for (const f of docFails) console.log(`  ✗ ${f}`);
}
const bar = ['figures', 'quotes', 'references'].every((l) => {
  const t = totals[l];
  return t && t.tp / (t.tp + t.fp) >= 0.95 && t.tp / (t.tp + t.fn) >= 0.95;
});
console.log(`\nBar (figures, quotes, references ≥ 0.95; kind, number, date, validity right everywhere): ${bar && !docFails.length ? 'MET' : 'NOT MET'}`);
process.exitCode = bar && !docFails.length ? 0 : 1;
