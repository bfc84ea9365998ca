// Tone-mark placement: "hòa" (old) and "hoà" (new) are both correct, newsrooms pick one.
// Core compares text in one canonical placement (the old one), so matching never depends on
// it; `placeTones` writes a fix in the newsroom's own style. Both are length-preserving, so
// offsets stay valid. Also folds the i/y spelling pairs that do not change meaning (tỉ/tỷ...).

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function splitTone(ch: string): { base: string; tone: string } {
  const d = ch.normalize('NFD');
  for (const t of TONES) {
    if (d.includes(t)) return { base: d.replace(t, '').normalize('NFC'), tone: t };
  }
  return { base: ch, tone: '' };
}

function withTone(base: string, tone: string): string {
  return (base.normalize('NFD') + tone).normalize('NFC');
}

// Open syllables ending in oa, oe, uy (not after q): the only ones whose placement varies.
const OPEN_PAIR = /(?<![qQ\p{M}])(\p{L})(\p{L})(?![\p{L}\p{M}\p{N}])/gu;

/** Moves the tone of "oa", "oe", "uy" at a syllable's end to the placement asked for. */
export function placeTones(text: string, style: 'old' | 'new'): string {
  return text.replace(OPEN_PAIR, (whole, first: string, second: string) => {
    const f = splitTone(first);
    const s = splitTone(second);
    const pair = (f.base + s.base).toLowerCase();
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return whole;
    const tone = f.tone || s.tone;
    if (!tone || (f.tone && s.tone)) return whole;
    return style === 'old'
      ? withTone(f.base, tone) + s.base
      : f.base + withTone(s.base, tone);
  });
}

// Whole syllables whose i/y spellings are the same word.
const I_Y: Record<string, string> = { tỉ: 'tỷ', Tỉ: 'Tỷ', kĩ: 'kỹ', Kĩ: 'Kỹ', lí: 'lý', Lí: 'Lý', mĩ: 'mỹ', Mĩ: 'Mỹ' };
const I_Y_WORD = /(?<![\p{L}\p{M}])(tỉ|Tỉ|kĩ|Kĩ|lí|Lí|mĩ|Mĩ)(?![\p{L}\p{M}])/gu;

/** The canonical spelling core compares: old tone placement, tỷ/kỹ/lý/mỹ. */
export function canonicalTones(text: string): string {
  return placeTones(text, 'old').replace(I_Y_WORD, (w) => I_Y[w] ?? w);
}
