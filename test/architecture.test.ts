// The rooms of src/ keep to their rules (STYLE.md): core is pure, services are Node without
// Electron or React, shared is the IPC contract, the preload sees only shared and electron,
// the renderer takes only types from core, nothing imports main, cli or renderer, and other
// rooms enter core only through src/core/index.ts. A failure lists every offending import.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf } from './architecture/importsOf.ts';
import { checkFile, formatViolation } from './architecture/roomRules.ts';

const repository = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

describe('the rooms of src/', () => {
  it('every import in src/ respects the room rules', () => {
    const files = sourceFiles(join(repository, 'src'));
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((path) => {
      const file = relative(repository, path).split(sep).join('/');
      return checkFile(file, readFileSync(path, 'utf8'));
    });
    const report = violations.map(formatViolation).join('\n');
    expect(violations.length, `${violations.length} import(s) break the room rules:\n${report}\n`).toBe(0);
  });
});

describe('importsOf', () => {
  it.each([
    { code: `import { a } from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: false }] },
    { code: `import type { A } from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: true }] },
    { code: `import { type A, type B } from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: true }] },
    { code: `import { type A, b } from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: false }] },
    { code: `import './a.css';`, expected: [{ specifier: './a.css', typeOnly: false }] },
    { code: `export type * from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: true }] },
    { code: `export { a } from './a.ts';`, expected: [{ specifier: './a.ts', typeOnly: false }] },
    { code: `const m = await import('node:fs');`, expected: [{ specifier: 'node:fs', typeOnly: false }] },
    { code: `const m = require('fs');`, expected: [{ specifier: 'fs', typeOnly: false }] },
    { code: `let x: import('electron').App;`, expected: [{ specifier: 'electron', typeOnly: true }] },
    { code: `/// <reference types="node" />\nexport {};`, expected: [{ specifier: 'node', typeOnly: true }] },
  ])('$code', ({ code, expected }) => {
    expect(importsOf('x.ts', code).map(({ specifier, typeOnly }) => ({ specifier, typeOnly }))).toEqual(expected);
  });
});

describe('checkFile', () => {
  // `breaks` is a piece of the expected reason, or null when the import is allowed.
  it.each([
    { file: 'src/core/text/a.ts', code: `import { b } from './b.ts';`, breaks: null },
    { file: 'src/core/text/a.ts', code: `import { x } from '../check/x.ts';`, breaks: null },
    { file: 'src/core/text/a.ts', code: `import { readFileSync } from 'node:fs';`, breaks: 'no Node built-ins' },
    { file: 'src/core/text/a.ts', code: `import path from 'path';`, breaks: 'no Node built-ins' },
    { file: 'src/core/text/a.ts', code: `/// <reference types="node" />`, breaks: 'no Node built-ins' },
    { file: 'src/core/text/a.ts', code: `import { app } from 'electron';`, breaks: 'only main and preload' },
    { file: 'src/core/text/a.ts', code: `import { useState } from 'react';`, breaks: 'only the renderer' },
    { file: 'src/core/text/a.ts', code: `import Database from 'better-sqlite3';`, breaks: 'text in, data out' },
    { file: 'src/core/text/a.ts', code: `import { db } from '../../services/db.ts';`, breaks: 'core may not import from services' },
    { file: 'src/core/text/a.ts', code: `import units from '../../../resources/units.json';`, breaks: null },
    { file: 'src/core/text/a.test.ts', code: `import { readFileSync } from 'node:fs';`, breaks: null },
    { file: 'src/core/text/a.test.ts', code: `import { main } from '../../cli/main.ts';`, breaks: 'nothing imports cli' },
    { file: 'src/services/db.ts', code: `import Database from 'better-sqlite3';`, breaks: null },
    { file: 'src/services/db.ts', code: `import { checkDraft } from '../core/index.ts';`, breaks: null },
    { file: 'src/services/db.ts', code: `import { checkDraft } from '../core';`, breaks: null },
    { file: 'src/services/db.ts', code: `import { run } from '../core/check/run.ts';`, breaks: 'only through src/core/index.ts' },
    { file: 'src/services/db.ts', code: `import { dialog } from 'electron';`, breaks: 'only main and preload' },
    { file: 'src/services/db.ts', code: `import { Channel } from '../shared/channels.ts';`, breaks: 'services may not import from shared' },
    { file: 'src/shared/contract.ts', code: `import { z } from 'zod';`, breaks: null },
    { file: 'src/shared/contract.ts', code: `import type { Finding } from '../core/index.ts';`, breaks: 'shared may not import from core' },
    { file: 'src/shared/contract.ts', code: `import { readFile } from 'node:fs/promises';`, breaks: 'no Node built-ins' },
    { file: 'src/preload/index.ts', code: `import { contextBridge } from 'electron';`, breaks: null },
    { file: 'src/preload/index.ts', code: `import { Channel } from '../shared/channels.ts';`, breaks: null },
    { file: 'src/preload/index.ts', code: `import { z } from 'zod';`, breaks: 'sandboxed' },
    { file: 'src/preload/index.ts', code: `import { x } from '../services/x.ts';`, breaks: 'preload may not import from services' },
    { file: 'src/renderer/src/App.tsx', code: `import type { Finding } from '../../core/index.ts';`, breaks: null },
    { file: 'src/renderer/src/App.tsx', code: `import { checkDraft } from '../../core/index.ts';`, breaks: 'import type' },
    { file: 'src/renderer/src/App.tsx', code: `import type { Finding } from '../../core/check/types.ts';`, breaks: 'only through' },
    { file: 'src/renderer/src/App.tsx', code: `import { ipcRenderer } from 'electron';`, breaks: 'only main and preload' },
    { file: 'src/renderer/src/App.tsx', code: `import { readFile } from 'node:fs';`, breaks: 'web page' },
    { file: 'src/renderer/src/App.tsx', code: `import type { AppInfo } from '../../shared/contract.ts';`, breaks: null },
    { file: 'src/main/index.ts', code: `import { openLibrary } from '../services/library.ts';`, breaks: null },
    { file: 'src/main/index.ts', code: `import { main } from '../cli/main.ts';`, breaks: 'nothing imports cli' },
    { file: 'src/main/index.ts', code: `import '../renderer/src/App.tsx';`, breaks: 'nothing imports renderer' },
    { file: 'src/cli/main.ts', code: `import { checkDraft } from '../core/index.ts';`, breaks: null },
    { file: 'src/cli/main.ts', code: `import { createMainWindow } from '../main/createMainWindow.ts';`, breaks: 'nothing imports main' },
    { file: 'src/cli/main.ts', code: `import { app } from 'electron';`, breaks: 'only main and preload' },
    { file: 'src/cli/main.ts', code: `import config from '../../package.json';`, breaks: 'outside src/' },
    { file: 'src/helpers/x.ts', code: `export {};`, breaks: 'not in a known room' },
  ])('$file: $code', ({ file, code, breaks }) => {
    const reasons = checkFile(file, code).map((v) => v.reason);
    if (breaks === null) expect(reasons).toEqual([]);
    else expect(reasons).toEqual([expect.stringContaining(breaks)]);
  });

  it('prints one greppable line per violation', () => {
    const [violation] = checkFile('src/core/a.ts', `\n\nimport fs from 'node:fs';`);
    expect(violation && formatViolation(violation)).toBe(
      "src/core/a.ts:3  imports 'node:fs' — core is pure TypeScript: no Node built-ins (text in, data out)",
    );
  });
});
