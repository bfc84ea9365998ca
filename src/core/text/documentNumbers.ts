// Document numbers (../shared/DOMAIN.md):
//   Party   NUMBER-KIND/ISSUER        98-HD/BTGThU, 64-KL/TW, 1383-CV/BTGTU, 05-ĐA/TU, 68-CTr/TU
//   State   NUMBER/KIND-ISSUER        01/CT-UBND, 2218/QĐ-UBND, 31/NQ-HĐND, 01/NQ-CP
//           NUMBER/YEAR/KIND-ISSUER   123/2020/NĐ-CP
//           NUMBER/YEAR/ISSUER        103/2023/QH15 (the kind comes from the word before it)
//   Blank   "Số      -KH/BTGTU": a form not yet numbered; the kind is known, the number is not.

export interface DocumentNumber {
  start: number;
  end: number;
  /** As written, spaces removed: "1383-CV/BTGTU"; null for a blank form number. */
  number: string | null;
  /** The kind letters in the number, when it has them. */
  kind: string | null;
  /** The issuer code: "BTGTU", "UBND", "QH15". */
  issuerCode: string;
}

const L = String.raw`[A-ZĐ][A-Za-zĐđ]{0,4}`;
const ISSUER = String.raw`[A-ZĐ][\p{L}\d]*(?:-[A-ZĐ][\p{L}\d]*)?`;
const B = String.raw`(?<![\p{L}\p{N}\/-])`;
const E = String.raw`(?![\p{L}\p{N}])`;

const PARTY = new RegExp(String.raw`${B}(\d{1,5})\s?-\s?(${L})\s?\/\s?(${ISSUER})${E}`, 'gu');
const STATE = new RegExp(String.raw`${B}(\d{1,5})\/(?:(\d{4})\/)?(${L})-(${ISSUER})${E}`, 'gu');
const STATE_YEAR = new RegExp(String.raw`${B}(\d{1,5})\/(\d{4})\/([A-ZĐ][A-Za-zĐ]*\d+)${E}`, 'gu');
const BLANK = new RegExp(String.raw`Số[\s.:]*(-\s?(${L})\s?\/\s?(${ISSUER}))${E}`, 'gu');

/** Every document number in text[from, to). */
export function findDocumentNumbers(text: string, from = 0, to = text.length): DocumentNumber[] {
  const slice = text.slice(from, to);
  const found: DocumentNumber[] = [];
  const taken = new Uint8Array(slice.length);
  const add = (s: number, e: number, doc: Omit<DocumentNumber, 'start' | 'end'>): void => {
    if (taken.subarray(s, e).some((x) => x === 1)) return;
    taken.fill(1, s, e);
    found.push({ start: from + s, end: from + e, ...doc });
  };
  for (const m of slice.matchAll(STATE_YEAR)) {
    add(m.index, m.index + m[0].length, { number: `${m[1]}/${m[2]}/${m[3]}`, kind: null, issuerCode: m[3]! });
  }
  for (const m of slice.matchAll(STATE)) {
    const number = m[2] ? `${m[1]}/${m[2]}/${m[3]}-${m[4]}` : `${m[1]}/${m[3]}-${m[4]}`;
    add(m.index, m.index + m[0].length, { number, kind: m[3]!, issuerCode: m[4]! });
  }
  for (const m of slice.matchAll(PARTY)) {
    add(m.index, m.index + m[0].length, { number: `${m[1]}-${m[2]}/${m[3]}`, kind: m[2]!, issuerCode: m[3]! });
  }
  for (const m of slice.matchAll(BLANK)) {
    const s = m.index + m[0].length - m[1]!.length;
    add(s, m.index + m[0].length, { number: null, kind: m[2]!, issuerCode: m[3]! });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A key that compares numbers written with or without leading zeros and spaces: "09-NQ/TU" = "9-NQ/TU". */
export function documentNumberKey(number: string): string {
  return number.replace(/\s+/g, '').replace(/^0+(?=\d)/, '').toUpperCase();
}
