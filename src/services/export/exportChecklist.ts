// Room: services — an article's compliance checklist in the format its file name asks for:
// .docx, .pdf (HTML printed by the HtmlPrinter), .md or .csv. Returns the file's bytes.
import { extname } from 'node:path';
import type { ArticleDetail } from '../articles/articleTypes.ts';
import type { Result } from '../result.ts';
import { buildChecklist } from './checklist/buildChecklist.ts';
import { checklistCsv } from './checklist/checklistCsv.ts';
import { checklistDocx } from './checklist/checklistDocx.ts';
import { checklistHtml } from './checklist/checklistHtml.ts';
import { checklistMarkdown } from './checklist/checklistMarkdown.ts';
import type { HtmlPrinter } from './HtmlPrinter.ts';

export const CHECKLIST_FORMATS = ['docx', 'pdf', 'md', 'csv'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

/** The format a file name asks for, or null. */
export function checklistFormatOf(path: string): ChecklistFormat | null {
  const ext = extname(path).toLowerCase().slice(1);
  return (CHECKLIST_FORMATS as readonly string[]).includes(ext) ? (ext as ChecklistFormat) : ext === 'markdown' ? 'md' : null;
}

export async function exportChecklist(
  article: ArticleDetail,
  format: ChecklistFormat,
  printer: () => Promise<Result<HtmlPrinter>>,
  generatedAt: Date = new Date(),
): Promise<Result<Uint8Array>> {
  const checklist = buildChecklist(article, generatedAt);
  switch (format) {
    case 'md':
      return { ok: true, value: new TextEncoder().encode(checklistMarkdown(checklist)) };
    case 'csv':
      return { ok: true, value: new TextEncoder().encode(checklistCsv(checklist)) };
    case 'docx':
      return { ok: true, value: await checklistDocx(checklist) };
    case 'pdf': {
      const opened = await printer();
      if (!opened.ok) return opened;
      return { ok: true, value: await opened.value.printHtmlToPdf(checklistHtml(checklist)) };
    }
  }
}
