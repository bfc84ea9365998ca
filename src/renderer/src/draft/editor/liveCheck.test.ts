// Live checking: a check after each pause, only the newest answer shown, moved through what
// was typed while it ran; errors of stale checks ignored.
import { ChangeSet, Text } from '@codemirror/state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../../core/index.ts';
import { createLiveCheck, type LiveCheckState } from './liveCheck.ts';
import { finding, report } from './testFindings.testkit.ts';

interface Pending {
  text: string;
  resolve: (report: Report) => void;
  reject: (error: unknown) => void;
}

let requests: Pending[];
let shown: Report[];
let errors: unknown[];
let states: LiveCheckState[];
let doc: Text;

function setup() {
  const live = createLiveCheck({
    check: (text) => new Promise<Report>((resolve, reject) => requests.push({ text, resolve, reject })),
    onReport: (r) => shown.push(r),
    onError: (e) => errors.push(e),
    onState: (s) => states.push(s),
  });
  const type = (from: number, insert: string, to = from) => {
    const changes = ChangeSet.of({ from, to, insert }, doc.length);
    doc = changes.apply(doc);
    live.changed(changes, doc);
  };
  return { live, type };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  requests = [];
  shown = [];
  errors = [];
  states = [];
  doc = Text.of(['']);
});
afterEach(() => vi.useRealTimers());

describe('createLiveCheck', () => {
  it('checks once, 300 ms after the last keystroke', () => {
    const { type } = setup();
    for (const [i, ch] of [...'GDP 5,76%'].entries()) {
      type(i, ch);
      vi.advanceTimersByTime(100);
    }
    expect(requests).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(requests.map((r) => r.text)).toEqual(['GDP 5,76%']);
    expect(states).toEqual(['pending', 'checking']);
  });

  it('discards an answer that a newer check has overtaken, even when it arrives last', async () => {
    const { type } = setup();
    type(0, 'GDP 5,76%');
    vi.advanceTimersByTime(300);
    type(9, '.');
    vi.advanceTimersByTime(300);
    expect(requests).toHaveLength(2);
    requests[1]!.resolve(report([finding('GDP 5,76%.', '5,76%')]));
    await flush();
    requests[0]!.resolve(report([finding('GDP 5,76%', 'GDP')]));
    await flush();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.findings[0]!.actual).toBe('5,76%');
    expect(states.at(-1)).toBe('done');
  });

  it('moves the answer through what was typed while the check ran, dropping findings whose words changed', async () => {
    const { type } = setup();
    type(0, 'GDP 5,76% và 9,27 tỷ USD');
    vi.advanceTimersByTime(300);
    type(0, 'Năm nay ');
    type(8 + 5, '8', 8 + 6); // 5,76% → 5,86% while the check runs
    const text = requests[0]!.text;
    requests[0]!.resolve(report([finding(text, '5,76%'), finding(text, '9,27 tỷ USD')]));
    await flush();
    expect(shown[0]!.findings.map((f) => [f.actual, doc.sliceString(f.start, f.end)])).toEqual([['9,27 tỷ USD', '9,27 tỷ USD']]);
    expect(states.at(-1)).toBe('pending'); // the typing asked for another check
  });

  it('Ctrl+Enter checks at once and cancels the pending pause', () => {
    const { live, type } = setup();
    type(0, 'GDP');
    live.now(doc);
    vi.advanceTimersByTime(1000);
    expect(requests).toHaveLength(1);
  });

  it('reports the error of the newest check only, in its own state', async () => {
    const { live, type } = setup();
    type(0, 'a');
    live.now(doc);
    type(1, 'b');
    live.now(doc);
    requests[0]!.reject(new Error('cũ'));
    requests[1]!.reject(new Error('mới'));
    await flush();
    expect(errors).toEqual([new Error('mới')]);
    expect(states.at(-1)).toBe('failed');
  });

  it('after dispose, nothing is sent and late answers are dropped', async () => {
    const { live, type } = setup();
    type(0, 'a');
    live.now(doc);
    live.dispose();
    type(1, 'b');
    vi.advanceTimersByTime(1000);
    requests[0]!.resolve(report([]));
    await flush();
    expect(requests).toHaveLength(1);
    expect(shown).toEqual([]);
  });
});
