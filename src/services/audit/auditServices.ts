// Room: services — what the desktop app's audit view asks of Node, as plain functions: the month
// audit, the articles behind any of its cells, and the exports (the audit as .xlsx/.pdf/.docx, an
// article's checklist as .docx/.pdf/.md/.csv) as a file name and bytes the page saves. Electron's
// IPC handlers and the browser harness both call these, on the library's own database file.
import type { Library } from '../library/openLibrary.ts';
import type { ArticleDetail, ArticleFilter } from '../articles/articleTypes.ts';
import type { ArticleList } from '../articles/listArticles.ts';
import { lazyArticleStore } from '../articles/lazyArticleStore.ts';
import { exportAudit, type AuditFormat } from '../export/exportAudit.ts';
import { exportChecklist, type ChecklistFormat } from '../export/exportChecklist.ts';
import { formatMonth } from '../export/formatDate.ts';
import type { HtmlPrinter } from '../export/HtmlPrinter.ts';
import type { Result } from '../result.ts';
import type { AuditQuery, AuditReport } from './auditTypes.ts';

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
}

export interface AuditServices {
  audit(query: AuditQuery): Result<AuditReport>;
  articles(filter: ArticleFilter): Result<ArticleList>;
  article(id: number): Result<ArticleDetail | null>;
  exportAudit(query: AuditQuery, format: AuditFormat): Promise<Result<ExportedFile>>;
  exportChecklist(id: number, format: ChecklistFormat): Promise<Result<ExportedFile>>;
  close(): void;
}

export interface AuditServicesOptions {
  library: Library;
  /** Prints the PDFs and draws the .docx charts: Electron's in the app, Chromium elsewhere. */
  printer: () => Promise<Result<HtmlPrinter>>;
}

/** "Báo cáo tuân thủ 2024-06 Báo Bình Phước.xlsx" without characters file systems refuse. */
function fileName(base: string, extension: string): string {
  return `${base.replace(/[\\/:*?"<>|]+/gu, '-').replace(/\s+/gu, ' ').trim()}.${extension}`;
}

export function createAuditServices(options: AuditServicesOptions): AuditServices {
  const { library } = options;
  const store = lazyArticleStore(library.path);
  const articles = store.get;
  const audit = (query: AuditQuery): Result<AuditReport> => {
    const s = articles();
    return s.ok ? { ok: true, value: s.value.audit(query, library.directives()) } : s;
  };
  return {
    audit,
    articles(filter) {
      const s = articles();
      return s.ok ? { ok: true, value: s.value.list(filter) } : s;
    },
    article(id) {
      const s = articles();
      return s.ok ? { ok: true, value: s.value.get(id) } : s;
    },
    async exportAudit(query, format) {
      const report = audit(query);
      if (!report.ok) return report;
      const all = articles();
      const list = all.ok ? all.value.list({ month: query.month, ...(query.outlet ? { outlet: query.outlet } : {}), limit: Number.MAX_SAFE_INTEGER }).articles : [];
      const bytes = await exportAudit(report.value, format, { printer: options.printer, articles: list });
      if (!bytes.ok) return bytes;
      return { ok: true, value: { name: fileName(`Báo cáo tuân thủ ${formatMonth(query.month)}${query.outlet ? ` ${query.outlet}` : ''}`.replace(/\//gu, '-'), format), bytes: bytes.value } };
    },
    async exportChecklist(id, format) {
      const s = articles();
      if (!s.ok) return s;
      const article = s.value.get(id);
      if (!article) return { ok: false, error: { code: 'article-not-found', message: `Không có bài viết số ${id}.` } };
      const bytes = await exportChecklist(article, format, options.printer);
      if (!bytes.ok) return bytes;
      return { ok: true, value: { name: fileName(`Phiếu kiểm tra tuân thủ bài ${id}`, format), bytes: bytes.value } };
    },
    close: store.close,
  };
}
