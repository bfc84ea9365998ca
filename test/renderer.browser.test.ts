// The built renderer in a real Chromium, under the production Content-Security-Policy: the
// Vietnamese window appears, Be Vietnam Pro is loaded from the bundle, nothing is fetched from
// elsewhere, the policy holds (the editor's styles included), and the page works both with and
// without window.soat. The app's use cases against the real services: test/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, browserRequired, launchChromium, rendererDirectory, type Browser } from './helpers/chromium.ts';
import { serveDirectory, type Served } from './helpers/serveDirectory.ts';

const missing = browserMissing();
if (missing && !browserRequired) console.warn(`[renderer.browser.test] BỎ QUA kiểm thử trình duyệt: ${missing}`);

describe.skipIf(missing !== undefined && !browserRequired)(
  `renderer in Chromium${missing ? ` — ${browserRequired ? 'THIẾU' : 'BỎ QUA'}: ${missing}` : ''}`,
  () => {
    let browser: Browser;
    let served: Served;

    beforeAll(async () => {
      if (missing) throw new Error(`Kiểm thử trình duyệt bắt buộc (SOAT_BROWSER_REQUIRED=1) nhưng ${missing}`);
      served = await serveDirectory(rendererDirectory);
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    /** Opens the page and records what it asks for and what goes wrong. */
    async function open(initScript?: string) {
      const page: Page = await browser.context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('console', (message) => {
        // A failed request is reported above, with its address.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console: ${message.text()}`);
        }
      });
      if (initScript) await page.addInitScript(initScript);
      await page.goto(served.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { page, requests, problems };
    }

    // A host whose library, draft and articles are empty: every use case answers "nothing".
    const emptyHost = `window.soat = new Proxy({}, { get: (_target, name) =>
      name === 'appInfo' ? async () => ({ name: 'Soát', version: '9.9.9' })
      : name === 'onCommand' || name === 'onImportEvent' ? () => () => {}
      : name === 'choosesPaths' ? false
      : name === 'listDirectives' ? async () => []
      : name === 'auditArticles' ? async () => ({ ok: true, value: { total: 0, articles: [] } })
      : name === 'articleOutlets' ? async () => ({ ok: true, value: [] })
      : name === 'importStatus' ? async () => ({ ok: true, value: { current: null, stopped: [] } })
      : async () => null });`;

    it('shows the Vietnamese window and its empty states, with the version from window.soat', async () => {
      const { page, problems } = await open(emptyHost);
      expect(await page.title()).toBe('Soát — kiểm tra tuân thủ');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Soát — kiểm tra tuân thủ');
      await page.locator('.editor-host[data-ready="true"]').waitFor();
      expect(await page.getByText(/^Chưa có gì để soát/).isVisible()).toBe(true);
      expect(await page.locator('.cm-placeholder').innerText()).toContain('Dán hoặc gõ bản thảo vào đây');
      await page.getByRole('tab', { name: 'Thư viện văn bản' }).click();
      await page.getByText(/^Thư viện chưa có văn bản chỉ đạo nào/).waitFor();
      await page.getByRole('tab', { name: 'Bài viết' }).click();
      await page.getByText(/^Chưa có bài viết nào\. Lưu bản thảo thành bài viết/).waitFor();
      await page.getByText('Soát · phiên bản 9.9.9').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    });

    it('works without window.soat (a plain browser): says how to open Soát', async () => {
      const { page, problems } = await open();
      expect(await page.getByText(/không kết nối được với Soát/).isVisible()).toBe(true);
      expect(await page.locator('footer').innerText()).not.toContain('phiên bản');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('uses the bundled Be Vietnam Pro and fetches nothing from elsewhere', async () => {
      const { page, requests } = await open();
      const loadedFaces = await page.evaluate(
        `document.fonts.ready.then(() => [...document.fonts]
           .filter((face) => face.family.includes('Be Vietnam Pro') && face.status === 'loaded').length)`,
      );
      expect(loadedFaces).toBeGreaterThan(0);
      expect(requests.some((url) => /be-vietnam-pro-vietnamese-\d+-normal-.*\.woff2$/.test(url))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(served.url))).toEqual([]);
      expect(await page.evaluate(`getComputedStyle(document.body).fontFamily`)).toContain('Be Vietnam Pro');
      await page.close();
    });

    it('the editor is styled without breaking the policy (no inline <style>)', async () => {
      const { page, problems } = await open(emptyHost);
      await page.locator('.editor-host[data-ready="true"]').waitFor();
      // CodeMirror's own layout rule: without its styles the scroller is not a flex box.
      const display = await page.locator('.cm-scroller').evaluate((element: any) => (globalThis as any).getComputedStyle(element).display);
      expect(display).toBe('flex');
      expect(problems.filter((p) => /Content Security Policy/.test(p))).toEqual([]);
      await page.close();
    });

    it('the Content-Security-Policy is in the page and blocks inline scripts', async () => {
      const { page } = await open();
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta).toContain("default-src 'none'");
      const inlineRan = await page.evaluate(`(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        return window.__inlineRan === true;
      })()`);
      expect(inlineRan).toBe(false);
      await page.close();
    });
  },
);
