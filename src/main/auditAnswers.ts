// Room: main — the answers of the audit view's channels (src/shared/auditChannels.ts), merged
// into ipcAnswers.ts's table so Electron and the browser harness answer them alike. The work is
// src/services/audit/auditServices.ts, on the library's own database file. PDFs and the .docx
// charts are drawn by the host's printer: Electron's in the app, Chromium in the harness.
import { createAuditServices, type AuditServices } from '../services/audit/auditServices.ts';
import { openChromiumPrinter } from '../services/export/chromiumPrinter.ts';
import type { HtmlPrinter } from '../services/export/HtmlPrinter.ts';
import type { Library } from '../services/library/openLibrary.ts';
import type { Result } from '../services/result.ts';
import { AuditChannel } from '../shared/auditChannels.ts';
import type { Answer } from './answerIpc.ts';

export interface AuditAnswerContext {
  /** The open library (its file holds the articles too). */
  library?: () => Promise<Library>;
  /** Electron's printer in the app; absent: Chromium (SOAT_CHROMIUM or /usr/bin/chromium). */
  printer?: () => Promise<Result<HtmlPrinter>>;
}

type AuditAnswers = { [M in keyof typeof AuditChannel]: Answer<(typeof AuditChannel)[M]> };

const chromium = (): Promise<Result<HtmlPrinter>> => (process.env['SOAT_CHROMIUM'] ? openChromiumPrinter(process.env['SOAT_CHROMIUM']) : openChromiumPrinter());

export function auditAnswers(context: AuditAnswerContext): { [C in (typeof AuditChannel)[keyof typeof AuditChannel]]: Answer<C> } {
  let services: Promise<AuditServices> | null = null;
  const s = (): Promise<AuditServices> =>
    (services ??= (async () => {
      if (!context.library) throw new Error('Soát chưa mở được thư viện, nên chưa xem được báo cáo tháng.');
      // Exports do not go through these services: each has its own printer (below).
      return createAuditServices({ library: await context.library(), printer: context.printer ?? chromium });
    })());
  /** Runs an export with a printer of its own, closed afterwards. */
  const exporting = async <T>(run: (services: AuditServices) => Promise<T>): Promise<T> => {
    if (!context.library) return run(await s());
    const library = await context.library();
    const held: { printer: Promise<Result<HtmlPrinter>> | null } = { printer: null };
    const own = createAuditServices({ library, printer: () => (held.printer ??= (context.printer ?? chromium)()) });
    try {
      return await run(own);
    } finally {
      const printer = await held.printer;
      if (printer?.ok) await printer.value.close();
      own.close();
    }
  };
  const answers: AuditAnswers = {
    auditMonth: async (query) => (await s()).audit(query),
    auditArticles: async (filter) => (await s()).articles(filter),
    auditArticle: async (id) => (await s()).article(id),
    exportAudit: (query, format) => exporting((own) => own.exportAudit(query, format)),
    exportChecklist: (id, format) => exporting((own) => own.exportChecklist(id, format)),
  };
  return Object.fromEntries(Object.entries(AuditChannel).map(([method, channel]) => [channel, answers[method as keyof AuditAnswers]])) as never;
}
