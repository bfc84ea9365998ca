import { describe, expect, it } from 'vitest';
import { parseDirective } from './parseDirective.ts';

const letterhead = (lines: string[]): string => lines.join('\n');

describe('parseDirective: letterhead and title', () => {
  it.each([
    [
      'a Công văn',
      letterhead(['TỈNH ỦY NGHỆ AN', 'BAN TUYÊN GIÁO', '*', 'Số 215-CV/BTGTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nghệ An, ngày 03 tháng 4 năm 2024', 'V/v tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh', 'Kính gửi: Các cơ quan báo chí', '1. Tuyên truyền nội dung']),
      { kind: 'CV', number: '215-CV/BTGTU', issuer: 'Ban Tuyên giáo Tỉnh ủy Nghệ An', province: 'Nghệ An', issuedOn: '2024-04-03', title: 'V/v tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh' },
    ],
    [
      'columns run together, a blank number and day',
      letterhead(['THÀNH ỦY HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN TUYÊN GIÁO', 'Số      -KH/BTGThU', 'Hải Phòng, ngày     tháng 8 năm 2024', 'KẾ HOẠCH', 'tuyên truyền Đại hội Đảng bộ thành phố', '-----', 'Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo Thành ủy xây dựng Kế hoạch như sau:']),
      { kind: 'KH', number: null, issuer: 'Ban Tuyên giáo Thành ủy Hải Phòng', issuedOn: '2024-08', title: 'tuyên truyền Đại hội Đảng bộ thành phố' },
    ],
    [
      'the central board',
      letterhead(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO', 'Số 185-HD/BTGTW', 'Hà Nội, ngày 27 tháng 12 năm 2024', 'HƯỚNG DẪN', 'tuyên truyền kết quả năm 2024']),
      { kind: 'HD', number: '185-HD/BTGTW', issuer: 'Ban Tuyên giáo Trung ương', issuedOn: '2024-12-27' },
    ],
    [
      'no letterhead: the issuer of the opening',
      letterhead(['KẾ HOẠCH', 'tuyên truyền năm 2024', 'Thực hiện Hướng dẫn số 12-HD/BTGTU, ngày 05/01/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh xây dựng Kế hoạch như sau:']),
      { kind: 'KH', number: null, issuer: 'Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh', issuedOn: null },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseDirective(text, { file: 'vb.txt' })).toMatchObject(expected);
  });

  it('carries out the documents of its opening, not those their titles name', () => {
    const d = parseDirective(
      letterhead(['THÀNH ỦY CẦN THƠ', 'BAN TUYÊN GIÁO', 'Số 15-CV/BTGThU', 'Cần Thơ, ngày 20 tháng 8 năm 2024', 'V/v tuyên truyền năm học mới', 'Thực hiện Kết luận số 91-KL/TW, ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo, Ban Tuyên giáo Thành ủy đề nghị như sau:', '1. Tuyên truyền năm học mới']),
      { file: 'cv.txt' },
    );
    expect(d.implements.map((c) => c.number)).toEqual(['91-KL/TW']);
  });

  it('a directive without a printed number is known by its file name', () => {
    expect(parseDirective('KẾ HOẠCH\ntuyên truyền\nI. MỤC ĐÍCH', { file: 'ke-hoach-15.txt' }).id).toBe('ke-hoach-15');
  });
});

describe('parseDirective: validity', () => {
  const body = (line: string) => letterhead(['TỈNH ỦY LÀO CAI', 'BAN TUYÊN GIÁO', 'Số 12-KH/BTGTU', 'Lào Cai, ngày 10 tháng 3 năm 2024', 'KẾ HOẠCH', 'tuyên truyền', 'I. MỤC ĐÍCH, YÊU CẦU', '- Tuyên truyền.', 'II. NỘI DUNG', '1. Nội dung', line]);
  it.each([
    ['3. Thời gian tuyên truyền: Thực hiện thường xuyên trong năm 2024.', { from: '2024-01-01', to: '2024-12-31' }],
    ['2. Thời gian: Từ nay đến hết 31/12/2025.', { from: '2024-03-10', to: '2025-12-31' }],
    ['Thời gian thực hiện: từ tháng 5/2024 đến hết tháng 12/2024.', { from: '2024-05-01', to: '2024-12-31' }],
    ['Thời gian thực hiện: trong Quý II/2024.', { from: '2024-04-01', to: '2024-06-30' }],
    ['Thời gian tuyên truyền: từ ngày 01/7/2025 đến ngày 05/9/2025.', { from: '2025-07-01', to: '2025-09-05' }],
    ['2. Thời gian: Từ nay đến hết tháng 3/2024, cao điểm từ ngày 20/02/2024 đến ngày 03/3/2024.', { from: '2024-03-10', to: '2024-03-31' }],
    ['- Tuyên truyền kết quả năm 2024 và năm 2025.', null],
  ])('%s', (line, validity) => {
    const v = parseDirective(body(line)).validity;
    expect(v && { from: v.from, to: v.to }).toEqual(validity);
  });
});

describe('parseDirective: outline and themes', () => {
  const text = letterhead([
    'HƯỚNG DẪN', 'tuyên truyền', 'Thực hiện chỉ đạo, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Nâng cao nhận thức.',
    'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', '1. Nội dung tuyên truyền', '1.1. Về kết quả năm 2023', 'a) Kinh tế tăng trưởng', 'b) Văn hóa phát triển', '1.2. Về nhiệm vụ năm 2024', '2. Hình thức tuyên truyền', '- Báo chí.',
    'III. TỔ CHỨC THỰC HIỆN', '1. Báo tỉnh', '- Mở chuyên mục.',
    'IV. KHẨU HIỆU TUYÊN TRUYỀN', '1. Đảng Cộng sản Việt Nam quang vinh muôn năm!', '2. Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh!',
    'Nơi nhận:', '- Lưu.',
  ]);
  const d = parseDirective(text);
  it('reads the numbered outline, not the slogans under KHẨU HIỆU', () => {
    expect(d.sections.map((s) => s.path)).toEqual(['I', 'I.1', 'II', 'II.1', 'II.1.1', 'II.1.1.a', 'II.1.1.b', 'II.1.2', 'II.2', 'III', 'III.1', 'IV']);
  });
  it('themes are the content sections at every level', () => {
    expect(d.themes.map((t) => t.path)).toEqual(['II.1.1', 'II.1.1.a', 'II.1.1.b', 'II.1.2']);
    expect(d.themes.every((t) => t.required)).toBe(true);
  });
  it('slogans are quotes', () => {
    expect(d.quotes.filter((q) => q.type === 'slogan').map((q) => q.text)).toEqual([
      'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
      'Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh!',
    ]);
  });
});
