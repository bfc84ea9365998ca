// Tone-mark placement: "hòa" (old) and "hoà" (new) are both correct, newsrooms pick one.
// Core compares text in one canonical placement (the old one), so matching never depends on
// it; `placeTones` writes a fix in the newsroom's own style. Both are length-preserving, so
// offsets stay valid. Also folds the i/y spelling pairs that do not change meaning (tỉ/tỷ...).
//
// Only open syllables ending in "oa", "oe", "uy" (not after q) vary: hòa/hoà, khỏe/khoẻ,
// thủy/thuỷ. Closed ones ("hoàng", "thuyết") have one placement.

const TONED: Record<string, string> = {
  a: 'àáảãạ', A: 'ÀÁẢÃẠ', e: 'èéẻẽẹ', E: 'ÈÉẺẼẸ', y: 'ỳýỷỹỵ', Y: 'ỲÝỶỸỴ', o: 'òóỏõọ', O: 'ÒÓỎÕỌ', u: 'ùúủũụ', U: 'ÙÚỦŨỤ',
};

// "oà" → "òa" and back, for every tone and case.
const TO_OLD = new Map<string, string>();
const TO_NEW = new Map<string, string>();
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
  for (const upper1 of [false, true]) {
    for (const upper2 of [false, true]) {
      const f = upper1 ? first.toUpperCase() : first;
      const s = upper2 ? second.toUpperCase() : second;
      for (let t = 0; t < 5; t++) {
        const newStyle = f + TONED[s]![t]!;
        const oldStyle = TONED[f]![t]! + s;
        TO_OLD.set(newStyle, oldStyle);
        TO_NEW.set(oldStyle, newStyle);
      }
    }
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Replaces, in one pass, each two-letter `pairs` key that ends a syllable (not after q: "quý" is
 * "qu" + "ý"). Returns the text itself when nothing changes, which is nearly always.
 */
function replaceSyllableEnds(text: string, pairs: ReadonlyMap<string, string>, firsts: ReadonlySet<number>): string {
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!firsts.has(text.charCodeAt(i))) continue;
    const pair = text.slice(i, i + 2);
    const to = pairs.get(pair);
    if (to === undefined || isWordChar(text[i + 2]) || /[qQ]/.test(text[i - 1] ?? '')) continue;
    out += text.slice(from, i) + to;
    from = i + 2;
    i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

const firstCodes = (pairs: ReadonlyMap<string, string>): Set<number> => new Set([...pairs.keys()].map((k) => k.charCodeAt(0)));
const TO_OLD_FIRSTS = firstCodes(TO_OLD);
const TO_NEW_FIRSTS = firstCodes(TO_NEW);

/** Moves the tone of "oa", "oe", "uy" at a syllable's end to the placement asked for. */
export function placeTones(text: string, style: 'old' | 'new'): string {
  return style === 'old' ? replaceSyllableEnds(text, TO_OLD, TO_OLD_FIRSTS) : replaceSyllableEnds(text, TO_NEW, TO_NEW_FIRSTS);
}

// Whole syllables whose i/y spellings are the same word.
const I_Y = new Map(Object.entries({ tỉ: 'tỷ', Tỉ: 'Tỷ', kĩ: 'kỹ', Kĩ: 'Kỹ', lí: 'lý', Lí: 'Lý', mĩ: 'mỹ', Mĩ: 'Mỹ' }));
const I_Y_FIRSTS = firstCodes(I_Y);

/** The canonical spelling core compares: old tone placement, tỷ/kỹ/lý/mỹ. */
export function canonicalTones(text: string): string {
  const placed = placeTones(text, 'old');
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < placed.length; i++) {
    if (!I_Y_FIRSTS.has(placed.charCodeAt(i))) continue;
    const to = I_Y.get(placed.slice(i, i + 2));
    if (to === undefined || isWordChar(placed[i - 1]) || isWordChar(placed[i + 2])) continue;
    out += placed.slice(from, i) + to;
    from = i + 2;
    i++;
  }
  return from === 0 ? placed : out + placed.slice(from);
}
