// npm run bench — articles: importing and checking 1,000 articles (a folder of .txt, .md and .docx
// made from the sample drafts, varied), and the month audit over a database of 20,000 articles
// (rows generated directly in SQL, distributed like a provincial newsroom's half year). Medians.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Document, Packer, Paragraph } from 'docx';
import type { LibraryDirective } from '../src/core/index.ts';
import { createChecker } from '../src/services/articles/createChecker.ts';
import { openArticleStore } from '../src/services/articles/openArticleStore.ts';
import { openLibrary } from '../src/services/library/openLibrary.ts';
import { line, median, timeMedian } from './measure.ts';

const root = join(import.meta.dirname, '..');

/** The sample drafts: the labelled ones and the one in resources/samples. */
function sampleDrafts(): { name: string; text: string }[] {
  const evalDir = join(root, 'test/fixtures/eval');
  const drafts = readdirSync(evalDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/u, ''), text: readFileSync(join(evalDir, f), 'utf8') }));
  const samples = join(root, 'resources/samples');
  for (const f of readdirSync(samples).filter((x) => x.endsWith('.txt'))) drafts.push({ name: f.replace(/\.txt$/u, ''), text: readFileSync(join(samples, f), 'utf8') });
  return drafts;
}

/** A small deterministic random source, so every run measures the same articles. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * n varied articles: a draft, sometimes with a paragraph of another appended, a figure altered
 * now and then (so some articles have conflicts the originals lack), its own closing line; dates
 * spread over June 2024; 85% .txt, 10% .md with front matter, 5% .docx.
 */
async function articleFolder(n: number, dir: string): Promise<string> {
  const drafts = sampleDrafts();
  const next = random(42);
  const folder = join(dir, 'bai');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) {
    const base = drafts[i % drafts.length]!;
    const other = drafts[Math.floor(next() * drafts.length)]!;
    const paragraphs = other.text.split(/\n\s*\n/u).filter((p) => p.trim().length > 80);
    let text = base.text;
    if (next() < 0.5 && paragraphs.length) text += `\n\n${paragraphs[Math.floor(next() * paragraphs.length)]}`;
    if (next() < 0.3) text = text.replace(/(\d+),(\d)(\d)?%/u, (_m, a: string, b: string) => `${a},${(Number(b) + 1) % 10}%`);
    text += `\n\nBài số ${i + 1}, phóng viên ${['Minh Anh', 'Thu Hà', 'Quốc Việt', 'Lan Chi'][i % 4]}.`;
    const day = String(1 + (i % 30)).padStart(2, '0');
    const name = `2024-06-${day}-${String(i).padStart(4, '0')}-${base.name}`;
    const kind = next();
    if (kind < 0.05) {
      const doc = new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] });
      writeFileSync(join(folder, `${name}.docx`), await Packer.toBuffer(doc));
    } else if (kind < 0.15) {
      writeFileSync(join(folder, `${name}.md`), `---\ntitle: ${text.split('\n')[0]}\ndate: 2024-06-${day}\nauthor: Minh Anh\n---\n${text}`);
    } else {
      writeFileSync(join(folder, `${name}.txt`), text);
    }
  }
  return folder;
}

async function benchImport(print: (s: string) => void): Promise<void> {
  const N = 1000;
  const RUNS = 3;
  const work = mkdtempSync(join(tmpdir(), 'soat-bench-import-'));
  try {
    const folder = await articleFolder(N, work);
    const times: number[] = [];
    let summary = '';
    for (let run = 0; run < RUNS; run++) {
      const path = join(work, `run-${run}.db`);
      const library = await openLibrary(path);
      if (!library.ok) throw new Error(library.error.message);
      const store = openArticleStore(path);
      if (!store.ok) throw new Error(store.error.message);
      const t0 = performance.now();
      // What a real import does: read the library, compile it once, then read, check and store
      // every article in its own transaction.
      const checker = createChecker(library.value.directives());
      const result = await store.value.importFrom(folder, checker, { defaults: { outlet: 'Báo Bình Phước' } });
      times.push(performance.now() - t0);
      if (!result.ok) throw new Error(result.error.message);
      summary = `${result.value.added} bài, ${result.value.failed.length} lỗi đọc`;
      store.value.close();
      library.value.close();
    }
    const ms = median(times);
    print(line(`  nhập và kiểm tra ${N.toLocaleString('vi-VN')} bài (.txt/.md/.docx; ${summary})`, `${(ms / 1000).toFixed(1)} s`, '< 20 s', ms < 20_000));
    print(`    (${(ms / N).toFixed(1)} ms mỗi bài; trung vị của ${RUNS} lần, mỗi lần một cơ sở dữ liệu mới)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A database of `total` articles written straight into the tables, shaped like checked articles:
 * spread over `months` months of 2024 (busier mid-week), three outlets, 1–2 directives applied
 * per article with their real themes (about 40% covered), conflicts for about a third of the
 * articles (two thirds of them resolved), one article in six with a second version.
 */
function generateArticles(path: string, directives: LibraryDirective[], total: number, months: number[]): void {
  const next = random(7);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const text = sampleDrafts()[0]!.text;
  const outlets = ['Báo Bình Phước', 'Báo Bình Phước', 'Đài PT-TH Bình Phước', 'Cổng thông tin điện tử tỉnh'];
  const kinds = ['figure-mismatch', 'figure-mismatch', 'figure-direction', 'figure-rounded', 'figure-format', 'quote-mismatch', 'citation-mismatch'];
  const withThemes = directives.filter((d) => d.themes.length);
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, title, outlet, section, author, published_on, origin, version, status, open_errors, open_warnings, created_at, updated_at)
     VALUES (?, ?, ?, 'Thời sự', 'Phóng viên', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO article_versions (article_id, version, text, content_hash, title, published_on, reason, checked_at, errors, warnings, themes_covered, themes_missing)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDirective = db.prepare(`INSERT INTO article_directives (article_id, version, directive_id, number, title, kind, reason, score, in_force) VALUES (?, ?, ?, ?, ?, ?, 'similar', 0.3, 1)`);
  const insertTheme = db.prepare(
    `INSERT INTO article_themes (article_id, version, theme_id, directive_id, path, heading, required, covered, score) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertFinding = db.prepare(
    `INSERT INTO article_findings (article_id, version, position, finding_key, kind, severity, start_offset, end_offset, actual, expected, message,
       theme_id, resolution, reason, resolved_by, resolved_at, superseded_by) VALUES (?, ?, ?, ?, ?, ?, 10, 15, '5,86%', '5,66%', 'Số liệu khác.', ?, ?, ?, ?, ?, ?)`,
  );
  const supersede = db.prepare('UPDATE article_findings SET superseded_by = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE articles SET status = ?, open_errors = ?, open_warnings = ? WHERE id = ?');
  db.transaction(() => {
    for (let id = 1; id <= total; id++) {
      const month = months[Math.floor(next() * months.length)]!;
      // Fewer articles at weekends: draw twice and keep the weekday when one is.
      let day = 1 + Math.floor(next() * 28);
      if (new Date(Date.UTC(2024, month - 1, day)).getUTCDay() % 6 === 0 && next() < 0.6) day = 1 + Math.floor(next() * 28);
      const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const versions = next() < 1 / 6 ? 2 : 1;
      const applied = [withThemes[Math.floor(next() * withThemes.length)]!];
      if (next() < 0.3) applied.push(withThemes[Math.floor(next() * withThemes.length)]!);
      const conflicts = next() < 0.35 ? 1 + Math.floor(next() * 3) : 0;
      let openErrors = 0;
      let openWarnings = 0;
      const stamp = `${date}T09:00:00.000Z`;
      insertArticle.run(id, `Bài số ${id}`, outlets[id % outlets.length]!, date, `bench:${id}`, versions, 'open', 0, 0, stamp, stamp);
      let previous: number[] = [];
      for (let v = 1; v <= versions; v++) {
        insertVersion.run(id, v, text, `hash-${id}-${v}`, `Bài số ${id}`, date, v === 1 ? 'new' : 'text', stamp, conflicts, 0, 0, 0);
        let position = 1;
        const current: number[] = [];
        for (const d of new Set(applied)) {
          insertDirective.run(id, v, d.id, d.number, d.title, d.kind);
          for (const t of d.themes.filter((x) => x.required)) {
            const covered = next() < 0.4 ? 1 : 0;
            insertTheme.run(id, v, t.id, d.id, t.path, t.heading, covered, covered ? 0.4 : 0.1);
            if (!covered) {
              insertFinding.run(id, v, position++, `theme-missing:${t.id}`, 'theme-missing', 'warning', t.id, null, null, null, null, null);
              if (v === versions) openWarnings++;
            }
          }
        }
        for (let c = 0; c < conflicts; c++) {
          const kind = kinds[Math.floor(next() * kinds.length)]!;
          const severity = kind === 'figure-rounded' || kind === 'figure-format' ? 'warning' : 'error';
          const last = v === versions;
          const resolution = !last ? null : next() < 0.66 ? (next() < 0.7 ? 'fixed' : 'dismissed') : null;
          const row = insertFinding.run(id, v, position++, `${kind}:${c}`, kind, severity, null, resolution, resolution === 'dismissed' ? 'Số liệu của tỉnh' : null, resolution ? 'Biên tập viên' : null, resolution ? stamp : null, null);
          current.push(Number(row.lastInsertRowid));
          if (last && !resolution) {
            if (severity === 'error') openErrors++;
            else openWarnings++;
          }
        }
        // The earlier version's conflicts persisted into this one.
        previous.forEach((old, i) => {
          if (current[i] !== undefined) supersede.run(current[i], old);
        });
        previous = current;
      }
      const status = openErrors ? 'open' : next() < 0.5 ? 'resolved' : 'signed';
      setStatus.run(status, openErrors, openWarnings, id);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** `cellTarget`: opening a cell's list, in ms — 100 for a realistic month, the audit's own 500 when all 20,000 are in it. */
async function benchMonthAudit(print: (s: string) => void, label: string, months: number[], auditMonth: string, cellTarget: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'soat-bench-audit-'));
  try {
    const path = join(work, 'soat.db');
    const library = await openLibrary(path);
    if (!library.ok) throw new Error(library.error.message);
    const directives = library.value.directives();
    const t0 = performance.now();
    generateArticles(path, directives, 20_000, months);
    const generated = performance.now() - t0;
    const store = openArticleStore(path);
    if (!store.ok) throw new Error(store.error.message);
    let articles = 0;
    const all = timeMedian(() => (articles = store.value.audit({ month: auditMonth }, directives).totals.articles), 15, 2);
    const one = timeMedian(() => store.value.audit({ month: auditMonth, outlet: 'Đài PT-TH Bình Phước' }, directives), 15, 2);
    const cell = timeMedian(() => store.value.list({ month: auditMonth, themeId: directives.find((d) => d.themes.length)!.themes[0]!.id, limit: 100 }), 15, 2);
    print(line(`  kiểm toán tháng, ${label} (${articles.toLocaleString('vi-VN')} bài trong tháng)`, `${all.toFixed(0)} ms`, '< 500 ms', all < 500));
    print(line('    cùng tháng, một cơ quan báo chí', `${one.toFixed(0)} ms`, '< 500 ms', one < 500));
    print(line('    mở một ô của bản đồ nhiệt (danh sách bài)', `${cell.toFixed(0)} ms`, `< ${cellTarget} ms`, cell < cellTarget));
    print(`    (sinh 20.000 bài thẳng vào SQL: ${(generated / 1000).toFixed(1)} s)`);
    store.value.close();
    library.value.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchArticles(print: (s: string) => void): Promise<void> {
  print('\nBài viết: nhập hàng loạt và kiểm toán tháng');
  await benchImport(print);
  await benchMonthAudit(print, '20.000 bài trong 6 tháng', [1, 2, 3, 4, 5, 6], '2024-06', 100);
  await benchMonthAudit(print, '20.000 bài dồn cả vào một tháng', [6], '2024-06', 500);
}
