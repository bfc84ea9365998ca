// Recognises Vietnamese text in the 8-bit encodings of the .Vn (TCVN3/ABC) and VNI fonts. Both
// tables turn almost any high byte into some Vietnamese letter, so the bytes are read both ways
// and the reading whose words are real syllables wins; plain Latin-1 text wins neither.

import iconv from 'iconv-lite';
import { decodeVni } from './decodeVni.ts';
import { isVietnameseSyllable } from './isVietnameseSyllable.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Fewer Vietnamese-looking words than this is too little evidence to name an encoding. */
const MIN_WORDS = 3;
/** Share of non-ASCII words that must be real syllables. */
const MIN_SHARE = 0.6;

interface Reading {
  encoding: LegacyEncoding;
  syllables: number;
  share: number;
}

function read(encoding: LegacyEncoding, text: string): Reading {
  let accented = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    accented += 1;
    if (isVietnameseSyllable(word)) syllables += 1;
  }
  return { encoding, syllables, share: accented === 0 ? 0 : syllables / accented };
}

/** 'tcvn3' or 'vni' when the bytes read as Vietnamese in that encoding, else null. */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const readings = [
    read('tcvn3', iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'tcvn')),
    read('vni', decodeVni(bytes)),
  ].sort((a, b) => b.syllables - a.syllables);
  const best = readings[0]!;
  if (best.syllables < MIN_WORDS || best.share < MIN_SHARE) return null;
  return best.syllables > readings[1]!.syllables ? best.encoding : null;
}
