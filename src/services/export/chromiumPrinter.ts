// Room: services — the HtmlPrinter of the CLI and the tests: Debian's Chromium (or SOAT_CHROMIUM)
// driven by playwright-core, headless, with a fresh profile that is deleted on close, no network
// (every request is refused: the page is self-contained) and no background chatter. Pages are
// laid out at twice the pixel density so chart PNGs stay sharp in a printed .docx.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../result.ts';
import { PDF_FOOTER_TEMPLATE, PDF_MARGINS_MM, type HtmlPrinter } from './HtmlPrinter.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function openChromiumPrinter(executablePath = DEFAULT_CHROMIUM): Promise<Result<HtmlPrinter>> {
  if (!existsSync(executablePath)) {
    return {
      ok: false,
      error: {
        code: 'no-chromium',
        message: `Cần trình duyệt Chromium để xuất PDF và biểu đồ nhưng không thấy ở "${executablePath}". Trên Debian/Ubuntu: sudo apt-get install chromium; hoặc đặt biến SOAT_CHROMIUM là đường dẫn tới Chromium.`,
      },
    };
  }
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return { ok: false, error: { code: 'no-playwright', message: 'Thiếu gói playwright-core để điều khiển Chromium: chạy npm install rồi thử lại.' } };
  }
  const profile = await mkdtemp(join(tmpdir(), 'soat-print-'));
  let context: import('playwright-core').BrowserContext;
  try {
    context = await playwright.chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, deviceScaleFactor: 2 });
  } catch (cause) {
    await rm(profile, { recursive: true, force: true });
    return { ok: false, error: { code: 'chromium-failed', message: `Không khởi động được Chromium (${executablePath}): ${(cause as Error).message.split('\n')[0]}` } };
  }
  await context.route('**/*', (route) => route.abort());

  const open = async (html: string, viewport?: { width: number; height: number }) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return page;
  };

  return {
    ok: true,
    value: {
      async printHtmlToPdf(html) {
        const page = await open(html);
        try {
          const pdf = await page.pdf({
            format: 'A4',
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: PDF_FOOTER_TEMPLATE,
            margin: { top: `${PDF_MARGINS_MM.top}mm`, bottom: `${PDF_MARGINS_MM.bottom}mm`, left: `${PDF_MARGINS_MM.left}mm`, right: `${PDF_MARGINS_MM.right}mm` },
          });
          return new Uint8Array(pdf);
        } finally {
          await page.close();
        }
      },
      async renderHtmlToPng(html, size) {
        const page = await open(html, size);
        try {
          return new Uint8Array(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } }));
        } finally {
          await page.close();
        }
      },
      async close() {
        await context.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    },
  };
}
