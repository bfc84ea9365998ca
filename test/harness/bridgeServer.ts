// The browser harness's local bridge: a small HTTP server on 127.0.0.1 that serves the built
// renderer (out/renderer) under the production Content-Security-Policy and answers the same
// use cases as Electron's main process — the same answer table (src/main/ipcAnswers.ts), the
// same gate (zod-validated arguments and answers, a trusted sender), the real services on a
// real SQLite file. The page gets window.soat from /bridge/soat.js, a script that calls
// /api/<channel> with fetch; the events main would send (the bulk import's progress) come as
// server-sent events on /bridge/events, through the same event gate. Used by `npm start` where
// Electron cannot start, by the end-to-end tests and by `npm run bench`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AppServices } from '../../src/services/app/createAppServices.ts';
import { openAppServices } from '../../src/services/app/openAppServices.ts';
import { DATABASE_FILE_NAME } from '../../src/services/appDataFolder.ts';
import { answerIpc } from '../../src/main/answerIpc.ts';
import { contentSecurityPolicy } from '../../src/main/contentSecurityPolicy.ts';
import { gatedEvents } from '../../src/main/gatedEvents.ts';
import { ipcAnswers } from '../../src/main/ipcAnswers.ts';
import { Channel } from '../../src/shared/channels.ts';
import { fromWire, toWire, type WireAnswer } from './wire.ts';

export const rendererDirectory = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const clientEntry = fileURLToPath(new URL('./browser/bridgeClient.ts', import.meta.url));
const BRIDGE_SCRIPT = '/bridge/soat.js';
/** Server-sent events: what Electron's main process sends to the page with webContents.send. */
export const BRIDGE_EVENTS = '/bridge/events';
/** Base64 of the largest file the contract accepts, and some. */
const MAX_BODY = 72 * 1024 * 1024;

export interface BridgeOptions {
  /** Where the library and the draft live; default: a new temporary folder, removed on close. */
  dataFolder?: string;
  /** Folder of directives that seed a new library; absent: resources/directives. */
  seedFrom?: string | null;
  port?: number;
  /** Milliseconds added before each check answers (tests of stale answers). */
  checkDelay?: number;
  /** Milliseconds between the articles of a bulk import (tests of its progress and cancel). */
  importPause?: number;
}

export interface Bridge {
  url: string;
  dataFolder: string;
  services: AppServices;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** window.soat over fetch, compiled from TypeScript once per server. */
async function bridgeScript(): Promise<string> {
  const built = await build({ entryPoints: [clientEntry], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false });
  return built.outputFiles[0]!.text;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const temporary = options.dataFolder === undefined ? await mkdtemp(join(tmpdir(), 'soat-bridge-')) : null;
  const dataFolder = options.dataFolder ?? temporary!;
  const opened = await openAppServices({
    databasePath: join(dataFolder, DATABASE_FILE_NAME),
    ...(options.seedFrom === undefined ? {} : { seedFrom: options.seedFrom }),
    ...(options.importPause ? { imports: { pauseMs: options.importPause } } : {}),
    author: (() => {
      try {
        return userInfo().username || 'người dùng';
      } catch {
        return 'người dùng';
      }
    })(),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const { services, library } = opened.value;
  const script = await bridgeScript();
  const indexHtml = (await readFile(join(rendererDirectory, 'index.html'), 'utf8')).replace(
    /<script type="module"/u,
    // A classic script runs before the deferred module: window.soat exists when the app starts.
    `<script src="${BRIDGE_SCRIPT}"></script>\n    <script type="module"`,
  );

  let origin = '';
  const delay = options.checkDelay ?? 0;
  const listeners = new Set<ServerResponse>();
  const answers = ipcAnswers({
    appName: 'Soát',
    appVersion: 'trình duyệt',
    services: async () => services,
    library: async () => library,
    // The page's bridge script shows the browser's own file picker instead.
    chooseFile: async () => null,
    // A browser cannot tell a path on this disk: the page asks for it typed (choosesPaths: false).
    chooseImportSource: async () => null,
    sendEvent: gatedEvents((channel, payload) => {
      for (const listener of listeners) listener.write(`event: ${channel}\ndata: ${toWire(payload)}\n\n`);
    }),
  });
  const checkDraft = answers[Channel.checkDraft];
  answers[Channel.checkDraft] = async (...args) => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return checkDraft(...args);
  };
  const channels = new Set<string>(Object.values(Channel));
  // The sender check of the bridge: a request from the app's own page carries its origin.
  const isTrusted = (senderOrigin: string | undefined): boolean => senderOrigin === origin;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string | Buffer): void => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': contentSecurityPolicy('production'), 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname.startsWith('/api/')) {
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const reply = (status: number, answer: WireAnswer): void => send(status, 'application/json; charset=utf-8', toWire(answer));
      if (request.method !== 'POST' || !channels.has(channel)) {
        reply(404, { ok: false, message: `Không có yêu cầu "${channel}".` });
        return;
      }
      const gate = answerIpc(channel as Channel, isTrusted, answers[channel as Channel] as never);
      readBody(request)
        .then(async (body) => {
          if (body === null) return reply(413, { ok: false, message: 'Tệp quá lớn.' });
          const args = fromWire(body);
          const value = await gate(request.headers.origin, Array.isArray(args) ? args : [args]);
          reply(200, { ok: true, value });
        })
        .catch((error: unknown) => reply(400, { ok: false, message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (request.method !== 'GET') return send(405, 'text/plain; charset=utf-8', '');
    if (url.pathname === BRIDGE_EVENTS) {
      // The sender check of a stream: the browser says the request comes from the app's own origin.
      if (request.headers['sec-fetch-site'] !== 'same-origin' && request.headers.origin !== origin) return send(403, 'text/plain; charset=utf-8', '');
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': Soát\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (url.pathname === BRIDGE_SCRIPT) return send(200, contentTypes['.js']!, script);
    if (url.pathname === '/' || url.pathname === '/index.html') return send(200, contentTypes['.html']!, indexHtml);
    const file = normalize(join(rendererDirectory, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(rendererDirectory + sep))) return send(403, 'text/plain; charset=utf-8', '');
    readFile(file).then(
      (body) => send(200, contentTypes[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain; charset=utf-8', ''),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    dataFolder,
    services,
    async close() {
      services.close();
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      library.close();
      if (temporary !== null) await rm(temporary, { recursive: true, force: true });
    },
  };
}
