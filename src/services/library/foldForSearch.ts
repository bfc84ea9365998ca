// Folding for search. The FTS5 tokenizer (unicode61, remove_diacritics 2) already drops tone
// marks and hats, but Unicode does not see đ as d with a mark, so "dang" would miss "Đảng".
// Both the indexed text and the query go through this before SQLite sees them.

/** NFC, then đ/Đ → d/D. Length may change only through NFC. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(/[đĐ]/gu, (c) => (c === 'đ' ? 'd' : 'D'));
}

/** Fully folded (lowercase, no marks, đ → d) with, for each folded char, its source offset. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const base = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const c of base) {
      folded += c;
      offsets.push(i);
    }
  }
  return { folded, offsets };
}
