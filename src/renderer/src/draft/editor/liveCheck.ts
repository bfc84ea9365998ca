// Room: renderer — live checking as the editor types. Each pause of `delay` ms sends the text
// to the host (Electron's main process or the harness's server: never this thread), numbered.
// Only the answer to the newest request is shown — an older one arriving late is discarded —
// and it is first moved through whatever was typed while the check ran (mapReport.ts).
// Knows nothing of React or the DOM: the editor feeds it changes, it hands back reports.
import { ChangeSet, type Text } from '@codemirror/state';
import type { Report } from '../../../../core/index.ts';
import { mapReport } from './mapReport.ts';

export type LiveCheckState = 'idle' | 'pending' | 'checking' | 'done' | 'failed';

export interface LiveCheckOptions {
  /** Checks a text; the date and directives are the caller's current choice. */
  check: (text: string) => Promise<Report>;
  /** The newest report, moved to the current text. */
  onReport: (report: Report) => void;
  onError: (error: unknown) => void;
  onState?: (state: LiveCheckState) => void;
  delay?: number;
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export const CHECK_DELAY_MS = 300;

export interface LiveCheck {
  /** The editor changed: remember the changes for checks in flight, and check after a pause. */
  changed(changes: ChangeSet, doc: Text): void;
  /** Check at once (Ctrl+Enter, a new date or directive choice, a loaded file). */
  now(doc: Text): void;
  dispose(): void;
}

export function createLiveCheck(options: LiveCheckOptions): LiveCheck {
  const delay = options.delay ?? CHECK_DELAY_MS;
  const timers = options.timers ?? {
    set: (run: () => void, ms: number) => setTimeout(run, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let latest = 0;
  let timer: unknown = null;
  let doc: Text | null = null;
  let disposed = false;
  let state: LiveCheckState = 'idle';
  /** For each request in flight: the edits made since its text was taken. */
  const inFlight = new Map<number, ChangeSet>();

  const setState = (next: LiveCheckState): void => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  const send = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (doc === null || disposed) return;
    const sequence = ++latest;
    inFlight.set(sequence, ChangeSet.empty(doc.length));
    setState('checking');
    options.check(doc.toString()).then(
      (report) => {
        const since = inFlight.get(sequence);
        inFlight.delete(sequence);
        if (disposed || sequence !== latest || since === undefined) return; // stale: a newer check is coming
        setState(timer === null ? 'done' : 'pending');
        options.onReport(mapReport(report, since));
      },
      (error: unknown) => {
        inFlight.delete(sequence);
        if (disposed || sequence !== latest) return;
        setState('failed');
        options.onError(error);
      },
    );
  };

  return {
    changed(changes, next) {
      doc = next;
      if (changes.empty) return;
      for (const [sequence, since] of inFlight) inFlight.set(sequence, since.compose(changes));
      if (timer !== null) timers.clear(timer);
      timer = timers.set(send, delay);
      setState('pending');
    },
    now(next) {
      doc = next;
      send();
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
      inFlight.clear();
    },
  };
}
