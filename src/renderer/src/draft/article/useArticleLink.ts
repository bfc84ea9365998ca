// Room: renderer — the saved article behind the draft view: which article and version the draft
// is, whether the draft changed since (text, date or directives), and the editor's acts on it —
// save (a new article, or a new version of this one), resolve a finding, sign the checklist off.
// Every answer of the host is the article as it now stands; a refusal comes back as its words.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { FindingDecision } from '../../../../shared/articleSchemas.ts';
import type { ArticleDetail, StoredFinding } from '../../../../shared/auditSchemas.ts';
import { messageOf, soat } from '../../common/host.ts';
import { useNotices } from '../../common/Notices.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { differsFromSaved, type DraftSnapshot } from './articleDraft.ts';

/** What an editor types about a new article (or changes about a saved one). */
export interface ArticleMeta {
  title: string;
  outlet: string;
  section: string;
  author: string;
}

export interface ArticleLink {
  article: ArticleDetail | null;
  /** The draft is not the saved version any more (or never was one). */
  dirty: boolean;
  /** The text changed: call on every edit (cheap). */
  changed(): void;
  /** Compares the draft with the saved version (after a pause in typing, a new date ...). */
  compare(draft: DraftSnapshot): void;
  /** The draft is this article now (opened, restored, or null: a new draft). */
  link(article: ArticleDetail | null): void;
  /** Saves the draft; answers the refusal in words, or null when saved. */
  save(draft: DraftSnapshot, meta: Partial<ArticleMeta> | null, asNew?: boolean): Promise<string | null>;
  resolve(stored: StoredFinding, decision: FindingDecision): Promise<string | null>;
  signOff(name: string): Promise<string | null>;
}

export function useArticleLink(): ArticleLink {
  const { t } = useI18n();
  const notices = useNotices();
  const [article, setArticle] = useState<ArticleDetail | null>(null);
  const [dirty, setDirty] = useState(false);
  const current = useRef<{ article: ArticleDetail | null; dirty: boolean }>({ article: null, dirty: false });

  const setBoth = useCallback((next: ArticleDetail | null, isDirty: boolean) => {
    current.current = { article: next, dirty: isDirty };
    setArticle(next);
    setDirty(isDirty);
  }, []);

  /** Runs a request whose answer is the article; its refusal or failure as words. */
  const answer = useCallback(
    async (request: Promise<{ ok: true; value: ArticleDetail } | { ok: false; error: { message: string } }>): Promise<string | null> => {
      try {
        const result = await request;
        if (!result.ok) return result.error.message;
        setBoth(result.value, current.current.dirty);
        return null;
      } catch (error) {
        return messageOf(error, t);
      }
    },
    [setBoth, t],
  );

  const changed = useCallback(() => {
    if (current.current.article && !current.current.dirty) setBoth(current.current.article, true);
  }, [setBoth]);

  const compare = useCallback(
    (draft: DraftSnapshot) => {
      const saved = current.current.article;
      if (saved === null) return;
      const differs = differsFromSaved(saved, draft);
      if (differs !== current.current.dirty) setBoth(saved, differs);
    },
    [setBoth],
  );

  const link = useCallback((next: ArticleDetail | null) => setBoth(next, false), [setBoth]);

  const save = useCallback(
    async (draft: DraftSnapshot, meta: Partial<ArticleMeta> | null, asNew = false): Promise<string | null> => {
      if (draft.text.trim() === '') return t('article.emptyDraft');
      const saved = asNew ? null : current.current.article;
      try {
        const result = await soat().saveArticle({ articleId: saved?.id ?? null, text: draft.text, date: draft.date, directives: [...draft.directives], ...meta });
        if (!result.ok) return result.error.message;
        const { change, article: now } = result.value;
        setBoth(now, false);
        const params = { id: now.id, version: now.version, title: now.title };
        notices.info(t(change === 'added' ? 'article.saved.added' : change === 'updated' ? 'article.saved.updated' : 'article.saved.unchanged', params));
        return null;
      } catch (error) {
        return messageOf(error, t);
      }
    },
    [notices, setBoth, t],
  );

  const resolve = useCallback(
    (stored: StoredFinding, decision: FindingDecision) => {
      const saved = current.current.article;
      return saved ? answer(soat().resolveFinding(saved.id, stored.key, decision)) : Promise.resolve(t('article.notSaved'));
    },
    [answer, t],
  );

  const signOff = useCallback(
    (name: string) => {
      const saved = current.current.article;
      if (!saved) return Promise.resolve(t('article.notSaved'));
      if (current.current.dirty) return Promise.resolve(t('signOff.unsaved'));
      return answer(soat().signOffArticle(saved.id, name));
    },
    [answer, t],
  );

  return useMemo(() => ({ article, dirty, changed, compare, link, save, resolve, signOff }), [article, dirty, changed, compare, link, save, resolve, signOff]);
}
