// Room: renderer — the library view: the directives (number, kind, issuer, date, validity,
// active) with search as you type (the library's full-text search, blind to diacritics:
// "tuyen giao" finds "Tuyên giáo"), importing a file through a preview, and one directive's
// tables to correct.
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import type { DirectiveDetail, DirectiveSummary, ImportCommitted, ImportPreview, SearchHit } from '../../../shared/desktopSchemas.ts';
import type { CommandBus } from '../common/commands.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate, type Locale, type Translate } from '../i18n/translate.ts';
import { DirectiveDetailView } from './DirectiveDetailView.tsx';
import { ImportPreviewDialog } from './ImportPreviewDialog.tsx';
import type { RunEdit } from './ItemTables.tsx';

const SEARCH_DELAY_MS = 150;

interface Props {
  active: boolean;
  bus: CommandBus;
  libraryVersion: number;
  /** The library changed (an edit, an import): the draft is checked again. */
  onChanged: () => void;
}

function validityText(d: DirectiveSummary, t: Translate, locale: Locale): string {
  if (!d.validity) return t('library.validity.none');
  return d.validity.to
    ? t('library.validity.range', { from: formatDate(locale, d.validity.from), to: formatDate(locale, d.validity.to) })
    : t('library.validity.open', { from: formatDate(locale, d.validity.from) });
}

export function LibraryView({ active, bus, libraryVersion, onChanged }: Props) {
  const { t, locale } = useI18n();
  const notices = useNotices();
  const [list, setList] = useState<DirectiveSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<DirectiveDetail | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [dropping, setDropping] = useState(false);
  const searchSequence = useRef(0);

  const refresh = useCallback(() => {
    soat()
      .listDirectives()
      .then(setList)
      .catch((error: unknown) => notices.error(error));
  }, [notices]);

  useEffect(refresh, [refresh, libraryVersion]);

  // Search as you type; only the answer to the newest query is shown.
  useEffect(() => {
    const q = query.trim();
    const sequence = ++searchSequence.current;
    if (q === '') {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      soat()
        .searchDirectives(q)
        .then((answer) => sequence === searchSequence.current && setHits(answer))
        .catch((error: unknown) => notices.error(error));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, libraryVersion, notices]);

  useEffect(() => {
    if (selected === null) {
      setDetail(null);
      return;
    }
    let live = true;
    soat()
      .getDirective(selected)
      .then((answer) => live && setDetail(answer))
      .catch((error: unknown) => notices.error(error));
    return () => {
      live = false;
    };
  }, [selected, notices]);

  const run: RunEdit = useCallback(
    async (edit) => {
      try {
        const result = await edit();
        if (!result.ok) return result.error.message;
        setDetail(result.value);
        refresh();
        onChanged();
        notices.info(t('detail.saved'));
        return null;
      } catch (error) {
        notices.error(error);
        return t('error.generic');
      }
    },
    [refresh, onChanged, notices, t],
  );

  const showPreview = useCallback(
    (result: { ok: true; value: ImportPreview } | { ok: false; error: { message: string } } | null) => {
      if (result === null) return;
      if (result.ok) setPreview(result.value);
      else notices.error(result.error.message);
    },
    [notices],
  );

  const importFile = useCallback(() => {
    soat()
      .openDirectiveFile()
      .then(showPreview)
      .catch((error: unknown) => notices.error(error));
  }, [showPreview, notices]);

  useEffect(() => bus.subscribe((command) => command === 'import-directive' && importFile()), [bus, importFile]);

  const saved = (outcome: ImportCommitted): void => {
    setPreview(null);
    notices.info(outcome.outcome === 'unchanged' ? t('library.importedUnchanged', { id: outcome.id }) : t('library.imported', { id: outcome.id }));
    if (outcome.unapplied > 0) notices.info(t('library.unapplied', { count: outcome.unapplied }));
    setQuery('');
    setSelected(outcome.id);
    refresh();
    onChanged();
  };

  const onDrop = (event: DragEvent): void => {
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void file
      .arrayBuffer()
      .then((buffer) => soat().previewDirectiveFile({ name: file.name, bytes: new Uint8Array(buffer) }))
      .then(showPreview)
      .catch((error: unknown) => notices.error(error));
  };

  const byId = new Map((list ?? []).map((d) => [d.id, d]));
  const rows: { summary: DirectiveSummary; snippet: string | null }[] =
    hits === null
      ? (list ?? []).map((summary) => ({ summary, snippet: null }))
      : hits.flatMap((hit) => {
          const summary = byId.get(hit.id);
          return summary ? [{ summary, snippet: hit.snippet }] : [];
        });

  return (
    <section
      className={`library-view${dropping ? ' dropping' : ''}`}
      hidden={!active}
      id="view-library"
      role="tabpanel"
      aria-labelledby="tab-library"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className="toolbar">
        <label className="toolbar-field search-field">
          <span className="sr-only">{t('library.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('library.searchPlaceholder')}
            aria-label={t('library.search')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <button type="button" className="primary" title={t('library.importHint')} onClick={importFile}>
          {t('library.import')}
        </button>
        <span className="library-count" role="status" aria-live="polite">
          {hits !== null
            ? hits.length === 0
              ? t('library.noHits', { query: query.trim() })
              : t('library.hits', { count: rows.length, query: query.trim() })
            : list !== null
              ? t('library.count', { count: list.length })
              : ''}
        </span>
      </div>
      <div className="library-body">
        {list !== null && list.length === 0 ? (
          <p className="empty-state">{t('library.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="directives-table" aria-label={t('library.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('library.col.number')}</th>
                  <th scope="col">{t('library.col.kind')}</th>
                  <th scope="col">{t('library.col.issuer')}</th>
                  <th scope="col">{t('library.col.date')}</th>
                  <th scope="col">{t('library.col.validity')}</th>
                  <th scope="col">{t('library.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ summary: d, snippet }) => (
                  <tr key={d.id} data-id={d.id} aria-selected={selected === d.id} className={selected === d.id ? 'selected' : ''}>
                    <td>
                      <button type="button" className="row-button" onClick={() => setSelected(d.id)}>
                        {d.number ?? t('library.noNumber')}
                      </button>
                      {d.title ? <div className="row-title">{d.title}</div> : null}
                      {snippet ? <div className="row-snippet">{snippet}</div> : null}
                    </td>
                    <td>{d.kind ?? ''}</td>
                    <td>{d.issuer ?? ''}</td>
                    <td>{formatDate(locale, d.issuedOn)}</td>
                    <td>{validityText(d, t, locale)}</td>
                    <td>
                      <span className={`badge ${d.status === 'active' ? 'badge-on' : 'badge-off'}`}>
                        {d.status === 'active' ? t('library.active') : t('library.retired')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {detail ? (
          <DirectiveDetailView key={detail.summary.id} detail={detail} run={run} onClose={() => setSelected(null)} />
        ) : list !== null && list.length > 0 ? (
          <p className="library-pick">{t('library.pick')}</p>
        ) : null}
      </div>
      {dropping ? <div className="drop-hint">{t('library.dropHere')}</div> : null}
      {preview ? <ImportPreviewDialog preview={preview} onSaved={saved} onCancel={() => setPreview(null)} /> : null}
    </section>
  );
}
