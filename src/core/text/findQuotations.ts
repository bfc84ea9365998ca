// Spans between quotation marks in a normal text (where every double quote is “ or ”).
// Nested quotes are kept as their own spans; an unclosed quote ends at its paragraph.

export interface Quotation {
  /** The span inside the marks. */
  start: number;
  end: number;
  /** Including the marks. */
  outerStart: number;
  outerEnd: number;
}

export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open.length = 0;
    else if (ch === '“') open.push(i);
    else if (ch === '”' && open.length) {
      const s = open.pop()!;
      if (i - s > 1) found.push({ start: s + 1, end: i, outerStart: s, outerEnd: i + 1 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
