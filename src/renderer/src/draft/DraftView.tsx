// Room: renderer — the draft view: the editor, the publication date, the directive picker, and
// the panel of findings. The text is checked as it is typed, by the host (see liveCheck.ts),
// saved as it is typed (autosave.ts) and restored on the next start. Saved as an article
// (Ctrl+S, article/useArticleLink.ts), its findings are resolved in the cards and the panel, its
// checklist signed off and exported; an article opened from the Bài viết tab loads here.
import { openSearchPanel } from '@codemirror/search';
import { EditorSelection, EditorState, Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Finding, Report } from '../../../core/index.ts';
import type { ArticleDetail, ChecklistFormat, StoredFinding } from '../../../shared/auditSchemas.ts';
import type { CommandBus } from '../common/commands.ts';
import { soat } from '../common/host.ts';
import { useNotices } from '../common/Notices.tsx';
import { remember, remembered } from '../common/remembered.ts';
import { saveExport } from '../common/saveFile.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ArticleStrip } from './article/ArticleStrip.tsx';
import { defaultTitle, givenDirectives, type DraftSnapshot } from './article/articleDraft.ts';
import { DismissDialog } from './article/DismissDialog.tsx';
import { matchStored } from './article/matchStored.ts';
import { SaveArticleDialog } from './article/SaveArticleDialog.tsx';
import { SignOffDialog } from './article/SignOffDialog.tsx';
import { useArticleLink, type ArticleMeta } from './article/useArticleLink.ts';
import { createAutosave, type Autosave } from './autosave.ts';
import { DirectivePicker } from './DirectivePicker.tsx';
import { draftExtensions, languageCompartment, languageExtensions } from './editor/draftExtensions.ts';
import { resolveHandler, type ResolveAction } from './editor/findingCard.ts';
import { applyFixAtCursorCommand, goToFinding, nextFindingCommand, previousFindingCommand } from './editor/findingNavigation.ts';
import { evidenceKey, findingsField, noResolutions, setFindings, setResolutions, type ResolutionState } from './editor/findingsField.ts';
import { createLiveCheck, type LiveCheck, type LiveCheckState } from './editor/liveCheck.ts';
import { mountEditor } from './editor/mountEditor.ts';
import { FindingsPanel } from './FindingsPanel.tsx';

/** Today in the computer's time zone, YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const emptyReport = (date: string): Report => ({
  date,
  findings: [],
  themes: [],
  directives: [],
  summary: { errors: 0, warnings: 0, byKind: {}, themesCovered: 0, themesMissing: 0 },
});

const sameIds = (a: ReadonlySet<string>, b: readonly Finding[]): boolean => a.size === b.length && b.every((f) => a.has(f.id));

type DraftDialog = { kind: 'save' } | { kind: 'dismiss'; finding: StoredFinding } | { kind: 'sign' };

interface Props {
  active: boolean;
  bus: CommandBus;
  /** Grows with every change to the library: the draft is checked again. */
  libraryVersion: number;
  /** An article to load (from the Bài viết tab); a new request each time, even for the same id. */
  openArticle: { id: number; request: number } | null;
}

export function DraftView({ active, bus, libraryVersion, openArticle }: Props) {
  const { t, locale } = useI18n();
  const notices = useNotices();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const live = useRef<LiveCheck | null>(null);
  const autosave = useRef<Autosave | null>(null);
  const [date, setDate] = useState(today);
  const [chosen, setChosen] = useState<string[]>([]);
  const settings = useRef({ date, chosen });
  settings.current = { date, chosen };
  const [report, setReport] = useState<Report | null>(null);
  const [placedIds, setPlacedIds] = useState<ReadonlySet<string>>(new Set());
  const [checkState, setCheckState] = useState<LiveCheckState>('idle');
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [draftEmpty, setDraftEmpty] = useState(true);
  const [ready, setReady] = useState(false);
  const [dropping, setDropping] = useState(false);
  const notify = useRef(notices);
  notify.current = notices;
  const translate = useRef(t);
  translate.current = t;
  const link = useArticleLink();
  const linked = useRef(link);
  linked.current = link;
  const [dialog, setDialog] = useState<DraftDialog | null>(null);
  const onResolve = useRef<(stored: StoredFinding, action: ResolveAction) => void>(() => undefined);
  /** The draft as it is now: what saving it would store. */
  const snapshot = useCallback(
    (): DraftSnapshot => ({ text: view.current?.state.doc.toString() ?? '', date: settings.current.date, directives: settings.current.chosen }),
    [],
  );

  // The editor, the live check and the autosave live as long as the view.
  useEffect(() => {
    const { root, parent } = mountEditor(host.current!);
    let placed: ReadonlySet<string> = new Set();
    let empty = true;
    const check = createLiveCheck({
      check: (text) => {
        const { date: on, chosen: directives } = settings.current;
        linked.current.compare({ text, date: on, directives });
        return text.trim() === '' ? Promise.resolve(emptyReport(on)) : soat().checkDraft(text, { date: on, directives });
      },
      onReport: (answer) => {
        editor.dispatch({ effects: setFindings.of({ findings: answer.findings, themes: answer.themes }) });
        setReport(answer);
        setCheckedAt(new Date());
        // For `npm run bench`: when the answer reached the screen.
        performance.mark('soat:check-shown');
      },
      onError: (error) => notify.current.error(error),
      onState: setCheckState,
    });
    const saver = createAutosave(
      () =>
        soat().saveDraft({
          text: editor.state.doc.toString(),
          date: settings.current.date,
          directives: settings.current.chosen,
          articleId: linked.current.article?.id ?? null,
        }),
      (error) => notify.current.error(error),
    );
    const editor = new EditorView({
      root,
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          draftExtensions(translate.current, {
            onChange: ({ changes, doc }) => {
              check.changed(changes, doc);
              saver.changed();
              linked.current.changed();
              if ((doc.length === 0) !== empty) {
                empty = doc.length === 0;
                setDraftEmpty(empty);
              }
            },
            checkNow: () => check.now(editor.state.doc),
          }),
          resolveHandler.of((stored, action) => onResolve.current(stored, action)),
          // The panel lists what the editor still underlines: React hears of it only when that changes.
          EditorView.updateListener.of((update) => {
            const findings = update.state.field(findingsField).findings;
            if (!sameIds(placed, findings)) {
              placed = new Set(findings.map((f) => f.id));
              setPlacedIds(placed);
            }
          }),
        ],
      }),
    });
    view.current = editor;
    live.current = check;
    autosave.current = saver;

    let alive = true;
    soat()
      .loadDraft()
      .then((saved) => {
        if (!alive || saved === null) return;
        settings.current = { date: saved.date, chosen: saved.directives };
        setDate(saved.date);
        setChosen(saved.directives);
        if (saved.text !== '') {
          editor.dispatch({ changes: { from: 0, insert: saved.text }, annotations: Transaction.addToHistory.of(false) });
          notify.current.info(translate.current('draft.restored'));
        }
        // The article the draft was saved as: linked again before the first check compares with it.
        if (!saved.articleId) return;
        return soat()
          .auditArticle(saved.articleId)
          .then((answer) => {
            if (!alive || !answer.ok || answer.value === null) return;
            linked.current.link(answer.value);
            linked.current.compare({ text: editor.state.doc.toString(), date: saved.date, directives: saved.directives });
          });
      })
      .catch((error: unknown) => notify.current.error(error))
      .finally(() => {
        if (!alive) return;
        setReady(true);
        performance.mark('soat:editor-ready');
        check.now(editor.state.doc);
        editor.focus();
      });

    const flush = (): void => void saver.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      void saver.flush();
      saver.dispose();
      check.dispose();
      editor.destroy();
      view.current = null;
    };
  }, []);

  // The cards, the search panel and the placeholder speak the window's language.
  useEffect(() => {
    view.current?.dispatch({ effects: languageCompartment.reconfigure(languageExtensions(t)) });
  }, [t]);

  // How the saved article resolved each finding the editor shows: in the cards and the underlines.
  const resolutions = useMemo<ResolutionState>(
    () =>
      link.article
        ? { linked: true, signed: link.article.status === 'signed', byId: matchStored(report?.findings ?? [], link.article.findings) }
        : noResolutions,
    [link.article, report],
  );
  useEffect(() => {
    view.current?.dispatch({ effects: setResolutions.of(resolutions) });
  }, [resolutions]);
  // The draft file remembers which article the draft is.
  const articleId = link.article?.id ?? null;
  useEffect(() => {
    if (ready) autosave.current?.changed();
  }, [articleId, ready]);

  // A new date or choice of directives, or a changed library: check again at once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const editor = view.current;
    if (!editor || !ready) return;
    live.current?.now(editor.state.doc);
    autosave.current?.changed();
  }, [date, chosen, libraryVersion, ready]);

  const loadText = useCallback(
    (file: { name: string; text: string }) => {
      const editor = view.current;
      if (!editor) return;
      // One undoable step: an accidental open or drop is taken back with Ctrl+Z.
      editor.dispatch({
        changes: { from: 0, to: editor.state.doc.length, insert: file.text },
        selection: EditorSelection.cursor(0),
        scrollIntoView: true,
      });
      notices.info(t('draft.opened', { name: file.name }));
      live.current?.now(editor.state.doc);
      editor.focus();
    },
    [notices, t],
  );

  /** Puts an article's current version in the editor (one undoable step), with its date and directives. */
  const showArticle = useCallback(
    (article: ArticleDetail) => {
      const editor = view.current;
      if (!editor) return;
      const chosenNow = givenDirectives(article);
      settings.current = { date: article.publishedOn, chosen: chosenNow };
      setDate(article.publishedOn);
      setChosen(chosenNow);
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: article.text }, selection: EditorSelection.cursor(0), scrollIntoView: true });
      link.link(article);
      notices.info(t('article.opened', { id: article.id, version: article.version, title: article.title }));
      live.current?.now(editor.state.doc);
      editor.focus();
    },
    [link, notices, t],
  );

  useEffect(() => {
    if (openArticle === null || !ready) return;
    let current = true;
    soat()
      .auditArticle(openArticle.id)
      .then((answer) => {
        if (!current) return;
        if (!answer.ok) notices.error(answer.error.message);
        else if (answer.value === null) notices.error(t('article.gone', { id: openArticle.id }));
        else showArticle(answer.value);
      })
      .catch((error: unknown) => notices.error(error));
    return () => {
      current = false;
    };
    // Only a new request opens an article; not a new translation or notices object.
  }, [openArticle, ready]);

  const saveArticle = useCallback(() => {
    const draft = snapshot();
    if (draft.text.trim() === '') return notices.error(t('article.emptyDraft'));
    if (link.article === null) return setDialog({ kind: 'save' });
    void link.save(draft, null).then((refused) => refused && notices.error(refused));
  }, [link, notices, snapshot, t]);

  const closeDialog = useCallback(() => {
    setDialog(null);
    view.current?.focus();
  }, []);

  onResolve.current = (stored, action) => {
    if (action === 'dismiss') return setDialog({ kind: 'dismiss', finding: stored });
    void link.resolve(stored, { resolution: action === 'fixed' ? 'fixed' : null }).then((refused) => refused && notices.error(refused));
  };

  const saveMeta = (meta: ArticleMeta, asNew: boolean): Promise<string | null> =>
    link.save(snapshot(), meta, asNew).then((refused) => {
      if (refused) return refused;
      for (const field of ['outlet', 'section', 'author'] as const) remember(`article.${field}`, meta[field]);
      closeDialog();
      return null;
    });

  const signOff = (name: string): Promise<string | null> =>
    link.signOff(name).then((refused) => {
      if (refused) return refused;
      remember('signer', name.trim());
      notices.info(t('signOff.done', { name: name.trim() }));
      closeDialog();
      return null;
    });

  const exportChecklist = (format: ChecklistFormat): void => {
    if (link.article) void saveExport(soat().exportChecklist(link.article.id, format), notices, (name) => t('article.exported', { name }));
  };

  const newDraft = (): void => {
    const editor = view.current;
    if (!editor) return;
    const was = link.article;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: '' } });
    link.link(null);
    if (was) notices.info(t('article.newDraftDone', { id: was.id }));
    editor.focus();
  };

  const openFile = useCallback(() => {
    soat()
      .openDraftFile()
      .then((result) => {
        if (result === null) return;
        if (result.ok) loadText(result.value);
        else notices.error(result.error.message);
      })
      .catch((error: unknown) => notices.error(error));
  }, [loadText, notices]);

  const onDrop = (event: DragEvent): void => {
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void file
      .arrayBuffer()
      .then((buffer) => soat().readDraftFile({ name: file.name, bytes: new Uint8Array(buffer) }))
      .then((result) => (result.ok ? loadText(result.value) : notices.error(result.error.message)))
      .catch((error: unknown) => notices.error(error));
  };

  // Menu items and window shortcuts.
  useEffect(
    () =>
      bus.subscribe((command) => {
        const editor = view.current;
        if (!editor) return;
        switch (command) {
          case 'open-draft':
            openFile();
            break;
          case 'save-article':
            saveArticle();
            break;
          case 'check-now':
            live.current?.now(editor.state.doc);
            break;
          case 'find':
            openSearchPanel(editor);
            break;
          case 'apply-fix':
            applyFixAtCursorCommand(editor);
            editor.focus();
            break;
          case 'next-finding':
            nextFindingCommand(editor);
            editor.focus();
            break;
          case 'previous-finding':
            previousFindingCommand(editor);
            editor.focus();
            break;
          default:
        }
      }),
    [bus, openFile, saveArticle],
  );

  const goTo = useCallback((finding: Finding) => {
    const editor = view.current;
    const current = editor?.state.field(findingsField).findings.find((f) => f.id === finding.id);
    if (!editor || !current) return;
    goToFinding(editor, current);
    editor.focus();
  }, []);

  const goToEvidence = useCallback((themeId: string, index: number) => {
    const editor = view.current;
    const place = editor?.state.field(findingsField).evidence.get(evidenceKey(themeId, index));
    if (!editor || !place) return;
    editor.dispatch({
      selection: EditorSelection.range(place.start, Math.min(place.end, editor.state.doc.length)),
      effects: EditorView.scrollIntoView(place.start, { y: 'center' }),
    });
    editor.focus();
  }, []);

  const getText = useCallback(() => view.current?.state.doc.toString() ?? '', []);

  const status =
    checkState === 'done' && checkedAt
      ? t('draft.status.done', { time: checkedAt.toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-US') })
      : t(`draft.status.${checkState === 'done' ? 'idle' : checkState}`);

  return (
    <section
      className={`draft-view${dropping ? ' dropping' : ''}`}
      hidden={!active}
      id="view-draft"
      role="tabpanel"
      aria-labelledby="tab-draft"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className="toolbar">
        <button type="button" onClick={openFile} title={t('draft.openHint')}>
          {t('draft.open')}
        </button>
        <button type="button" onClick={saveArticle} title={t('article.saveHint')}>
          {t('article.save')}
        </button>
        <label className="toolbar-field">
          <span className="toolbar-label">{t('draft.date')}</span>
          <input type="date" value={date} required onChange={(event) => event.target.value && setDate(event.target.value)} />
        </label>
        <DirectivePicker date={date} chosen={chosen} onChange={setChosen} report={report} text={getText} />
        <span className={`check-status check-status-${checkState}`} data-state={checkState}>
          {status}
        </span>
        <button type="button" className="primary" title={t('draft.checkNowHint')} onClick={() => view.current && live.current?.now(view.current.state.doc)}>
          {t('draft.checkNow')}
        </button>
      </div>
      <ArticleStrip
        article={link.article}
        dirty={link.dirty}
        onEdit={() => setDialog({ kind: 'save' })}
        onSignOff={() => (link.dirty ? notices.error(t('signOff.unsaved')) : setDialog({ kind: 'sign' }))}
        onExport={exportChecklist}
        onNewDraft={newDraft}
      />
      <div className="draft-body">
        <div className="editor-host" ref={host} data-ready={ready ? 'true' : 'false'} />
        <FindingsPanel
          report={report}
          placedIds={placedIds}
          draftEmpty={draftEmpty}
          onGoTo={goTo}
          onGoToEvidence={goToEvidence}
          resolutions={resolutions}
          onResolve={(stored, action) => onResolve.current(stored, action)}
        />
      </div>
      {dropping ? <div className="drop-hint">{t('draft.dropHere')}</div> : null}
      {dialog?.kind === 'save' ? (
        <SaveArticleDialog
          initial={
            link.article
              ? { title: link.article.title, outlet: link.article.outlet, section: link.article.section, author: link.article.author }
              : {
                  title: defaultTitle(getText()),
                  outlet: remembered('article.outlet'),
                  section: remembered('article.section'),
                  author: remembered('article.author'),
                }
          }
          date={date}
          directives={chosen.map((id) => report?.directives.find((d) => d.id === id)?.number ?? id)}
          article={link.article}
          onSave={saveMeta}
          onCancel={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'dismiss' ? (
        <DismissDialog
          finding={dialog.finding}
          onDismiss={(reason) => link.resolve(dialog.finding, { resolution: 'dismissed', reason }).then((refused) => refused ?? (closeDialog(), null))}
          onCancel={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'sign' && link.article ? (
        <SignOffDialog article={link.article} initialName={remembered('signer')} onSign={signOff} onCancel={closeDialog} />
      ) : null}
    </section>
  );
}
