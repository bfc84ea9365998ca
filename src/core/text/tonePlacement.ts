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
 * "qu" + "ý"), or, for the `words` keys, that is a whole word. Returns the text itself when
 * nothing changes, which is nearly always.
 */
function replacePairs(text: string, pairs: ReadonlyMap<string, string>, words: ReadonlyMap<string, string> | null, seconds: Uint8Array): string {
  let out = '';
  let from = 0;
  // Looked up by the second letter: a toned a/e/y or i is much rarer than an o, u, t or k.
  for (let i = 1; i < text.length; i++) {
    if (!seconds[text.charCodeAt(i)]) continue;
    if (i - 1 < from || isWordChar(text[i + 1])) continue;
    const pair = text.slice(i - 1, i + 1);
    let to = pairs.get(pair);
    if (to !== undefined && /[qQ]/.test(text[i - 2] ?? '')) to = undefined;
    if (to === undefined && words) {
      to = words.get(pair);
      if (to !== undefined && isWordChar(text[i - 2])) to = undefined;
    }
    if (to === undefined) continue;
    out += text.slice(from, i - 1) + to;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A table by UTF-16 code unit of the second letters of the keys (a lookup per character). */
function secondCodes(...maps: ReadonlyMap<string, string>[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const pairs of maps) for (const k of pairs.keys()) table[k.charCodeAt(1)] = 1;
  return table;
}

/** Moves the tone of "oa", "oe", "uy" at a syllable's end to the placement asked for. */
export function placeTones(text: string, style: 'old' | 'new'): string {
  return style === 'old' ? replacePairs(text, TO_OLD, null, TO_OLD_SECONDS) : replacePairs(text, TO_NEW, null, TO_NEW_SECONDS);
}

// Whole syllables whose i/y spellings are the same word.
const I_Y = new Map(Object.entries({ tỉ: 'tỷ', Tỉ: 'Tỷ', kĩ: 'kỹ', Kĩ: 'Kỹ', lí: 'lý', Lí: 'Lý', mĩ: 'mỹ', Mĩ: 'Mỹ' }));
const TO_OLD_SECONDS = secondCodes(TO_OLD);
const TO_NEW_SECONDS = secondCodes(TO_NEW);
const CANONICAL_SECONDS = secondCodes(TO_OLD, I_Y);

/** The canonical spelling core compares: old tone placement, tỷ/kỹ/lý/mỹ (one pass). */
export function canonicalTones(text: string): string {
  return replacePairs(text, TO_OLD, I_Y, CANONICAL_SECONDS);
}
