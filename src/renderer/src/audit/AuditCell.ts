// Room: renderer — a cell of the audit: what it says in words and which articles it counts, as
// the filter the services list them by. Every number of the view is one.
import type { ArticleFilter } from '../../../shared/auditSchemas.ts';

export interface AuditCell {
  label: string;
  filter: ArticleFilter;
  /** An article of the list to open at once (an article named in the view). */
  focus?: number;
}
