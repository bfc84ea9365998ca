// Turns the bytes of a .txt file into text, or says in Vietnamese why it cannot. Newsrooms send
// UTF-8 (with or without BOM), UTF-16 from Windows "Unicode" saves, and files from old machines
// in TCVN3 or VNI. UTF-16 is decoded: it is Unicode, only wider. Legacy 8-bit encodings are named
// but not converted: a wrong guess would put wrong words into the approved-wording library.

import iconv from 'iconv-lite';
import type { ImportResult, TextEncodingName } from './ImportResult.ts';
import { detectLegacyEncoding, type LegacyEncoding } from './detectLegacyEncoding.ts';

/** How many bytes the UTF-16 and binary sniffers look at. */
const SNIFF_BYTES = 64 * 1024;

const MESSAGES = {
  empty: 'Tệp rỗng: không có nội dung văn bản để đọc.',
  binary:
    'Tệp không phải văn bản thuần (có vẻ là tệp nhị phân). Hãy chọn tệp .txt, .docx hoặc .pdf.',
  pdfInDisguise: 'Tệp này thực chất là PDF nhưng mang đuôi khác. Hãy đổi đuôi tệp thành .pdf rồi nhập lại.',
  zipInDisguise:
    'Tệp này thực chất là tệp nén (có thể là .docx) nhưng mang đuôi khác. Nếu là văn bản Word, hãy đổi đuôi thành .docx rồi nhập lại.',
  tcvn3:
    'Tệp có vẻ được mã hóa TCVN3 (ABC) — bảng mã cũ của các phông .Vn (.VnTime, .VnArial...). ' +
    'Soát chỉ đọc văn bản Unicode: hãy chuyển tệp sang Unicode (ví dụ công cụ chuyển mã của Unikey, ' +
    'nguồn "TCVN3 (ABC)", đích "Unicode"), lưu dạng UTF-8 rồi nhập lại.',
  vni:
    'Tệp có vẻ được mã hóa VNI — bảng mã cũ của các phông VNI (VNI-Times...). ' +
    'Soát chỉ đọc văn bản Unicode: hãy chuyển tệp sang Unicode (ví dụ công cụ chuyển mã của Unikey, ' +
    'nguồn "VNI Windows", đích "Unicode"), lưu dạng UTF-8 rồi nhập lại.',
  notUtf8:
    'Tệp không phải văn bản Unicode (UTF-8) và không nhận ra bảng mã của nó. ' +
    'Hãy mở tệp và lưu lại dưới dạng Unicode (UTF-8) rồi nhập lại.',
  badUtf16: 'Tệp có vẻ là văn bản UTF-16 nhưng bị hỏng (có ký tự không hợp lệ). Hãy lưu lại tệp dưới dạng UTF-8 rồi nhập lại.',
} as const;

function fail(code: Extract<ImportResult, { ok: false }>['error']['code'], message: string): ImportResult {
  return { ok: false, error: { code, message } };
}

function decodeStrict(label: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // fatal decoding throws on malformed input: that is the answer "not this encoding".
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** 'utf-16le' / 'utf-16be' when the zero high bytes of ASCII-range characters give it away. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = n / 2;
  // Vietnamese in UTF-16 is mostly ASCII and Latin-1 letters: high byte zero in most units.
  if (zeroOdd >= pairs * 0.3 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.3 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC-free text; a few stray controls are tolerated.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) control += 1;
  }
  return control > n * 0.01;
}

/** The bytes a Windows 8-bit reader saw, for text saved as UTF-8 after being read as Windows-1252. */
function asWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[i] = code <= 0xff ? code : (iconv.encode(text[i]!, 'win1252')[0] ?? 0x3f);
  }
  return out;
}

/** Letters only Unicode Vietnamese has (ă đ ơ ư, ạ..ỹ, combining marks): proof the text is fine. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/u;
const LATIN1_HIGH = /[\u00a0-\u00ff]/gu;

/** Valid UTF-8 can still be TCVN3/VNI text that some program read as Windows-1252 and re-saved. */
function mojibakeEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const high = text.match(LATIN1_HIGH)?.length ?? 0;
  if (high < 3) return null;
  return detectLegacyEncoding(asWindows1252(text));
}

function legacyError(encoding: LegacyEncoding): ImportResult {
  return encoding === 'tcvn3' ? fail('legacy-tcvn3', MESSAGES.tcvn3) : fail('legacy-vni', MESSAGES.vni);
}

function nonEmpty(text: string, encoding: TextEncodingName): ImportResult {
  if (text.replace(/^\uFEFF/u, '').trim() === '') return fail('empty', MESSAGES.empty);
  return { ok: true, text: text.replace(/^\uFEFF/u, ''), encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ImportResult {
  const text = decodeStrict(encoding, bytes);
  if (text === null) return fail('not-utf8', MESSAGES.badUtf16);
  // A binary file can pass the zero-byte sniff; its "text" is then full of control characters.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  if (controls > text.length * 0.01) return fail('binary', MESSAGES.binary);
  return nonEmpty(text, encoding);
}

/** Decodes a text file's bytes: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or sniffed). */
export function decodeText(bytes: Uint8Array): ImportResult {
  if (bytes.length === 0) return fail('empty', MESSAGES.empty);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes);
    if (text === null) return fail('not-utf8', MESSAGES.notUtf8);
    const mojibake = mojibakeEncoding(text);
    return mojibake === null ? nonEmpty(text, 'utf-8') : legacyError(mojibake);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return fail('binary', MESSAGES.pdfInDisguise);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail('binary', MESSAGES.zipInDisguise);
  const sniffed = sniffUtf16(bytes);
  if (sniffed !== null) return decodeUtf16(bytes, sniffed);
  if (looksBinary(bytes)) return fail('binary', MESSAGES.binary);
  const text = decodeStrict('utf-8', bytes);
  if (text === null) {
    const legacy = detectLegacyEncoding(bytes);
    return legacy === null ? fail('not-utf8', MESSAGES.notUtf8) : legacyError(legacy);
  }
  const mojibake = mojibakeEncoding(text);
  if (mojibake !== null) return legacyError(mojibake);
  return nonEmpty(text, 'utf-8');
}
