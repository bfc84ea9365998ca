// Room: main — the HtmlPrinter of the desktop app: the report's self-contained HTML (the same
// page the CLI prints with Chromium) loaded into a hidden, sandboxed window of its own in-memory
// session, then Electron's webContents.printToPDF (A4, backgrounds, page numbers) or capturePage
// (the chart PNGs of a .docx report). Each job has its own window, destroyed afterwards.
import { BrowserWindow } from 'electron';
import { PDF_FOOTER_TEMPLATE, PDF_MARGINS_MM, type HtmlPrinter } from '../services/export/HtmlPrinter.ts';
import type { Result } from '../services/result.ts';

const A4_CSS_PIXELS = { width: 794, height: 1123 };
const inches = (mm: number): number => mm / 25.4;

async function inWindow<T>(html: string, size: { width: number; height: number }, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: size.width,
    height: size.height,
    useContentSize: true,
    webPreferences: { partition: 'soat-print', sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    // The bundled fonts are data: URLs; wait until they are laid out before printing.
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    return await use(window);
  } finally {
    window.destroy();
  }
}

export function electronHtmlPrinter(): HtmlPrinter {
  return {
    printHtmlToPdf: (html) =>
      inWindow(html, A4_CSS_PIXELS, async (window) =>
        new Uint8Array(
          await window.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: PDF_FOOTER_TEMPLATE,
            margins: {
              top: inches(PDF_MARGINS_MM.top),
              bottom: inches(PDF_MARGINS_MM.bottom),
              left: inches(PDF_MARGINS_MM.left),
              right: inches(PDF_MARGINS_MM.right),
            },
          }),
        ),
      ),
    renderHtmlToPng: (html, size) =>
      inWindow(html, size, async (window) => new Uint8Array((await window.webContents.capturePage({ x: 0, y: 0, ...size })).toPNG())),
    close: async () => undefined,
  };
}

/** For the answers' context: the printer, ready. */
export const electronPrinter = async (): Promise<Result<HtmlPrinter>> => ({ ok: true, value: electronHtmlPrinter() });
