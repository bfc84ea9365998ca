// Data: the Vietnamese name of each document kind, for printing ("HD" → "Hướng dẫn").
export const KIND_NAMES: Readonly<Record<string, string>> = {
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CV: 'Công văn',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  QĐ: 'Quyết định',
  ĐA: 'Đề án',
  CTr: 'Chương trình',
  TT: 'Thông tri',
  NĐ: 'Nghị định',
  TTr: 'Tờ trình',
  QC: 'Quy chế',
};
