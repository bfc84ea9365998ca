// Room: renderer — the draft is saved through the host a moment after each change, and at once
// when the window hides or closes, so a crash loses at most the last fraction of a second.
// Saves never overlap; a change during a save is saved right after it.

export interface Autosave {
  changed(): void;
  flush(): Promise<void>;
  dispose(): void;
}

export const AUTOSAVE_DELAY_MS = 400;

export function createAutosave(save: () => Promise<unknown>, onError: (error: unknown) => void, delay = AUTOSAVE_DELAY_MS): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let running: Promise<void> | null = null;
  let failedBefore = false;

  const run = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (running !== null) return running.then(() => (dirty ? run() : undefined));
    if (!dirty) return;
    dirty = false;
    running = save().then(
      () => {
        failedBefore = false;
      },
      (error: unknown) => {
        dirty = true;
        // One message per run of failures, not one per keystroke.
        if (!failedBefore) onError(error);
        failedBefore = true;
      },
    );
    await running;
    running = null;
  };

  return {
    changed() {
      dirty = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    flush: run,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
