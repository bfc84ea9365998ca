// Timing helpers for `npm run bench`: medians of repeated runs after a warm-up.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median milliseconds of `runs` calls of fn, after `warm` untimed calls. */
export function timeMedian(fn: () => unknown, runs = 30, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function line(label: string, value: string, target: string, ok: boolean): string {
  return `${ok ? '✓' : '✗'} ${label.padEnd(58)} ${value.padStart(12)}   (mục tiêu ${target})`;
}
