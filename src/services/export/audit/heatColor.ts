// Room: services — the heat map's colour for a count: none is a pale red (a theme nobody covered
// that week), then from pale to deep green as more articles cover it. "RRGGBB", no "#", so the
// HTML and the .docx shading use the same value.
const NONE = 'FBE9E7';
const LOW = [0xe8, 0xf3, 0xe6] as const;
const HIGH = [0x2e, 0x7d, 0x32] as const;

export function heatColor(count: number, max: number): string {
  if (count <= 0 || max <= 0) return NONE;
  const t = 0.15 + 0.85 * Math.min(1, count / max);
  return LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * t).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** Text on a dark cell is white. */
export function heatTextColor(count: number, max: number): string {
  return count > 0 && max > 0 && count / max > 0.55 ? 'FFFFFF' : '1F2328';
}
