import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalizeText.ts';
import { findCitations } from './findCitations.ts';

const cite = (text: string) => findCitations(normalizeText(text).text);

describe('findCitations', () => {
  it.each([
    [
      'Kết luận số 64-KL/TW, ngày 18/10/2023 của Hội nghị Trung ương 8 khóa XIII về kinh tế - xã hội năm 2023-2024; Nghị quyết số 103/2023/QH15',
      { kind: 'KL', number: '64-KL/TW', date: '2023-10-18', issuer: 'Hội nghị Trung ương 8 khóa XIII', title: 'về kinh tế - xã hội năm 2023-2024' },
    ],
    ['Nghị quyết số 103/2023/QH15, ngày 09/11/2023 của Quốc hội về Kế hoạch năm 2024.', { kind: 'NQ', number: '103/2023/QH15', date: '2023-11-09', issuer: 'Quốc hội' }],
    ['Chỉ thị số 01/CT-UBND, ngày 27/01/2023 của UBND tỉnh về việc phát động', { kind: 'CT', number: '01/CT-UBND', issuer: 'UBND tỉnh', title: 'về việc phát động' }],
    ['Nghị quyết số 26-NQ/TU ngày 07/02/2022 của Ban Thường vụ Tỉnh ủy chiến lược phát triển nguồn nhân lực.', { issuer: 'Ban Thường vụ Tỉnh ủy', title: 'chiến lược phát triển nguồn nhân lực' }],
    ['Luật Đất đai số 31/2024/QH15 có hiệu lực.', { kind: 'Luật', number: '31/2024/QH15', title: 'Luật Đất đai', issuer: 'Quốc hội' }],
    ['Ngày 30/11/2024, Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 1314/NQ-UBTVQH15 về việc thành lập.', { number: '1314/NQ-UBTVQH15', date: '2024-11-30' }],
    ['của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền', null],
    ['- Ngày 03/3/1959, Bộ Chính trị ban hành Nghị quyết số 100-NQ/TW về việc thành lập lực lượng Công an nhân dân vũ trang (nay là Bộ đội Biên phòng).', { date: '1959-03-03', issuer: 'Bộ Chính trị', title: 'về việc thành lập lực lượng Công an nhân dân vũ trang' }],
    ['theo Quyết định số 2045/QĐ-BGDĐT, ngày 28/6/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Khung kế hoạch thời gian năm học.', { issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', title: 'ban hành Khung kế hoạch thời gian năm học' }],
    ['Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long, với phương châm “thuận thiên”.', { title: 'về phát triển bền vững đồng bằng sông Cửu Long' }],
    ['theo Quy định số 96-QĐ/TW ngày 02/02/2023 của Ban Bí thư và Kế hoạch số 16-KH/TW của Bộ Chính trị.', { number: '96-QĐ/TW', issuer: 'Ban Bí thư', title: null }],
  ])('%s', (text, expected) => {
    const found = cite(text);
    if (expected === null) expect(found).toEqual([]);
    else expect(found[0]).toMatchObject(expected);
  });

  it('a list shares its issuer only among numbers of the same body', () => {
    const found = cite('về tuyên truyền Nghị quyết số 57-NQ/TW và Kế hoạch số 512-KH/TU, ngày 14/01/2025 của Ban Thường vụ Tỉnh ủy.');
    expect(found.map((c) => [c.number, c.issuer])).toEqual([
      ['57-NQ/TW', null],
      ['512-KH/TU', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });

  it('a list shares its kind word and its issuer', () => {
    const found = cite('Nghị quyết số 68/2022/QH15; số 69/2022/QH15. Kết luận số 42-KL/TW, Kết luận số 46-KL/TW của Bộ Chính trị.');
    expect(found.map((c) => [c.number, c.kind, c.issuer])).toEqual([
      ['68/2022/QH15', 'NQ', 'Quốc hội'],
      ['69/2022/QH15', 'NQ', 'Quốc hội'],
      ['42-KL/TW', 'KL', 'Bộ Chính trị'],
      ['46-KL/TW', 'KL', 'Bộ Chính trị'],
    ]);
  });

  it('a bracketed citation takes the title written before it', () => {
    const [c] = cite('thực hiện Đề án Văn hóa công vụ (Quyết định số 1847/QĐ-TTg, ngày 27/12/2018 của Thủ tướng Chính phủ); tiếp theo');
    expect(c).toMatchObject({ number: '1847/QĐ-TTg', title: 'Đề án Văn hóa công vụ', issuer: 'Thủ tướng Chính phủ' });
  });

  it('an opening runs its title to the directive\'s own issuer', () => {
    const [c] = cite('Thực hiện Hướng dẫn số 127-HD/BTGTW, ngày 19/12/2023 của Ban Tuyên giáo Trung ương về tuyên truyền kết quả năm 2023; nhiệm vụ, giải pháp năm 2024, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:');
    expect(c).toMatchObject({ opening: true, title: 'về tuyên truyền kết quả năm 2023; nhiệm vụ, giải pháp năm 2024' });
  });
});
