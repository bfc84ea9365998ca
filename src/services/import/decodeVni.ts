// Reads bytes typed with the VNI fonts (VNI-Times ...): a base letter followed by a byte that
// carries its marks ("Vieät" = Việt, "Ñaûng" = Đảng). Used only to recognise such files and
// name their encoding; Soát asks the user to convert them rather than guessing silently.

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';

/** Mark bytes, lowercase font then uppercase font, and the combining marks they add. */
const MARKS: ReadonlyMap<number, string> = new Map([
  [0xf9, ACUTE], [0xd9, ACUTE],
  [0xf8, GRAVE], [0xd8, GRAVE],
  [0xfb, HOOK], [0xdb, HOOK],
  [0xf5, TILDE], [0xd5, TILDE],
  [0xef, DOT], [0xcf, DOT],
  [0xe2, CIRCUMFLEX], [0xc2, CIRCUMFLEX],
  [0xe1, CIRCUMFLEX + ACUTE], [0xc1, CIRCUMFLEX + ACUTE],
  [0xe0, CIRCUMFLEX + GRAVE], [0xc0, CIRCUMFLEX + GRAVE],
  [0xe5, CIRCUMFLEX + HOOK], [0xc5, CIRCUMFLEX + HOOK],
  [0xe3, CIRCUMFLEX + TILDE], [0xc3, CIRCUMFLEX + TILDE],
  [0xe4, CIRCUMFLEX + DOT], [0xc4, CIRCUMFLEX + DOT],
  [0xea, BREVE], [0xca, BREVE],
  [0xe9, BREVE + ACUTE], [0xc9, BREVE + ACUTE],
  [0xe8, BREVE + GRAVE], [0xc8, BREVE + GRAVE],
  [0xfa, BREVE + HOOK], [0xda, BREVE + HOOK],
  [0xfc, BREVE + TILDE], [0xdc, BREVE + TILDE],
  [0xeb, BREVE + DOT], [0xcb, BREVE + DOT],
]);

/** Bytes that are whole letters in VNI. */
const LETTERS: ReadonlyMap<number, string> = new Map([
  [0xf4, 'ơ'], [0xd4, 'Ơ'],
  [0xf6, 'ư'], [0xd6, 'Ư'],
  [0xf1, 'đ'], [0xd1, 'Đ'],
  [0xed, 'í'], [0xcd, 'Í'],
  [0xec, 'ì'], [0xcc, 'Ì'],
  [0xe6, 'ỉ'], [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'], [0xd3, 'Ĩ'],
  [0xf2, 'ị'], [0xd2, 'Ị'],
]);

const TAKES_MARKS = /[aeiouyAEIOUYơưƠƯ]$/u;

/** Decodes VNI-encoded bytes to NFC text; bytes that fit no VNI pattern stay as Latin-1. */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const marks = MARKS.get(byte);
    if (marks !== undefined && TAKES_MARKS.test(out)) {
      out += marks;
      continue;
    }
    out += LETTERS.get(byte) ?? String.fromCharCode(byte);
  }
  return out.normalize('NFC');
}
