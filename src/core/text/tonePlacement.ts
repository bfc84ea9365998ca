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

const NEW_PAIR = /([oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}\p{N}])/gu;
const OLD_PAIR = /([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])(?![\p{L}\p{M}\p{N}])/gu;

/** Moves the tone of "oa", "oe", "uy" at a syllable's end to the placement asked for. */
export function placeTones(text: string, style: 'old' | 'new'): string {
  if (style === 'old') {
    return text.replace(NEW_PAIR, (pair: string, _p: string, offset: number, all: string) => {
      if (/[qQ]/.test(all[offset - 1] ?? '')) return pair;
      return TO_OLD.get(pair) ?? pair;
    });
  }
  return text.replace(OLD_PAIR, (pair: string, _p: string, offset: number, all: string) => {
    if (/[qQ]/.test(all[offset - 1] ?? '')) return pair;
    return TO_NEW.get(pair) ?? pair;
  });
}

// Whole syllables whose i/y spellings are the same word.
const I_Y: Record<string, string> = { tỉ: 'tỷ', Tỉ: 'Tỷ', kĩ: 'kỹ', Kĩ: 'Kỹ', lí: 'lý', Lí: 'Lý', mĩ: 'mỹ', Mĩ: 'Mỹ' };
const I_Y_WORD = /(?<![\p{L}\p{M}])(tỉ|Tỉ|kĩ|Kĩ|lí|Lí|mĩ|Mĩ)(?![\p{L}\p{M}])/gu;

/** The canonical spelling core compares: old tone placement, tỷ/kỹ/lý/mỹ. */
export function canonicalTones(text: string): string {
  return placeTones(text, 'old').replace(I_Y_WORD, (w) => I_Y[w] ?? w);
}
