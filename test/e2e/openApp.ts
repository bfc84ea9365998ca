// End-to-end helpers: the app in Chromium, talking to the real services through the browser
// harness's bridge (test/harness/bridgeServer.ts), with a real SQLite library in a temporary
// folder. Screenshots go to test-artifacts/e2e/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { Browser } from '../helpers/chromium.ts';

export const artifacts = fileURLToPath(new URL('../../test-artifacts/e2e/', import.meta.url));

export interface AppPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  editor: Locator;
  /** Replaces the draft by pasting `text` into the editor, as an editor does with Ctrl+V. */
  paste(text: string): Promise<void>;
  /** Waits until the check of the current text has answered. */
  checked(): Promise<void>;
  draftText(): Promise<string>;
  shot(name: string): Promise<void>;
}

export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const page = await browser.context.newPage();
  // A step that cannot happen fails with its own name well before the test's 30 s run out.
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  await page.locator('.editor-host[data-ready="true"]').waitFor();
  const editor = page.locator('.cm-content');
  const status = page.locator('.check-status');
  const app: AppPage = {
    page,
    problems,
    editor,
    async paste(text) {
      await editor.click();
      await page.keyboard.press('Control+A');
      // Runs in the page; this file is type-checked without the DOM's types, hence `any`.
      await editor.evaluate((element: any, pasted: string) => {
        const page = globalThis as any;
        const data = new page.DataTransfer();
        data.setData('text/plain', pasted);
        element.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    },
    async checked() {
      // Locators, not waitForFunction: the page's policy forbids the eval a string predicate needs.
      await page.locator('.check-status[data-state="done"], .check-status[data-state="failed"]').waitFor();
      if ((await status.getAttribute('data-state')) === 'failed') throw new Error('the check failed');
    },
    draftText: () => editor.innerText(),
    async shot(name) {
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, `${name}.png`) });
    },
  };
  return app;
}
