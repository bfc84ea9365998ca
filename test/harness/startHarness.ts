// `npm start` where Electron cannot start: the browser harness for a person. Serves the built
// renderer with the local bridge on http://127.0.0.1:PORT/ (5199, or the next free port), on the
// user's own Soát library (the same file as the desktop app and the CLI) unless SOAT_DATA names
// another folder, and stays up until Ctrl+C.
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { defaultDatabasePath } from '../../src/services/defaultDatabasePath.ts';
import { startBridge, type Bridge } from './bridgeServer.ts';

const FIRST_PORT = Number(process.env['SOAT_PORT'] ?? 5199);
const dataFolder = process.env['SOAT_DATA'] ?? dirname(defaultDatabasePath(process.platform, process.env, homedir()));

async function start(): Promise<Bridge> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 20; port += 1) {
    try {
      return await startBridge({ dataFolder, port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return startBridge({ dataFolder, port: 0 });
}

const say = (line: string): void => console.log(`[soát] ${line}`);

try {
  const bridge = await start();
  say('Soát chạy trong trình duyệt (cầu nối cục bộ thay cho cửa sổ Electron).');
  say(`Mở địa chỉ này trong Chromium, Chrome, Edge hoặc Firefox: ${bridge.url}`);
  say(`Thư viện và bản thảo: ${bridge.dataFolder}`);
  say('Dừng: Ctrl+C.');
  const stop = (): void => {
    void bridge.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  say(`Không khởi động được Soát trong trình duyệt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
