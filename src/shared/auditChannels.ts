// Room: shared — the channels of the month audit view (issue 5), kept apart from the other
// features' channels and merged into channels.ts. Imports nothing, like channels.ts: the
// sandboxed preload bundles it. Each key is the name of the function on window.soat.

export const AuditChannel = {
  /** The month audit: heat map, uncovered themes, conflicts, open errors, trend. */
  auditMonth: 'soat:audit-month',
  /** The articles behind a cell of the audit. */
  auditArticles: 'soat:audit-articles',
  /** One article with its findings and history. */
  auditArticle: 'soat:audit-article',
  /** The audit as .xlsx, .pdf or .docx: a file name and its bytes, for the page to save. */
  exportAudit: 'soat:export-audit',
  /** An article's compliance checklist as .docx, .pdf, .md or .csv. */
  exportChecklist: 'soat:export-checklist',
} as const;

export type AuditMethod = keyof typeof AuditChannel;
