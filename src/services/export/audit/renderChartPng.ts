// Room: services — a chart's SVG as a PNG, for the .docx report: the SVG alone on a page of its
// own size, drawn by the same HtmlPrinter (and the same bundled font) that prints the PDF.
import type { HtmlPrinter } from '../HtmlPrinter.ts';
import { reportPage } from '../reportPage.ts';
import type { Chart } from './auditCharts.ts';

export function renderChartPng(chart: Chart, printer: HtmlPrinter): Promise<Uint8Array> {
  const html = reportPage(chart.title, `<div style="width:${chart.width}px;height:${chart.height}px;overflow:hidden">${chart.svg}</div>`);
  return printer.renderHtmlToPng(html, { width: chart.width, height: chart.height });
}
