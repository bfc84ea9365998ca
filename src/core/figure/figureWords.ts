// Data: the words around a figure that are not its subject — qualifiers, verbs of change,
// markers of forecasts and targets, words that make the number a name or an ordinal, and
// function words. Kept apart from the logic in findFigures.ts (retext keeps its phrases in
// patterns.js the same way).

/** Qualifiers written right before a number (../shared/DOMAIN.md, "Figures as editors write them"). */
export const QUALIFIERS: readonly string[] = [
  'xấp xỉ', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'chừng', 'ngót', 'ước khoảng', 'ước',
];

/** Estimates stated for the whole clause: "GDP quý I/2024 ước tính tăng 5,66%". */
export const CLAUSE_QUALIFIERS: readonly string[] = ['ước tính', 'ước đạt', 'dự báo', 'dự kiến', 'ước'];

/** Verbs of change and the change they state. */
export const CHANGE_WORDS: ReadonlyArray<readonly [string, 'tăng' | 'giảm' | 'đạt']> = [
  ['tăng', 'tăng'],
  ['giảm', 'giảm'],
  ['đạt', 'đạt'],
  ['vượt', 'đạt'],
];

/** Compounds that start like a change but are nouns or other verbs: "tăng trưởng", "giảm nghèo". */
export const NOT_CHANGE: readonly string[] = [
  'tăng trưởng', 'tăng cường', 'tăng tốc', 'tăng gia', 'giảm nghèo', 'giảm thiểu', 'giảm phát', 'giảm sút',
  'đạt được', 'đạt chuẩn', 'vượt qua', 'vượt bậc', 'vượt trội',
];

/** Forecasts and targets are compared only with forecasts and targets, never with results. */
export const FORECAST_MARKERS: readonly string[] = ['dự báo', 'dự kiến', 'có thể đạt', 'sẽ đạt', 'kỳ vọng', 'triển vọng'];
export const TARGET_MARKERS: readonly string[] = [
  'mục tiêu', 'phấn đấu', 'dự toán', 'chỉ tiêu kế hoạch', 'kế hoạch đề ra', 'kế hoạch giao', 'đặt ra', 'đề ra', 'được giao',
];

/** Words right before a number that make it a name, an ordinal or a legal reference. */
export const NAME_BEFORE: readonly string[] = [
  // "chính quyền địa phương 2 cấp": a model's name, not a count
  'chính quyền địa phương', 'chính quyền', 'Vành đai', 'vành đai',
  'thứ', 'lần thứ', 'Điều', 'điều', 'Khoản', 'khoản', 'Chương', 'chương', 'Mục', 'mục', 'Phần', 'phần',
  'Trung ương', 'Ban Chỉ đạo', 'ban chỉ đạo', 'Tổ', 'tổ', 'Phường', 'Quận', 'Khu', 'khu', 'số', 'Số',
  'Quốc lộ', 'quốc lộ', 'QL', 'Tỉnh lộ', 'tỉnh lộ', 'ĐT', 'Đội', 'Kỳ họp', 'kỳ họp', 'Lớp', 'lớp',
  'Tiểu đoàn', 'Trung đoàn', 'Sư đoàn', 'Quân khu', 'Quân đoàn', 'Hội nghị', 'Covid', 'COVID', 'khóa',
  'Khóa', 'nhiệm kỳ', 'Tiểu khu', 'Nhà', 'Lô', 'lô', 'Block', 'tầng', 'Tầng', 'phòng', 'Phòng', 'Kế hoạch',
  'kế hoạch', 'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Quy định', 'Hướng dẫn', 'Công văn',
  'Thông báo', 'Đề án', 'Chương trình', 'Báo cáo', 'giai đoạn', 'thời kỳ', 'đến năm', 'năm', 'Năm',
  'tháng', 'Tháng', 'ngày', 'Ngày', 'quý', 'Quý',
];

/** "N năm" followed by these is a time frame, not a count of years. */
export const YEAR_FRAME_AFTER: readonly string[] = [
  'trở lại đây', 'gần đây', 'qua', 'tới', 'tiếp theo', 'sau', 'trước', 'liên tiếp', 'liền', 'liên tục', 'nữa',
];

/**
 * What sets up a standard of comparison: a period or place after it is what the figure is
 * compared with, not the figure's own ("tăng 10,2% so với năm 2023", "cao nhất từ đầu nhiệm kỳ",
 * "thuộc nhóm dẫn đầu cả nước").
 */
export const COMPARISON_BEFORE =
  /(?:so với|so|hơn|bằng|nhất|dẫn đầu|nhóm|(?:đứng|xếp) thứ \S+|kể từ)(?:\s+(?:cùng kỳ|mức|con số|của|trong|từ|với|các|những|địa phương|tỉnh, thành(?: phố)?|tỉnh, thành phố trong|tỉnh))*\s*$/iu;
/** A figure that is itself the standard of comparison: "cao hơn mức 65,8 tạ/ha", "so với 5,05%". */
export const BASELINE_BEFORE =
  /(?:(?:cao|thấp|lớn|nhỏ|nhiều|ít|vượt|tăng|giảm)\s+hơn(?:\s+nhiều)?(?:\s+so với)?|so với|so)\s+(?:(?:mức(?: tăng| giảm| bình quân| trung bình)?|con số|cùng kỳ(?: năm trước)?)\s+)?(?:(?:là|khoảng|gần|hơn|trên|dưới)\s+)?$/iu;

/** Places: "cả nước" is national, "toàn tỉnh" provincial; what is an organisation is not a place. */
export const NATIONAL_MARKERS: readonly string[] = ['cả nước', 'toàn quốc', 'Việt Nam', 'nước ta', 'đất nước'];
export const PROVINCE_MARKERS: readonly string[] = ['toàn tỉnh', 'của tỉnh', 'trên địa bàn tỉnh', 'địa bàn tỉnh', 'tỉnh nhà', 'toàn thành phố'];
/** Regions: groups of provinces a figure may be about ("của toàn vùng đồng bằng sông Cửu Long"). */
export const REGIONS: readonly string[] = [
  'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', 'ĐBSCL', 'đồng bằng sông Hồng', 'Đồng bằng sông Hồng', 'Đông Nam Bộ',
  'Tây Nam Bộ', 'Tây Nguyên', 'Bắc Trung Bộ', 'Nam Trung Bộ', 'duyên hải miền Trung', 'Duyên hải miền Trung', 'Tây Bắc',
  'Đông Bắc', 'trung du và miền núi phía Bắc', 'Trung du và miền núi phía Bắc', 'Bắc Trung Bộ và duyên hải miền Trung',
];

/** "trên địa bàn" alone: in the place the text is about (a province's budget, not the nation's). */
export const LOCAL_MARKER = 'trên địa bàn';
export const ORGANISATION_AFTER_PLACE: readonly string[] = ['ủy', 'uỷ', 'đoàn', 'bộ', 'đội'];

/** Function words and verbs that never name what a figure measures. */
export const NOT_SUBJECT = new Set([
  'đạt', 'tăng', 'giảm', 'vượt', 'và', 'với', 'là', 'có', 'của', 'các', 'những', 'được', 'đã', 'đang', 'sẽ', 'vẫn',
  'chỉ', 'còn', 'lên', 'xuống', 'ước', 'tính', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'mức', 'con', 'số', 'này',
  'đó', 'trong', 'tại', 'ở', 'theo', 'so', 'cùng', 'kỳ', 'trước', 'qua', 'tới', 'từ', 'đến', 'thì', 'nếu', 'dù',
  'nhưng', 'song', 'cũng', 'tiếp', 'tục', 'dài', 'cao', 'thấp', 'nhất', 'chung', 'riêng', 'cả', 'toàn', 'một',
  'nhiều', 'như', 'vậy', 'đây', 'ấy', 'khi', 'lại', 'ra', 'vào', 'về', 'cho', 'bởi', 'do', 'mà', 'hay', 'hoặc',
  'thêm', 'chừng', 'xấp', 'xỉ', 'dự', 'báo', 'kiến', 'thể', 'nay', 'hết', 'năm', 'tháng',
  'quý', 'đầu', 'cuối', 'nửa', 'ngày', 'bước', 'sang', 'chính', 'thức', 'lần', 'thứ', 'tổng', 'cộng',
  'dồn', 'kế', 'lũy', 'luỹ', 'mức', 'ghi', 'nhận', 'đưa', 'trị', 'giá', 'tốc', 'độ', 'chỉ', 'đạt',
  'ngót', 'gấp', 'lần', 'vừa', 'đây',
]);

/**
 * Names a measure goes by, read as one word before comparing: the spelled-out name of an
 * acronym is the acronym ("đầu tư trực tiếp nước ngoài" is FDI), a compound is one word
 * ("xuất nhập khẩu" is not "xuất khẩu" plus "nhập khẩu"), and synonyms are one ("vốn FDI giải
 * ngân" is "vốn FDI thực hiện"). Longest first.
 */
export const MEASURE_TERMS: readonly (readonly [string, string])[] = [
  ['tổng sản phẩm trên địa bàn', 'GRDP'],
  ['tổng sản phẩm trong nước', 'GDP'],
  ['đầu tư trực tiếp nước ngoài', 'FDI'],
  ['chỉ số giá tiêu dùng', 'CPI'],
  ['chỉ số sản xuất công nghiệp', 'IIP'],
  ['chỉ số năng lực cạnh tranh cấp tỉnh', 'PCI'],
  ['xuất nhập khẩu', 'xuấtnhậpkhẩu'],
  ['xuất, nhập khẩu', 'xuấtnhậpkhẩu'],
  ['xuất khẩu', 'xuấtkhẩu'],
  ['nhập khẩu', 'nhậpkhẩu'],
  ['giải ngân', 'thựchiện'],
  ['thực hiện', 'thựchiện'],
  ['đăng ký', 'đăngký'],
];

/** Terms of which a measure has one: exports are not imports, registered capital is not disbursed. */
export const EXCLUSIVE_TERMS: readonly (readonly string[])[] = [
  ['xuấtkhẩu', 'nhậpkhẩu', 'xuấtnhậpkhẩu'],
  ['đăngký', 'thựchiện'],
];

/** Words that refer back to the previous figure's measure: "con số này", "mức này". */
export const ANAPHORA = new Set(['con số', 'mức', 'mức này', 'con số này', 'con số đó', 'tốc độ này']);
