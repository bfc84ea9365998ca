// Chromium for browser tests: Debian's /usr/bin/chromium (installed by `npm test` when it can)
// or SOAT_CHROMIUM, driven by playwright-core with a fresh profile and no network chatter.
// A browser test skips — and says why — when Chromium or the built renderer is missing;
// under `npm test` (SOAT_BROWSER_REQUIRED=1) it fails instead, so nothing is hidden.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env['SOAT_CHROMIUM'] ?? '/usr/bin/chromium';
export const rendererDirectory = fileURLToPath(new URL('../../out/renderer', import.meta.url));
export const browserRequired = process.env['SOAT_BROWSER_REQUIRED'] === '1';

/** Why browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  if (!existsSync(chromiumPath)) {
    return `không có Chromium ở ${chromiumPath} (npm test cài bằng apt-get khi chạy với quyền root; hoặc đặt SOAT_CHROMIUM)`;
  }
  if (!existsSync(join(rendererDirectory, 'index.html'))) {
    return 'chưa build giao diện (out/renderer/index.html): chạy npm run build';
  }
  return undefined;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'soat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
