// Data: nouns a bare number counts, as the press writes them ("16 nghị quyết", "37/43 chỉ
// tiêu", "51.600 doanh nghiệp"). Longest first wins, so "hợp tác xã" beats "hợp". A number
// followed by none of these (nor by a measure) is not read as a figure: list numbering, names
// ("Ban Chỉ đạo 35") and time frames stay out.

export const COUNT_NOUNS: readonly string[] = [
  // people
  'người', 'lượt người', 'lượt khách', 'lượt', 'khách', 'du khách', 'lao động', 'việc làm', 'học sinh', 'sinh viên',
  'cán bộ', 'đảng viên', 'công chức', 'viên chức', 'đại biểu', 'ủy viên', 'hộ', 'hộ gia đình', 'hộ nghèo',
  'gia đình', 'nhân khẩu', 'bệnh nhân', 'ca', 'trẻ em', 'cháu', 'em', 'hội viên', 'đoàn viên', 'thành viên',
  'chiến sĩ', 'đồng chí', 'tập thể', 'cá nhân', 'hành khách', 'lượt lao động', 'lượt hành khách', 'lượt du khách',
  'lượt truy cập', 'lượt xem', 'lượt tiếp cận', 'thí sinh', 'bác sĩ', 'gương', 'điển hình', 'nhà đầu tư', 'phóng viên', 'báo cáo viên',
  'tuyên truyền viên', 'cộng tác viên', 'tình nguyện viên', 'y bác sĩ', 'giáo viên', 'nông dân', 'đối tượng',
  'bị can', 'vụ án', 'vụ việc', 'vụ', 'trường hợp', 'tổ chức đảng', 'tổ chức', 'chi bộ', 'đảng bộ', 'đảng bộ cơ sở',
  'chủ thể', 'liệt sĩ', 'thương binh', 'bệnh binh', 'người có công', 'thanh niên xung phong', 'cựu chiến binh',
  'Bà mẹ Việt Nam Anh hùng', 'Mẹ Việt Nam Anh hùng', 'Anh hùng', 'anh hùng', 'nữ anh hùng',
  // organisations and places
  'doanh nghiệp', 'hợp tác xã', 'tổ chức cơ sở đảng', 'đơn vị cấp huyện', 'đơn vị cấp xã', 'đơn vị hành chính',
  'đơn vị hành chính cấp huyện', 'đơn vị hành chính cấp xã', 'di sản', 'di tích', 'bảo vật quốc gia', 'làng nghề', 'tổ hợp tác', 'cơ sở', 'cơ sở lưu trú', 'cơ quan', 'đơn vị', 'ngành', 'sở',
  'tỉnh', 'thành phố', 'tỉnh, thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
  'xã, phường, thị trấn', 'xã phường, thị trấn', 'xã, phường', 'thôn', 'bản', 'tổ dân phố', 'làng',
  'khu dân cư', 'xóm', 'ấp', 'khóm', 'địa phương', 'vùng', 'khu vực', 'khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'quốc gia', 'nước',
  'vùng lãnh thổ', 'đối tác', 'thị trường', 'trường', 'trường học', 'bệnh viện', 'trạm y tế', 'nhà',
  'căn nhà', 'ngôi nhà', 'căn hộ', 'nhà văn hóa', 'chợ', 'cửa khẩu',
  // documents and programmes
  'nghị quyết', 'chỉ thị', 'kết luận', 'quy định', 'quyết định', 'văn bản', 'đề án', 'kế hoạch', 'chương trình', 'dự án', 'công trình', 'nhiệm vụ', 'giải pháp', 'chỉ tiêu', 'mục tiêu', 'tiêu chí',
  'nội dung', 'lĩnh vực', 'hiệp định', 'thỏa thuận', 'cam kết', 'sáng kiến', 'sản phẩm', 'giai đoạn', 'bậc', 'hạng',
  'thủ tục', 'thủ tục hành chính', 'dịch vụ công', 'hồ sơ', 'đơn', 'kiến nghị', 'ý kiến', 'tin', 'bài',
  'tin, bài', 'tin bài', 'bài thi', 'bài dự thi', 'tác phẩm', 'chuyên mục', 'chuyên trang', 'phóng sự', 'ấn phẩm', 'tài liệu', 'cuốn', 'bản tin',
  'video', 'clip', 'pa nô', 'pano', 'băng rôn', 'băng zôn', 'khẩu hiệu', 'cờ', 'lá cờ',
  // events and activities
  'hội nghị', 'cuộc', 'cuộc họp', 'buổi', 'lớp', 'lớp học', 'đợt', 'lần', 'kỳ họp', 'phiên', 'hội thảo',
  'tọa đàm', 'sự kiện', 'hoạt động', 'giải', 'giải thưởng', 'huy chương', 'bằng khen', 'danh hiệu',
  'chuyến', 'chuyến bay', 'đường bay', 'chiến dịch', 'trận', 'cuộc kiểm tra', 'cuộc thanh tra', 'cuộc giám sát',
  // things
  'mức', 'cấp', 'bước', 'loại', 'nhóm', 'cặp', 'con', 'cây', 'chiếc', 'tàu', 'xe', 'phương tiện', 'tuyến', 'lô', 'thửa',
  'suất', 'suất quà', 'phần quà', 'cột mốc', 'mốc quốc giới', 'căn', 'phần', 'mô hình', 'câu lạc bộ', 'đội', 'tổ', 'điểm du lịch',
  'km đường', 'cầu', 'cây cầu', 'điểm', 'mỏ', 'điểm cầu', 'trụ sở', 'phòng', 'giường', 'máy', 'thiết bị',
  // time counts that are figures, not periods ("kỷ niệm 70 năm", "10 phút")
  'năm', 'phút', 'giờ', 'ngày đêm', 'ngày', 'tuần', 'thế kỷ',
];

// Nouns by their first syllable, longest first: one map lookup per number.
const BY_FIRST = new Map<string, string[]>();
for (const noun of [...COUNT_NOUNS].sort((a, b) => b.length - a.length)) {
  const first = noun.toLowerCase().split(/[^\p{L}\p{M}]+/u)[0]!;
  const list = BY_FIRST.get(first) ?? [];
  list.push(noun.toLowerCase());
  BY_FIRST.set(first, list);
}
const FIRST_WORD = /[\p{L}\p{M}]+/uy;

/** The longest count noun at text[at], matched case-insensitively on whole words. */
export function countNounAt(text: string, at: number): string | null {
  FIRST_WORD.lastIndex = at;
  const m = FIRST_WORD.exec(text);
  if (!m) return null;
  const list = BY_FIRST.get(m[0].toLowerCase());
  if (!list) return null;
  const rest = text.slice(at, at + 40).toLowerCase();
  for (const noun of list) {
    if (rest.startsWith(noun) && !/[\p{L}\p{N}]/u.test(rest[noun.length] ?? '')) return text.slice(at, at + noun.length);
  }
  return null;
}
