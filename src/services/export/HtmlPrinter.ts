// Room: services — how a report becomes a PDF (and a chart a PNG): one self-contained HTML page
// (styles, Be Vietnam Pro as base64 @font-face, charts as inline SVG; nothing from the network),
// printed by a browser engine. The CLI and tests use Debian's Chromium (chromiumPrinter.ts); the
// desktop app uses Electron's webContents.printToPDF and capturePage on the same HTML.

export interface HtmlPrinter {
  /** An A4 PDF of the page, backgrounds printed, page numbers in the footer. */
  printHtmlToPdf(html: string): Promise<Uint8Array>;
  /** A PNG of the page laid out at this CSS size (the charts embedded in .docx reports). */
  renderHtmlToPng(html: string, size: { width: number; height: number }): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Page number in the PDF footer ("Trang 2/7"): drawn outside the page, in the engine's own small font. */
export const PDF_FOOTER_TEMPLATE = `<div style="width:100%;font-size:8px;color:#666;text-align:right;padding:0 14mm;font-family:sans-serif">
  Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>`;

/** A4 page margins, in millimetres, the same for every engine. */
export const PDF_MARGINS_MM = { top: 14, bottom: 16, left: 14, right: 14 } as const;
