// Room: renderer — the heat map's colour for a count, the same scale as the printed reports
// (src/services/export/audit/heatColor.ts: the page cannot import services): none is a pale
// red, then pale to deep green as more articles cover the theme.
const NONE = '#fbe9e7';
const LOW = [0xe8, 0xf3, 0xe6] as const;
const HIGH = [0x2e, 0x7d, 0x32] as const;

export function heatColor(count: number, max: number): { background: string; color: string } {
  if (count <= 0 || max <= 0) return { background: NONE, color: '#8a1c12' };
  const t = 0.15 + 0.85 * Math.min(1, count / max);
  const rgb = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * t));
  return { background: `rgb(${rgb.join(', ')})`, color: count / max > 0.55 ? '#ffffff' : '#1f2328' };
}
