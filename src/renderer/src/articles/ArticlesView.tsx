// Room: renderer — the Bài viết tab: the newsroom's saved articles, newest first, filtered by month,
// outlet and status; opening one loads its latest version into the draft view (with how its
// findings were resolved). The bulk import screen opens here (BulkImport.tsx), and by itself when
// an import is running or stopped before its end. Lists come from the audit's article channels.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleFilter, ArticleList, ArticleSummary } from '../../../shared/auditSchemas.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../i18n/translate.ts';
import './articles.css';
import { BulkImport } from './BulkImport.tsx';

interface Props {
  active: boolean;
  /** Opens an article in the draft view. */
  onOpen: (id: number) => void;
}

const SHOWN = 200;
const STATUSES: readonly NonNullable<ArticleFilter['status']>[] = ['open', 'resolved', 'signed'];

export function ArticlesView({ active, onOpen }: Props) {
  const { t, locale } = useI18n();
  const notices = useNotices();
  const [month, setMonth] = useState('');
  const [outlet, setOutlet] = useState('');
  const [status, setStatus] = useState<ArticleFilter['status'] | ''>('');
  const [outlets, setOutlets] = useState<string[]>([]);
  const [list, setList] = useState<ArticleList | null>(null);
  const [importing, setImporting] = useState(false);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!active) return;
    let current = true;
    const filter: ArticleFilter = { limit: SHOWN, ...(month ? { month } : {}), ...(outlet ? { outlet } : {}), ...(status ? { status } : {}) };
    Promise.all([soat().auditArticles(filter), soat().articleOutlets()])
      .then(([articles, known]) => {
        if (!current) return;
        if (!articles.ok) return notices.error(articles.error.message);
        setList(articles.value);
        if (known.ok) setOutlets(known.value);
      })
      .catch((error: unknown) => notices.error(error));
    return () => {
      current = false;
    };
  }, [active, month, outlet, status, version, notices]);

  // An import running or stopped before its end shows its screen.
  useEffect(() => {
    if (!active || importing) return;
    soat()
      .importStatus()
      .then((answer) => {
        if (answer.ok && (answer.value.stopped.length > 0 || answer.value.current?.state === 'running')) setImporting(true);
      })
      .catch((error: unknown) => notices.error(error));
  }, [active, importing, notices]);

  const filtered = month !== '' || outlet !== '' || status !== '';
  const describe = (article: ArticleSummary): string =>
    [formatDate(locale, article.publishedOn), article.outlet || '—', article.section, article.author].filter(Boolean).join(' · ');

  return (
    <section className="articles-view" hidden={!active} id="view-articles" role="tabpanel" aria-labelledby="tab-articles">
      <div className="toolbar">
        <label className="toolbar-field">
          <span className="toolbar-label">{t('articles.month')}</span>
          <input type="month" value={month} aria-label={t('articles.month')} onChange={(e) => setMonth(/^\d{4}-\d{2}$/u.test(e.target.value) ? e.target.value : '')} />
        </label>
        <label className="toolbar-field">
          <span className="toolbar-label">{t('articles.outlet')}</span>
          <select value={outlet} aria-label={t('articles.outlet')} onChange={(e) => setOutlet(e.target.value)}>
            <option value="">{t('articles.allOutlets')}</option>
            {outlets.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span className="toolbar-label">{t('articles.status')}</span>
          <select value={status} aria-label={t('articles.status')} onChange={(e) => setStatus(e.target.value as ArticleFilter['status'] | '')}>
            <option value="">{t('articles.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`articles.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setMonth('');
              setOutlet('');
              setStatus('');
            }}
          >
            {t('articles.clearFilters')}
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={reload}>
          {t('articles.refresh')}
        </button>
        <button type="button" className="primary articles-import" onClick={() => setImporting(true)} disabled={importing}>
          {t('articles.import')}
        </button>
      </div>
      <div className="articles-body">
        {importing ? <BulkImport onImported={reload} onClose={() => setImporting(false)} /> : null}
        {list === null ? (
          <p className="articles-muted">{t('articles.loading')}</p>
        ) : list.total === 0 ? (
          <p className="empty-state articles-empty">{t(filtered ? 'articles.noMatch' : 'articles.empty')}</p>
        ) : (
          <>
            <p className="articles-count" role="status">
              {t('articles.count', { count: list.total })}
              {list.total > list.articles.length ? ` ${t('articles.more', { shown: list.articles.length })}` : ''}
            </p>
            <ul className="articles-list" aria-label={t('articles.listLabel')}>
              {list.articles.map((article) => (
                <li key={article.id} data-article={article.id}>
                  <button type="button" className="article-row" onClick={() => onOpen(article.id)} title={t('articles.openHint')}>
                    <span className="article-row-title">{article.title}</span>
                    <span className="article-row-meta">
                      {describe(article)} · {t('articles.version', { version: article.version })}
                    </span>
                    <span className={`article-status article-status-${article.status}`}>
                      {article.status === 'open' ? t('article.status.open', { count: article.openErrors }) : t(`articles.status.${article.status}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
