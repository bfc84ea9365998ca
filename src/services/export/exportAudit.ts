// Room: services — a month audit in the format its file name asks for: .xlsx (a sheet per table),
// .pdf (HTML with SVG charts printed by the HtmlPrinter) or .docx (tables, and PNGs of the same
// charts rendered by the HtmlPrinter). Returns the file's bytes.
import { extname } from 'node:path';
import type { ArticleSummary } from '../articles/articleTypes.ts';
import type { AuditReport } from '../audit/auditTypes.ts';
import type { Result } from '../result.ts';
import { conflictsChart, trendChart } from './audit/auditCharts.ts';
import { auditDocx } from './audit/auditDocx.ts';
import { auditHtml } from './audit/auditHtml.ts';
import { auditXlsx } from './audit/auditXlsx.ts';
import { renderChartPng } from './audit/renderChartPng.ts';
import type { HtmlPrinter } from './HtmlPrinter.ts';

export const AUDIT_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function auditFormatOf(path: string): AuditFormat | null {
  const ext = extname(path).toLowerCase().slice(1);
  return (AUDIT_FORMATS as readonly string[]).includes(ext) ? (ext as AuditFormat) : null;
}

export async function exportAudit(
  report: AuditReport,
  format: AuditFormat,
  options: { printer: () => Promise<Result<HtmlPrinter>>; articles?: readonly ArticleSummary[]; generatedAt?: Date },
): Promise<Result<Uint8Array>> {
  const generatedAt = options.generatedAt ?? new Date();
  if (format === 'xlsx') return { ok: true, value: await auditXlsx(report, options.articles ?? [], generatedAt) };
  const opened = await options.printer();
  if (!opened.ok) return opened;
  const printer = opened.value;
  if (format === 'pdf') return { ok: true, value: await printer.printHtmlToPdf(auditHtml(report, generatedAt)) };
  const conflicts = conflictsChart(report);
  const trend = trendChart(report);
  const [conflictsPng, trendPng] = [await renderChartPng(conflicts, printer), await renderChartPng(trend, printer)];
  return {
    ok: true,
    value: await auditDocx(report, { conflicts: { chart: conflicts, png: conflictsPng }, trend: { chart: trend, png: trendPng } }, generatedAt),
  };
}
