import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalizeText.ts';
import { findFigures } from './findFigures.ts';

const months = (year: number, from: number, to: number) => ({ kind: 'months', year, from, to });
const figures = (text: string, year = 2024, province: string | null = null) =>
  findFigures(normalizeText(text).text, { defaultYear: year, province });

describe('findFigures', () => {
  it.each([
    ['GDP quý I/2024 ước tính tăng 5,66% so với cùng kỳ năm trước.', '5,66%', 5.66, '%', 'tăng', 'ước tính', 'quý I/2024'],
    ['Tổng kim ngạch xuất nhập khẩu hàng hóa 04 tháng đạt 238,9 tỷ USD.', '238,9 tỷ USD', 238.9, 'tỷ USD', 'đạt', null, '04 tháng'],
    ['Tỉnh đã hoàn thành đạt và vượt 37/43 chỉ tiêu chủ yếu.', '37/43 chỉ tiêu', 37, 'chỉ tiêu', 'đạt', null, null],
    ['thu ngân sách Nhà nước đạt trên 2.000 tỷ đồng.', '2.000 tỷ đồng', 2000, 'tỷ đồng', 'đạt', 'trên', null],
    ['Năm 2023 Việt Nam có thể đạt từ 6 đến 6,5%.', 'từ 6 đến 6,5%', [6, 6.5], '%', 'đạt', null, 'Năm 2023'],
    ['số doanh nghiệp thành lập mới 51.600, tăng 3,4%.', '51.600', 51600, 'doanh nghiệp', null, null, null],
    ['kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.', '70 năm', 70, 'năm', null, null, null],
    ['đón 25 triệu hành khách/năm.', '25 triệu hành khách/năm', 25, 'triệu hành khách/năm', null, null, null],
    ['hơn 15 vạn người dân xuống đường.', '15 vạn người', 15, 'vạn người', null, 'hơn', null],
  ])('%s', (text, figure, value, unit, change, approx, period) => {
    const [f] = figures(text);
    expect(f).toMatchObject({ text: figure, value, unit, change, approx, period });
  });

  it('a count noun that says nothing more is named by the clause before it', () => {
    const [all, foreign] = figures('Tổng lượt khách lưu trú ước đạt 8,13 triệu lượt; khách quốc tế đạt 2,98 triệu lượt.');
    expect(all!.subject).toMatch(/khách lưu trú.*lượt$/u);
    expect(foreign!.subject).toMatch(/khách quốc tế.*lượt$/u);
    expect(figures('Tỉnh có 16 ủy viên Ban Chấp hành.')[0]!.subject).toBe('ủy viên Ban Chấp hành');
  });

  it('a figure opening a clause after ";" is named by the words after it, not by the clause before', () => {
    const [, , all] = figures('Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%, tăng 9,7 điểm phần trăm; 100% cơ quan hành chính sử dụng văn bản điện tử.');
    expect(all!.subject).toBe('cơ quan hành chính sử dụng văn bản điện tử');
  });

  it('a second figure in a clause shares the first one\'s measure', () => {
    const [a, b] = figures('Tổng kim ngạch xuất nhập khẩu 4 tháng đạt 238,9 tỷ USD, tăng 15,2%.');
    expect(b!.subject).toBe(a!.subject);
    expect(b!.change).toBe('tăng');
  });

  it.each([
    ['dates', 'Ngày 05/6/2023, hội nghị khai mạc.'],
    ['document numbers', 'Thực hiện Hướng dẫn số 98-HD/BTGThU, Quyết định số 2218/QĐ-UBND.'],
    ['periods', 'Trong 04 tháng đầu năm 2024, quý I/2024 và giai đoạn 2021 - 2025.'],
    ['ordinals', 'Kỳ họp bất thường thứ 5, 6, 7; Đại hội lần thứ XIV.'],
    ['names with numbers', 'Ban Chỉ đạo 35 tỉnh, Covid-19, COP26, Điều 10, Nhà ga T3.'],
    ['plan names', 'Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 và 5 năm (2026 - 2030).'],
    ['time frames', 'trong 5 năm trở lại đây.'],
    ['list numbering', '1. Nội dung tuyên truyền\n(2) Bám sát chương trình'],
    ['numbers that count nothing known', 'Phương án 2 được chọn sau khi bàn.'],
  ])('are not figures: %s', (_name, text) => {
    expect(figures(text).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['Cả nước có 51.600 doanh nghiệp thành lập mới.', { level: 'national', name: null }],
    ['Riêng Bình Phước, 4 tháng qua có gần 400 doanh nghiệp thành lập mới.', { level: 'province', name: 'Bình Phước' }],
    ['Tại huyện Tân Uyên, năm 2023 huyện đạt 17/19 chỉ tiêu.', { level: 'district', name: 'Tân Uyên' }],
    ['Huyện ủy Bát Xát quán triệt 15 nghị quyết chuyên đề.', null],
    ['có 152 xã, phường, thị trấn trên địa bàn tỉnh.', { level: 'province', name: 'Lào Cai' }],
    ['Tổng sản phẩm trên địa bàn (GRDP) tăng 8,45%.', { level: 'province', name: 'Lào Cai' }],
  ])('scope: %s', (text, scope) => {
    expect(figures(text, 2024, 'Lào Cai')[0]!.scope).toEqual(scope);
  });

  it.each([
    ['dự báo năm 2023 có thể đạt 6,5%.', 'forecast'],
    ['mục tiêu tăng trưởng 6,5% cho năm 2024.', 'target'],
    ['GDP năm 2023 tăng 5,05%.', 'actual'],
  ])('modality: %s', (text, modality) => {
    expect(figures(text)[0]!.modality).toBe(modality);
  });

  it('reads English-convention numbers and remembers it', () => {
    const [a, b] = figures('GDP quý 1 năm 2024 tăng 5.66%; thu ngân sách đạt trên 2,000 tỷ đồng.');
    expect(a).toMatchObject({ value: 5.66, convention: 'en' });
    expect(b).toMatchObject({ value: 2, alt: { value: 2000 } });
  });

  it('an anniversary belongs to the year its date range ends', () => {
    const [f] = figures('kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).');
    expect(f!.periodKey).toEqual({ kind: 'months', year: 2024, from: 1, to: 12 });
  });

  it('a period the figure is compared with is not its own', () => {
    const [visitors, growth, revenue] = figures('Năm 2024, toàn tỉnh đón 15,3 triệu lượt khách, tăng 10,2% so với năm 2023; tổng thu từ du lịch đạt 39,6 nghìn tỷ đồng.');
    for (const f of [visitors, growth, revenue]) expect(f!.periodKey).toEqual(months(2024, 1, 12));
    const [grdp] = figures('Năm 2024, GRDP ước đạt 11,05%, cao nhất từ đầu nhiệm kỳ đến nay.');
    expect(grdp!.periodKey).toEqual(months(2024, 1, 12));
  });

  it('a clause about the yardstick period takes it: "so với năm 2019, khi ..."', () => {
    const [, record] = figures('Năm 2024 đạt 98% so với năm 2019, khi nước ta đón 18 triệu lượt khách quốc tế.');
    expect(record!.periodKey).toEqual(months(2019, 1, 12));
  });

  it('a standard of comparison is marked, with only a period attached to it', () => {
    const [yieldNow, before] = figures('Vụ Xuân 2024, năng suất lúa đạt 67,2 tạ/ha, cao hơn mức 65,8 tạ/ha của vụ Xuân năm trước.');
    expect(yieldNow).toMatchObject({ baseline: false, periodKey: { kind: 'season', name: 'vụ xuân', year: 2024 } });
    expect(before).toMatchObject({ baseline: true, periodKey: { kind: 'season', name: 'vụ xuân', year: 2023 } });
    const [, base] = figures('Năm 2024, GRDP tăng 8,2%, cao hơn mức 7,5%.');
    expect(base).toMatchObject({ baseline: true, periodKey: null, periodStated: false });
    expect(figures('Năng suất tăng từ 60 tạ/ha lên 67,2 tạ/ha.')[0]!.baseline).toBe(true);
    expect(figures('thu ngân sách đạt hơn 2.000 tỷ đồng.')[0]!.baseline).toBe(false);
  });

  it('a region is a place of its own', () => {
    const [own, region] = figures('Năng suất của An Giang đạt 7,18 tấn/ha, cao hơn mức bình quân 6,94 tấn/ha của toàn vùng đồng bằng sông Cửu Long.');
    expect(own!.scope).toEqual({ level: 'province', name: 'An Giang' });
    expect(region).toMatchObject({ baseline: true, scope: { level: 'region', name: 'đồng bằng sông cửu long' } });
  });

  it('a period after a figure is its own only before the next number', () => {
    const [now, before] = figures('Vụ lúa Đông Xuân 2023 - 2024, năng suất đạt 7,16 tấn/ha, cao hơn mức 7,06 tấn/ha của vụ Đông Xuân năm trước.');
    expect(now!.periodKey).toEqual({ kind: 'season', name: 'vụ đông xuân', year: 2024 });
    expect(before!.periodKey).toEqual({ kind: 'season', name: 'vụ đông xuân', year: 2023 });
  });

  it('a yardstick place is not where the figure applies', () => {
    const [a] = figures('Tỉnh thuộc nhóm dẫn đầu cả nước; trong đó 6 tháng đầu năm GRDP tăng 10,16%.', 2024, 'Thanh Hóa');
    expect(a!.scope).toEqual({ level: 'province', name: 'Thanh Hóa' });
  });

  it('a rate per hectare or per head measures something else than the total; per year does not', () => {
    expect(figures('năng suất lúa đạt 67,2 tạ/ha.')[0]!.dimension).toBe('tấn/ha');
    expect(figures('sản lượng lương thực đạt 98.450 tấn.')[0]!.dimension).toBe('tấn');
    expect(figures('đón 25 triệu hành khách/năm.')[0]!.dimension).toBe('hành khách');
    expect(figures('thu nhập bình quân 52,8 triệu đồng/người/năm.')[0]).toMatchObject({ text: '52,8 triệu đồng/người/năm', dimension: 'đồng/người' });
    expect(figures('bình quân đạt 17,4 tiêu chí/xã.')[0]).toMatchObject({ text: '17,4 tiêu chí/xã', dimension: 'tiêu chí/xã' });
  });

  it('a share of GDP is not a growth rate', () => {
    const [share, growth] = figures('Chi cho khoa học, công nghệ đạt 2% GDP, tăng 5%.');
    expect(share).toMatchObject({ text: '2% GDP', dimension: '% GDP' });
    expect(growth).toMatchObject({ text: '5%', dimension: '%' });
  });

  it('a quantity right after a period is a figure, not a year', () => {
    expect(figures('Diện tích lúa cả năm 2.114 ha.').map((f) => f.text)).toEqual(['2.114 ha']);
  });

  it('a target goes on through its sentence until a result is stated', () => {
    const [grdp, budget] = figures('Năm 2025, tỉnh phấn đấu GRDP tăng trên 11%; thu ngân sách đạt 52.000 tỷ đồng.');
    expect([grdp!.modality, budget!.modality]).toEqual(['target', 'target']);
    const [plan, done] = figures('Kế hoạch giao 50.000 tỷ đồng, thực hiện đạt 58.482 tỷ đồng.');
    expect(plan!.modality).toBe('target');
    expect(done!.modality).toBe('actual');
  });
});

describe('findFigures: what a clause leaves to the next', () => {
  const text =
    'Năm 2023, thí điểm ở 5 phường (Phường 1 và phường Thắng Tam) với tỷ lệ hộ tham gia đạt 38,4%, cao hơn mức 31,5% của năm 2022; lượng túi ni lông giảm khoảng 30% so với năm 2021.';
  const byText = new Map(findFigures(normalizeText(text).text, { defaultYear: 2024, province: null }).map((f) => [f.text, f]));

  it('places named in parentheses are no scope past them', () => {
    expect(byText.get('30%')!.scope).toBeNull();
  });

  it("a standard of comparison keeps its period, and passes it to no later figure", () => {
    expect(byText.get('31,5%')!.periodKey).toMatchObject({ kind: 'months', year: 2022 });
    expect(byText.get('30%')!.periodKey).toMatchObject({ kind: 'months', year: 2023 });
  });
});
