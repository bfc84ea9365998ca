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
