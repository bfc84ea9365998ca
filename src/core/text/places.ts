// Data: Vietnam's provinces and centrally-run cities, before and after the 2025 merger, as the
// press writes them. A figure's scope and a citation's province are read against this list.

export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Thành phố Hồ Chí Minh',
  'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc',
  'Yên Bái',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One pass over the text: every name, longest first; "Điện Biên Phủ" is not the province
// "Điện Biên", so a name must not run on into another capitalised word.
const PROVINCE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PROVINCES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])(?! \\p{Lu})`,
  'gu',
);

/** The province name starting at text[at], or null. */
export function provinceAt(text: string, at: number): string | null {
  PROVINCE_RE.lastIndex = at;
  const m = PROVINCE_RE.exec(text);
  return m && m.index === at ? m[0] : null;
}

/** Every province name in a text, in order. */
export function findProvinces(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of text.matchAll(PROVINCE_RE)) found.push({ start: m.index, end: m.index + m[0].length, name: canonicalProvince(m[0]) });
  return found;
}

/** Cities run directly by the centre: their "thành phố" is a province-level place. */
export const CENTRAL_CITIES: readonly string[] = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thành phố Hồ Chí Minh'];

/** One name per province: "TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh". */
export function canonicalProvince(name: string): string {
  if (/Hồ Chí Minh$/.test(name)) return 'Thành phố Hồ Chí Minh';
  if (name === 'Thừa Thiên Huế') return 'Huế';
  return name;
}
