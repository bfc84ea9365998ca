#!/usr/bin/env node
// `npm test` — the one test command. On a fresh machine it first installs what the tests
// need, then runs, in order: npm dependencies (if missing) → system packages (Chromium for
// the browser tests, poppler-utils' pdftotext, DejaVu fonts) → `npm run typecheck` →
// `npm run build` (browser tests load the built renderer) → `vitest run` (all tests).
// Idempotent: a second run installs nothing. Every step runs even if an earlier one failed,
// so one run shows every problem; the exit code is non-zero if any step failed.
// Extra arguments go to vitest: `npm test -- test/architecture.test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitestArgs = process.argv.slice(2);
const chromiumPath = process.env.SOAT_CHROMIUM ?? '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'poppler-utils', 'fonts-dejavu-core'];

/** @type {{ name: string; ok: boolean; warning?: boolean; seconds: number; note?: string }[]} */
const results = [];

function say(line) {
  console.log(`\n[soát:test] ${line}`);
}

/** Runs a command in the repository, output shown as it comes; records the step's outcome. */
function step(name, command, args, env = {}) {
  say(`${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ name, ok, seconds, note: run.error ? String(run.error.message) : undefined });
  if (!ok) say(`${name}: THẤT BẠI (mã thoát ${run.status ?? run.signal ?? run.error?.message})`);
  return ok;
}

function onPath(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

// 1. npm dependencies — `npm ci` / `npm install` normally did this already.
function ensureNodeModules() {
  if (existsSync(join(root, 'node_modules', '.bin', 'vitest')) && existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    return;
  }
  const hasLock = existsSync(join(root, 'package-lock.json'));
  say('Chưa có node_modules: cài các gói npm trước.');
  // `npm ci` can refuse the lockfile where the registry lacks other platforms' optional
  // packages (see .ci/run); `npm install` then installs the same locked versions.
  if (hasLock && spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit' }).status === 0) return;
  step('npm install', 'npm', ['install']);
}

// 2. System packages for the browser, PDF and export tests (Debian/Ubuntu: apt-get).
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push(`chromium (${chromiumPath})`);
  if (!onPath('pdftotext')) missing.push('pdftotext (poppler-utils)');
  if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) missing.push('phông DejaVu (fonts-dejavu-core)');
  if (missing.length === 0) {
    say(`Gói hệ thống đã đủ: ${chromiumPath}, pdftotext, phông DejaVu.`);
    return;
  }
  say(`Thiếu: ${missing.join(', ')}.`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = onPath('apt-get');
  if (!isRoot || !hasApt) {
    const why = !hasApt ? 'máy này không có apt-get' : 'không chạy với quyền root';
    say(
      `CẢNH BÁO: không tự cài được (${why}). Hãy cài: sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}` +
        (existsSync(chromiumPath) ? '' : ` — hoặc đặt SOAT_CHROMIUM=<đường dẫn Chromium>`) +
        '.\n[soát:test] Các bài kiểm thử cần những gói này sẽ BỎ QUA và ghi rõ lý do.',
    );
    results.push({ name: 'gói hệ thống', ok: true, warning: true, seconds: 0, note: `thiếu ${missing.join(', ')} — kiểm thử liên quan bị bỏ qua` });
    return;
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // Others may be running apt at the same moment: wait for its lock rather than fail.
  const wait = ['-o', 'DPkg::Lock::Timeout=300'];
  if (step('apt-get update', 'apt-get', [...wait, 'update'], env)) {
    step('apt-get install', 'apt-get', [...wait, 'install', '-y', '--no-install-recommends', ...APT_PACKAGES], env);
  }
}

ensureNodeModules();
ensureSystemPackages();
step('typecheck', 'npm', ['run', 'typecheck']);
const built = step('build', 'npm', ['run', 'build']);
// With Chromium and a fresh build, the browser tests must run: skipping them would hide a fault.
const browserRequired = built && existsSync(chromiumPath);
step('vitest', join(root, 'node_modules', '.bin', 'vitest'), ['run', ...vitestArgs], {
  SOAT_CHROMIUM: chromiumPath,
  ...(browserRequired ? { SOAT_BROWSER_REQUIRED: '1' } : {}),
});

console.log('\n[soát:test] Tổng kết:');
for (const r of results) {
  console.log(`  ${r.ok ? (r.warning ? 'C.BÁO ' : 'ĐẠT   ') : 'LỖI   '} ${r.name.padEnd(16)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\n[soát:test] ${failed.length} bước thất bại.` : '\n[soát:test] Tất cả đều đạt.');
process.exitCode = failed.length ? 1 : 0;
