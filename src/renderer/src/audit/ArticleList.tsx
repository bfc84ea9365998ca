// Room: renderer — the articles behind a cell of the audit, newest first; an article opens to
// its findings (how each was resolved) and sign-off, with its compliance checklist to export.
import { useEffect, useState } from 'react';
import type { ArticleDetail, ArticleList as List, ChecklistFormat } from '../../../shared/auditSchemas.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { saveExport } from '../common/saveFile.ts';
import { formatDate, type Locale } from '../i18n/translate.ts';
import type { AuditCell } from './AuditCell.ts';
import type { AuditTranslate } from './auditMessages.ts';

interface Props {
  cell: AuditCell;
  month: string;
  outlet: string | null;
  a: AuditTranslate;
  locale: Locale;
  onClose: () => void;
}

const SHOWN = 200;
const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['docx', 'pdf', 'md', 'csv'];

function ArticleFindings({ id, a, locale }: { id: number; a: AuditTranslate; locale: Locale }) {
  const notices = useNotices();
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  useEffect(() => {
    let live = true;
    soat()
      .auditArticle(id)
      .then((answer) => {
        if (!live) return;
        if (answer.ok) setDetail(answer.value);
        else notices.error(answer.error.message);
      })
      .catch((error: unknown) => notices.error(error));
    return () => {
      live = false;
    };
  }, [id, notices]);

  const exportChecklist = (format: ChecklistFormat): void => {
    void saveExport(soat().exportChecklist(id, format), notices, (name) => a('exported', { name }));
  };

  if (!detail) return <p className="audit-muted">{a('loading')}</p>;
  return (
    <div className="audit-article-detail">
      <p className="audit-muted">
        {detail.signOff ? a('article.signedBy', { name: detail.signOff.name, at: formatDate(locale, detail.signOff.at.slice(0, 10)) }) : a('article.notSigned')}
      </p>
      <h4>{a('article.findings', { version: detail.version })}</h4>
      {detail.findings.filter((f) => f.kind !== 'theme-missing').length === 0 ? (
        <p className="audit-muted">{a('article.noFindings')}</p>
      ) : (
        <ul className="audit-findings">
          {detail.findings
            .filter((f) => f.kind !== 'theme-missing')
            .map((f) => (
              <li key={f.id} className={`audit-finding audit-finding-${f.severity}`}>
                <span className="audit-finding-words">
                  “{f.actual}”{f.expected ? ` → “${f.expected}”` : ''}
                </span>{' '}
                <span className="audit-muted">{f.message}</span>{' '}
                <span className={`badge ${f.resolution ? 'badge-on' : 'badge-off'}`}>
                  {f.resolution === 'fixed' ? a('resolution.fixed') : f.resolution === 'dismissed' ? a('resolution.dismissed', { reason: f.reason ?? '' }) : a('resolution.open')}
                </span>
              </li>
            ))}
        </ul>
      )}
      <div className="audit-actions">
        <span className="audit-muted">{a('article.checklist')}:</span>
        {CHECKLIST_FORMATS.map((format) => (
          <button key={format} type="button" className="quiet" onClick={() => exportChecklist(format)}>
            .{format}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ArticleList({ cell, month, outlet, a, locale, onClose }: Props) {
  const notices = useNotices();
  const [list, setList] = useState<List | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    setList(null);
    setOpen(cell.focus ?? null);
    soat()
      .auditArticles({ ...cell.filter, month, ...(outlet ? { outlet } : {}), limit: SHOWN })
      .then((answer) => {
        if (!live) return;
        if (answer.ok) setList(answer.value);
        else notices.error(answer.error.message);
      })
      .catch((error: unknown) => notices.error(error));
    return () => {
      live = false;
    };
  }, [cell, month, outlet, notices]);

  return (
    <aside className="audit-list" aria-label={a('list.title', { label: cell.label })}>
      <header>
        <h3>{a('list.title', { label: cell.label })}</h3>
        <button type="button" className="quiet" onClick={onClose} aria-label={a('list.close')}>
          ×
        </button>
      </header>
      {list === null ? (
        <p className="audit-muted">{a('loading')}</p>
      ) : list.total === 0 ? (
        <p className="audit-muted">{a('list.none')}</p>
      ) : (
        <>
          <p className="audit-list-count" role="status">
            {a('list.count', { count: list.total })}
            {list.total > list.articles.length ? ` ${a('list.more', { shown: list.articles.length, count: list.total })}` : ''}
          </p>
          <ul className="audit-articles">
            {list.articles.map((article) => (
              <li key={article.id} data-article={article.id}>
                <button type="button" className="audit-article" aria-expanded={open === article.id} onClick={() => setOpen(open === article.id ? null : article.id)}>
                  <span className="audit-article-title">{article.title}</span>
                  <span className="audit-muted">
                    {formatDate(locale, article.publishedOn)} · {article.outlet || '—'} ·{' '}
                    <span className={`audit-status audit-status-${article.status}`}>{a(`status.${article.status}`)}</span>
                    {article.openErrors ? ` · ${a('list.errors')}: ${article.openErrors}` : ''}
                  </span>
                </button>
                {open === article.id ? <ArticleFindings id={article.id} a={a} locale={locale} /> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
