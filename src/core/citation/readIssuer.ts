// The body that issued a document, read after "của": "Hội nghị Trung ương 8 khóa XIII",
// "Ban Chấp hành Đảng bộ tỉnh", "BTV Tỉnh ủy", "UBND tỉnh", "Bộ Chính trị khóa XIII". It runs
// over capitalised words and the few lower-case words such names contain, and stops at the
// first other word ("về", "thực hiện", "chiến lược ...").

import { KIND_WORDS } from '../text/documentKinds.ts';

const NAME_LOWER = new Set([
  'tỉnh', 'thành', 'phố', 'huyện', 'xã', 'thị', 'hành', 'vụ', 'giáo', 'trị', 'thư', 'khóa', 'khoá', 'nhân', 'dân',
  'trực', 'bộ', 'ương', 'quốc', 'hội', 'đồng', 'ban', 'chính', 'phủ', 'tướng', 'tổ', 'chủ', 'tịch', 'nghị',
  'thường', 'chấp', 'tuyên', 'huấn', 'vận', 'kiểm', 'tra', 'ủy', 'uỷ', 'mặt', 'trận', 'trung', 'đảng', 'khối',
  'cơ', 'quan', 'sở', 'phòng', 'văn', 'liên', 'đoàn', 'lao', 'động', 'niên', 'cộng', 'sản', 'hồ', 'chí', 'minh',
  'phụ', 'nữ', 'nông', 'cựu', 'chiến', 'binh', 'tịch', 'điều', 'toàn', 'thể', 'lần', 'thứ', 'các', 'mười', 'một',
  'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'trưởng',
]);

const ROMAN = /^[IVXLC]+$/;

/** "… của Ban Bí thư và Kế hoạch số 16-KH/TW": the next document cited ends the name. */
const NEXT_DOCUMENT = new RegExp(String.raw`^(?:${KIND_WORDS.map(([w]) => w.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?:số\s*)?\d`, 'iu');

/** Bodies whose names hold lower-case words a name does not otherwise have; read whole. */
const BODIES = [
  'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng',
  'Bộ Giao thông vận tải', 'Bộ Kế hoạch và Đầu tư', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Tư pháp',
  'Bộ Nội vụ', 'Bộ Ngoại giao', 'Bộ Tài chính', 'Bộ Dân tộc và Tôn giáo', 'Ủy ban Dân tộc', 'Ngân hàng Nhà nước Việt Nam',
];
const BODY_AT = new RegExp(String.raw`\s*(?:${BODIES.map((b) => b.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}\p{M}])`, 'iuy');

/** Reads an issuer's name at text[at]; null when there is none. */
export function readIssuer(text: string, at: number, limit: number): { start: number; end: number } | null {
  const re = /\s*(\(khóa [IVXLC]+\)|\(khoá [IVXLC]+\)|[\p{L}\p{M}\p{N}]+)/uy;
  let i = at;
  let end = at;
  let previous = '';
  let words = 0;
  while (i < limit) {
    BODY_AT.lastIndex = i;
    const body = BODY_AT.exec(text);
    if (body && i + body[0].length <= limit) {
      i += body[0].length;
      end = i;
      previous = body[0].trim().split(/\s+/u).pop()!;
      words += 2;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    const word = m[1]!;
    const lowerWord = word.toLowerCase();
    // "Ban Tuyên giáo và Dân vận Trung ương": "và" joins two capitalised names.
    const joins = lowerWord === 'và' && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const ok =
      joins ||
      word.startsWith('(') ||
      /^\p{Lu}/u.test(word) ||
      NAME_LOWER.has(lowerWord) ||
      ROMAN.test(word) ||
      (/^\d{1,2}$/.test(word) && /^(ương|thứ|khóa|khoá)$/iu.test(previous));
    if (!ok) break;
    if (NEXT_DOCUMENT.test(text.slice(m.index + m[0].length - word.length, m.index + m[0].length + 40))) break;
    // "Thủ tướng Chính phủ ban hành Kế hoạch ...": "ban hành" is a verb, not part of a name.
    if (lowerWord === 'ban' && /^\s+hành(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) break;
    // "của Tỉnh ủy chiến lược ...": "chiến" is a name word only after "Cựu".
    if (lowerWord === 'chiến' && previous.toLowerCase() !== 'cựu') break;
    i = m.index + m[0].length;
    end = i;
    previous = word;
    words++;
    if (words > 14) break;
  }
  if (end === at) return null;
  // A name does not end on a connecting word.
  let s = text.slice(at, end);
  while (/\s(?:và|của|thứ|lần)$/iu.test(s)) s = s.replace(/\s\S+$/u, '');
  return { start: at, end: at + s.length };
}
