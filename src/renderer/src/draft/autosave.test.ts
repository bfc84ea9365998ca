import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosave', () => {
  it('saves once after a burst of changes', async () => {
    const save = vi.fn(() => Promise.resolve());
    const autosave = createAutosave(save, () => undefined);
    for (let i = 0; i < 10; i += 1) {
      autosave.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush saves at once; nothing changed, nothing saved', async () => {
    const save = vi.fn(() => Promise.resolve());
    const autosave = createAutosave(save, () => undefined);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    autosave.changed();
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a change during a save is saved after it, never alongside', async () => {
    let finish: () => void = () => undefined;
    let running = 0;
    let most = 0;
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          finish = () => {
            running -= 1;
            resolve();
          };
        }),
    );
    const autosave = createAutosave(save, () => undefined);
    autosave.changed();
    const first = autosave.flush();
    autosave.changed();
    const second = autosave.flush();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    finish();
    await Promise.all([first, second]);
    expect(save).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('reports a failing save once and tries again at the next change', async () => {
    const errors: unknown[] = [];
    const save = vi.fn(() => Promise.reject(new Error('đĩa đầy')));
    const autosave = createAutosave(save, (e) => errors.push(e));
    autosave.changed();
    await autosave.flush();
    autosave.changed();
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(1);
  });
});
