// Test helpers: Vietnamese text written as a TCVN3 (.Vn fonts) or VNI file would hold it.
import iconv from 'iconv-lite';

export function tcvn3Bytes(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'tcvn'));
}

const VNI_MARKS: Record<string, [number, number]> = {
  '\u0301': [0xf9, 0xd9],
  '\u0300': [0xf8, 0xd8],
  '\u0309': [0xfb, 0xdb],
  '\u0303': [0xf5, 0xd5],
  '\u0323': [0xef, 0xcf],
};
const VNI_HATS: Record<string, Record<string, [number, number]>> = {
  // circumflex / breve combined with a tone (or none)
  '\u0302': { '': [0xe2, 0xc2], '\u0301': [0xe1, 0xc1], '\u0300': [0xe0, 0xc0], '\u0309': [0xe5, 0xc5], '\u0303': [0xe3, 0xc3], '\u0323': [0xe4, 0xc4] },
  '\u0306': { '': [0xea, 0xca], '\u0301': [0xe9, 0xc9], '\u0300': [0xe8, 0xc8], '\u0309': [0xfa, 0xda], '\u0303': [0xfc, 0xdc], '\u0323': [0xeb, 0xcb] },
};
const VNI_LETTERS: Record<string, number> = {
  ơ: 0xf4, Ơ: 0xd4, ư: 0xf6, Ư: 0xd6, đ: 0xf1, Đ: 0xd1,
  í: 0xed, Í: 0xcd, ì: 0xec, Ì: 0xcc, ỉ: 0xe6, Ỉ: 0xc6, ĩ: 0xf3, Ĩ: 0xd3, ị: 0xf2, Ị: 0xd2,
};

export function vniBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = VNI_LETTERS[ch];
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    const upper = base !== base.toLowerCase() ? 1 : 0;
    const horn = marks.indexOf('\u031b');
    if (horn >= 0) {
      out.push(VNI_LETTERS[(base + '\u031b').normalize('NFC')]!);
      marks.splice(horn, 1);
    } else {
      out.push(base.charCodeAt(0));
    }
    const hat = marks.find((m) => m === '\u0302' || m === '\u0306');
    const tone = marks.find((m) => m in VNI_MARKS) ?? '';
    if (hat !== undefined) out.push(VNI_HATS[hat]![tone]![upper]!);
    else if (tone !== '') out.push(VNI_MARKS[tone]![upper]!);
  }
  return Uint8Array.from(out);
}
