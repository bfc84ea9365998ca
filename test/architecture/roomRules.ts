// The rooms of src/ (see /README.md "Layout" and STYLE.md) and who may enter which. Each rule
// says why, so a violation explains itself. Used by test/architecture.test.ts.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { importsOf } from './importsOf.ts';

export const ROOMS = ['core', 'services', 'shared', 'main', 'preload', 'renderer', 'cli'] as const;
export type Room = (typeof ROOMS)[number];

/** The one file other rooms may import from core. */
export const CORE_DOOR = 'src/core/index.ts';

/** Relative imports each room may make, besides its own room. */
const mayEnter: Record<Room, readonly Room[]> = {
  core: [],
  services: ['core'],
  shared: [],
  main: ['services', 'core', 'shared'],
  preload: ['shared'],
  renderer: ['shared', 'core'], // core: `import type` only, checked below
  cli: ['services', 'core'],
};

/** Rooms that may import data files (JSON tables, word lists) from resources/. */
const mayReadResources: ReadonlySet<Room> = new Set(['core', 'services', 'main', 'cli', 'renderer']);

// Packages that need Node, native code, a DOM or a file format: they belong in services or
// the renderer, never in core's "text in, data out".
const notForCore = [
  'better-sqlite3',
  'mammoth',
  'pdfjs-dist',
  'docx',
  'exceljs',
  'playwright-core',
  '@codemirror/*',
  '@fontsource/*',
];

type Target =
  | { kind: 'room'; room: Room; path: string }
  | { kind: 'resources'; path: string }
  | { kind: 'elsewhere'; path: string }
  | { kind: 'node'; name: string }
  | { kind: 'electron' }
  | { kind: 'react'; name: string }
  | { kind: 'package'; name: string };

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}  imports '${v.specifier}' — ${v.reason}`;
}

export function roomOf(file: string): Room | undefined {
  const match = /^src\/([^/]+)(?:\/|$)/.exec(file);
  return ROOMS.find((room) => room === match?.[1]);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function targetOf(file: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const path = posix.normalize(posix.join(posix.dirname(file), specifier));
    const room = roomOf(path);
    if (room) return { kind: 'room', room, path };
    if (path.startsWith('resources/')) return { kind: 'resources', path };
    return { kind: 'elsewhere', path };
  }
  const name = packageName(specifier);
  if (specifier.startsWith('node:') || builtinModules.includes(name) || name === 'node') return { kind: 'node', name };
  if (name === 'electron') return { kind: 'electron' };
  if (name === 'react' || name === 'react-dom') return { kind: 'react', name };
  return { kind: 'package', name };
}

function isCoreDoor(path: string): boolean {
  return ['src/core', 'src/core/index', 'src/core/index.ts', 'src/core/index.js'].includes(path.replace(/\/$/, ''));
}

function matches(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** Why `room` may not make this import, or undefined when it may. */
function refusal(room: Room, target: Target, typeOnly: boolean, isTest: boolean): string | undefined {
  if (target.kind === 'room') {
    if (target.room === room) return undefined;
    if (target.room === 'main' || target.room === 'cli' || target.room === 'renderer') {
      return `nothing imports ${target.room}: it is an entry point, not a library`;
    }
    // Tests beside their code may reach further (fixtures, other rooms' helpers).
    if (isTest) return undefined;
    if (!mayEnter[room].includes(target.room)) {
      return `${room} may not import from ${target.room} (${room} may import: ${[room, ...mayEnter[room]].join(', ')})`;
    }
    if (target.room === 'core' && !isCoreDoor(target.path)) {
      return `other rooms enter core only through ${CORE_DOOR}, not ${target.path}`;
    }
    if (room === 'renderer' && target.room === 'core' && !typeOnly) {
      return 'the renderer takes only types from core: write `import type`';
    }
    return undefined;
  }
  // Tests may use Node, fixtures, vitest and the like wherever they sit.
  if (isTest) return undefined;
  switch (target.kind) {
    case 'resources':
      return mayReadResources.has(room) ? undefined : `${room} may not import files from resources/`;
    case 'elsewhere':
      return `imports from outside src/ (${target.path}); only resources/ data may be imported`;
    case 'node':
      if (room === 'core') return 'core is pure TypeScript: no Node built-ins (text in, data out)';
      if (room === 'shared') return 'shared holds the IPC contract only: no Node built-ins';
      if (room === 'preload') return 'the preload runs sandboxed: it may import only electron and shared';
      if (room === 'renderer') return 'the renderer is a web page: no Node built-ins (ask main through window.soat)';
      return undefined;
    case 'electron':
      if (room === 'main' || room === 'preload') return undefined;
      return `only main and preload may import electron (${room} must also work outside the desktop app)`;
    case 'react':
      if (room === 'renderer') return undefined;
      return `only the renderer may import ${target.name}`;
    case 'package':
      if (room === 'shared') return target.name === 'zod' ? undefined : 'shared may import only zod';
      if (room === 'preload') return 'the preload runs sandboxed: it may import only electron and shared';
      if (room === 'core' && matches(target.name, notForCore)) {
        return `core is text in, data out: ${target.name} needs Node, a DOM or a file format — use it in services or the renderer`;
      }
      return undefined;
  }
}

/** Every import in `text` (the file `file`, a path relative to the repository, with /) that breaks a rule. */
export function checkFile(file: string, text: string): Violation[] {
  const room = roomOf(file);
  if (!room) {
    return [{ file, line: 1, specifier: '', reason: `not in a known room (src/${ROOMS.join('|')}/)` }];
  }
  const isTest = /\.test\.tsx?$/.test(file);
  const violations: Violation[] = [];
  for (const site of importsOf(file, text)) {
    const reason = refusal(room, targetOf(file, site.specifier), site.typeOnly, isTest);
    if (reason) violations.push({ file, line: site.line, specifier: site.specifier, reason });
  }
  return violations;
}
