// Data: the kinds of documents and the issuers their numbers name (../shared/DOMAIN.md).

/** Kind words as the text writes them, longest first, with the letters of their numbers. */
export const KIND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['Chương trình hành động', 'CTr'],
  ['Hướng dẫn', 'HD'],
  ['Kế hoạch', 'KH'],
  ['Công văn', 'CV'],
  ['Chỉ thị', 'CT'],
  ['Nghị quyết', 'NQ'],
  ['Kết luận', 'KL'],
  ['Thông báo', 'TB'],
  ['Thông tri', 'TT'],
  ['Thông tư', 'TT'],
  ['Báo cáo', 'BC'],
  ['Quyết định', 'QĐ'],
  ['Quy định', 'QĐ'],
  ['Đề án', 'ĐA'],
  ['Chương trình', 'CTr'],
  ['Nghị định', 'NĐ'],
  ['Tờ trình', 'TTr'],
  ['Quy chế', 'QC'],
  ['Luật', 'L'],
];

/** The kind of a document in capitals, as its title line prints it. */
export const KIND_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CTr'],
  ['HƯỚNG DẪN', 'HD'],
  ['KẾ HOẠCH', 'KH'],
  ['CÔNG VĂN', 'CV'],
  ['CHỈ THỊ', 'CT'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['KẾT LUẬN', 'KL'],
  ['THÔNG BÁO', 'TB'],
  ['THÔNG TRI', 'TT'],
  ['BÁO CÁO', 'BC'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['QUY ĐỊNH', 'QĐ'],
  ['ĐỀ ÁN', 'ĐA'],
  ['CHƯƠNG TRÌNH', 'CTr'],
];

/** Issuer codes after the slash or dash of a number, and the body they name. */
export const ISSUER_CODES: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy',
  ThU: 'Thành ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  ĐUK: 'Đảng ủy Khối',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BTGThU: 'Ban Tuyên giáo Thành ủy',
  BTGHU: 'Ban Tuyên giáo Huyện ủy',
  BTGĐUK: 'Ban Tuyên giáo Đảng ủy Khối',
  BTGĐU: 'Ban Tuyên giáo Đảng ủy',
  UBND: 'UBND',
  HĐND: 'HĐND',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
};

/** Issuers a number alone tells: "103/2023/QH15" is the Quốc hội's, "01/NQ-CP" the Chính phủ's. */
export function issuerFromCode(code: string): string | null {
  if (/^QH\d*$/.test(code)) return 'Quốc hội';
  if (/^UBTVQH\d*$/.test(code)) return 'Ủy ban Thường vụ Quốc hội';
  if (code === 'CP') return 'Chính phủ';
  if (code === 'TTg') return 'Thủ tướng Chính phủ';
  return null;
}
