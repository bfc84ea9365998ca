#!/usr/bin/env node
// `npm start` — the main job, in two parts:
//   1. soát the sample draft with the command line and the built-in library of directives
//      (`node bin/soat.mjs check resources/samples/<draft>.txt`);
//   2. open the desktop app (`electron-vite preview`, which builds first) when this machine
//      has Electron's binary — otherwise say so, in Vietnamese, and stop cleanly.
// Exit code: 0 when the sample was checked (findings in a sample are expected); 2 when the check
// itself failed; the desktop app's (or the browser harness's) own code when it ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function say(line = '') {
  console.log(line ? `[soát] ${line}` : '');
}

/** 1. The command-line check of the sample draft. Returns the exit code npm start should keep. */
function checkSampleDraft() {
  const path = join('resources', 'samples', 'ban-thao-mau.txt');
  say(`Soát bản thảo mẫu bằng thư viện văn bản chỉ đạo có sẵn: soat check ${path}`);
  say();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'soat.mjs'), 'check', path], { cwd: root, stdio: 'inherit' });
  say();
  switch (run.status) {
    case 0:
      say('Bản thảo mẫu không có lỗi.');
      return 0;
    case 1:
      say('Bản thảo mẫu có lỗi cần sửa (được cài sẵn để minh họa) — xem danh sách ở trên.');
      return 0;
    default:
      say(`Không soát được bản thảo mẫu (mã thoát ${run.status ?? run.signal ?? run.error?.message}).`);
      return 2;
  }
}

/**
 * Electron's binary, if this machine has it. Never `require('electron')` to find out: when the
 * binary is missing, that call starts downloading it.
 */
function electronBinary() {
  const packageDirectory = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDirectory, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, name ?? 'electron') : name && join(packageDirectory, 'dist', name);
  return binary && existsSync(binary) ? binary : undefined;
}

/** Why the desktop app cannot open a window here, or undefined when it can. */
function desktopMissing() {
  if (!electronBinary()) {
    return (
      'máy này không có tệp chạy của Electron (node_modules/electron/dist), nên ứng dụng máy tính không khởi động được.\n' +
      '[soát] Trên máy có Internet, tải tệp chạy bằng: node node_modules/electron/install.js — rồi chạy lại npm start.'
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'máy này không có màn hình đồ họa (DISPLAY/WAYLAND_DISPLAY trống), nên không mở được cửa sổ ứng dụng.';
  }
  return undefined;
}

/** 2a. The desktop app: builds, then opens the window; returns when the window is closed. */
function launchDesktop() {
  say('Mở ứng dụng máy tính Soát (electron-vite preview: build rồi chạy)…');
  const run = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['preview'], { cwd: root, stdio: 'inherit' });
  return run.status ?? 1;
}

/**
 * 2b. The browser harness, when Electron cannot start: builds the renderer, then serves it with
 * a local bridge standing in for the preload's window.soat (test/harness/), prints the address
 * and runs until Ctrl+C.
 * @returns {number} the harness's exit code
 */
function launchBrowserHarness(missing) {
  const harness = join(root, 'test', 'harness', 'startHarness.mjs');
  say(`Ứng dụng máy tính: ${missing}`);
  say('Thay vào đó, mở Soát trong trình duyệt. Build giao diện (electron-vite build)…');
  const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    say(`Không build được giao diện (mã thoát ${build.status ?? build.signal}).`);
    return 2;
  }
  const run = spawnSync(process.execPath, [harness], { cwd: root, stdio: 'inherit' });
  return run.status ?? 0;
}

const checkCode = checkSampleDraft();
say();
const missing = desktopMissing();
if (!missing) {
  process.exitCode = launchDesktop() || checkCode;
} else {
  process.exitCode = launchBrowserHarness(missing) || checkCode;
}
