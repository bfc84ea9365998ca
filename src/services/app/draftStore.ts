// Room: services — the editor's draft on disk, so nothing typed is lost when the app or the
// machine stops: one JSON file in the data folder, written whole to a temporary file and
// renamed over the old one (a crash mid-write leaves the previous draft, never half of one).

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const DRAFT_FILE_NAME = 'ban-thao.json';

const SavedDraftSchema = z.object({
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  directives: z.array(z.string()),
  /** The article the draft was saved as or opened from; absent or null: not saved as one yet. */
  articleId: z.number().int().positive().nullable().optional(),
  savedAt: z.string(),
});

export type SavedDraft = z.infer<typeof SavedDraftSchema>;

export interface DraftStore {
  /** The last saved draft, or null when there is none or it cannot be read. */
  load(): Promise<SavedDraft | null>;
  save(draft: Omit<SavedDraft, 'savedAt'>): Promise<SavedDraft>;
}

export function createDraftStore(dataFolder: string, now: () => Date = () => new Date()): DraftStore {
  const path = join(dataFolder, DRAFT_FILE_NAME);
  // Saves run one after another: two renames racing could put an older draft last.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async load() {
      const raw = await readFile(path, 'utf8').catch(() => null);
      if (raw === null) return null;
      try {
        const parsed = SavedDraftSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      const saved: SavedDraft = {
        text: draft.text,
        date: draft.date,
        directives: [...draft.directives],
        ...(draft.articleId ? { articleId: draft.articleId } : {}),
        savedAt: now().toISOString(),
      };
      const write = async (): Promise<SavedDraft> => {
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(saved), 'utf8');
        await rename(temporary, path);
        return saved;
      };
      const next = queue.then(write, write);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
