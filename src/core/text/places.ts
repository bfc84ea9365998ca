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

/** The longest province name starting at text[at], or null. */
export function provinceAt(text: string, at: number): string | null {
  let best: string | null = null;
  for (const name of PROVINCES) {
    // "Điện Biên Phủ" is not the province "Điện Biên": the name must not run on into another capital word.
    if (text.startsWith(name, at) && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '') && !/^ \p{Lu}/u.test(text.slice(at + name.length, at + name.length + 2))) {
      if (!best || name.length > best.length) best = name;
    }
  }
  return best;
}

/** Every province name in a text, in order. */
export function findProvinces(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    const name = provinceAt(text, i);
    if (name) {
      found.push({ start: i, end: i + name.length, name: canonicalProvince(name) });
      i += name.length - 1;
    }
  }
  return found;
}

/** One name per province: "TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh". */
export function canonicalProvince(name: string): string {
  if (/Hồ Chí Minh$/.test(name)) return 'Thành phố Hồ Chí Minh';
  if (name === 'Thừa Thiên Huế') return 'Huế';
  return name;
}
