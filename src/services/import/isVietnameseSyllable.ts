// Tells a Vietnamese written syllable from letter soup. The legacy-encoding detector decodes the
// same bytes as TCVN3 and as VNI and keeps the reading that yields real syllables: a wrong table
// still yields Vietnamese letters, but in impossible orders ("vieệt", "viưt").

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?';
// Written nuclei without tone marks, glides included (oa, uy, iê ...), longest first.
const NUCLEI = [
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi',
  'ơi', 'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const CODA = '(?:ch|nh|ng|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`, 'u');

/** True when `word` (any case, NFC or NFD) is a possible Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}
