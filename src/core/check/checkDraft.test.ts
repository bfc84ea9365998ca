// The checker on small, made-up directives and drafts: each row is a sentence of a draft and
// what a careful checker says of it.
import { describe, expect, it } from 'vitest';
import { asLibraryDirective, compileLibrary } from './compileLibrary.ts';
import { checkDraft } from './checkDraft.ts';
import { parseDirective } from '../directive/parseDirective.ts';

const directive = [
  'TỈNH ỦY THANH HÓA',
  'BAN TUYÊN GIÁO',
  'Số 45-HD/BTGTU',
  'Thanh Hóa, ngày 10 tháng 1 năm 2025',
  'HƯỚNG DẪN',
  'tuyên truyền kết quả năm 2024',
  'Thực hiện Kết luận số 97-KL/TW, ngày 15/10/2024 của Hội nghị Trung ương 10 khóa XIII về kinh tế - xã hội; Quyết định số 153/QĐ-TTg, ngày 27/02/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2045, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Tuyên truyền kịp thời.',
  'II. NỘI DUNG TUYÊN TRUYỀN',
  '1. Kết quả phát triển kinh tế năm 2024',
  '- Năm 2024, tổng sản phẩm trên địa bàn (GRDP) tăng 11,26%; tỷ lệ hộ nghèo của huyện Mường Lát còn 6,1%; thu ngân sách nhà nước trên địa bàn đạt 52.000 tỷ đồng, tăng 8,5%. Kim ngạch xuất khẩu 6 tháng đầu năm 2024 đạt 4,7 tỷ USD. Toàn tỉnh có 402/451 xã đạt chuẩn nông thôn mới. Năng suất lúa bình quân đạt 60,6 tạ/ha, tăng 1,2 tạ/ha so với năm 2023.',
  '2. Phong trào thi đua',
  '- Đẩy mạnh phong trào thi đua “Thanh Hóa chung sức xây dựng nông thôn mới”; khắc phục tình trạng “trên nóng, dưới lạnh”; phát huy tinh thần “ai có gì giúp nấy, ai có công giúp công, ai có của giúp của, ai có nhiều giúp nhiều”.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Báo Thanh Hóa mở chuyên mục.',
].join('\n');

const library = compileLibrary([asLibraryDirective(parseDirective(directive, { file: 'hd-45.txt' }))]);
const check = (draft: string, date = '2025-02-01') => checkDraft(draft, library, { date });
const kinds = (draft: string) => check(draft).findings.filter((f) => f.kind !== 'theme-missing').map((f) => `${f.kind} ${f.actual}`);

describe('checkDraft: figures', () => {
  it.each([
    ['the approved figure', 'Năm 2024, GRDP của Thanh Hóa tăng 11,26%.', []],
    ['another value', 'Năm 2024, GRDP của Thanh Hóa tăng 11,62%.', ['figure-mismatch 11,62%']],
    ['a rounded value', 'Năm 2024, GRDP của Thanh Hóa tăng 11,3%.', ['figure-rounded 11,3%']],
    ['the English convention', 'Năm 2024, GRDP của Thanh Hóa tăng 11.26%.', ['figure-format 11.26%']],
    ['the direction reversed', 'Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Thanh Hóa đạt 52.000 tỷ đồng, giảm 8,5%.', ['figure-direction giảm 8,5%']],
    ['another period', 'Năm 2023, GRDP của Thanh Hóa tăng 9,24%.', []],
    ['another province', 'Năm 2024, GRDP của tỉnh Nghệ An tăng 9,24%.', []],
    ['a district', 'Năm 2024, thu ngân sách trên địa bàn huyện Nga Sơn đạt 500 tỷ đồng.', []],
    ['another measure with the same digits', 'Năm 2024, chỉ số sản xuất công nghiệp (IIP) tăng 11,62%.', []],
    ['a forecast against a result', 'Năm 2024, GRDP của Thanh Hóa dự báo tăng 12%.', []],
    ['the same total, another count', 'Thanh Hóa có 404/451 xã đạt chuẩn nông thôn mới trong năm 2024.', ['figure-mismatch 404/451 xã']],
    ['a scale written otherwise', 'Năm 2024, thu ngân sách nhà nước trên địa bàn Thanh Hóa đạt 52 nghìn tỷ đồng.', []],
    ['a figure of 6 months against the year', 'Sáu tháng đầu năm 2024, GRDP của Thanh Hóa tăng 10,1%.', []],
    ['the name spelled out', 'Năm 2024, tổng sản phẩm trên địa bàn tỉnh Thanh Hóa tăng 11,62%.', ['figure-mismatch 11,62%']],
    ['imports against exports', 'Kim ngạch nhập khẩu 6 tháng đầu năm 2024 của Thanh Hóa đạt 4,2 tỷ USD.', []],
    ['a standard of comparison', 'Năm 2024, GRDP của Thanh Hóa tăng 11,26%, cao hơn mức 10,5%.', []],
    ['the approved value and a later one in the same sentence', 'Năm 2024, Thanh Hóa từ 402/451 xã đạt chuẩn nông thôn mới còn 398/451 xã đạt chuẩn nông thôn mới.', []],
    ['a rounded value, the change of the same measure beside it', 'Năm 2024, năng suất lúa bình quân của Thanh Hóa đạt 61 tạ/ha.', ['figure-rounded 61 tạ/ha']],
    ['a round number written to its hundreds', 'Thanh Hóa có khoảng 400/451 xã đạt chuẩn nông thôn mới trong năm 2024.', ['figure-rounded 400/451 xã']],
    ['a district named in the directive, no place in the draft', 'Một số huyện có tỷ lệ hộ nghèo cao như Mường Lát (6,5%).', []],
    [
      'a year in the title of a cited document is not the figure\'s',
      'Theo Hướng dẫn số 45-HD/BTGTU ngày 10/01/2025 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kết quả năm 2023, tổng sản phẩm trên địa bàn tỉnh Thanh Hóa tăng 11,62%.',
      ['figure-mismatch 11,62%'],
    ],
    [
      'a place named in parentheses is no scope past them',
      'Năm 2024, Thanh Hóa có 3 đơn vị cấp huyện về đích (Nga Sơn, Hoằng Hóa và huyện Quảng Xương); thu ngân sách nhà nước trên địa bàn đạt 52.500 tỷ đồng.',
      ['figure-mismatch 52.500 tỷ đồng'],
    ],
    ['a year compared with', 'Thanh Hóa: năm 2024, thu ngân sách trên địa bàn đạt 52.000 tỷ đồng, giảm 8,5% so với năm 2023.', ['figure-direction giảm 8,5%']],
  ])('%s', (_name, draft, expected) => {
    expect(kinds(draft)).toEqual(expected);
  });

  it('a year stated in an earlier paragraph is the year of a later one, not the publication year', () => {
    const draft = 'Thanh Hóa: kinh tế năm 2024 khởi sắc.\n\nSáu tháng đầu năm, kim ngạch xuất khẩu của tỉnh đạt 4,9 tỷ USD.';
    expect(check(draft, '2025-01-20').findings.filter((f) => f.kind !== 'theme-missing').map((f) => `${f.kind} ${f.actual}`)).toEqual(['figure-mismatch 4,9 tỷ USD']);
  });

  it('offsets and the fix point into the draft as typed (NFD, straight quotes)', () => {
    const draft = 'Na\u0306m 2024, GRDP cu\u0309a Thanh Hóa ta\u0306ng 11,62%.';
    const [f] = check(draft).findings.filter((x) => x.kind === 'figure-mismatch');
    expect(draft.slice(f!.start, f!.end)).toBe('11,62%');
    expect(f!.fix).toMatchObject({ replacement: '11,26%' });
    expect(f!.source).toMatchObject({ directive: '45-HD/BTGTU', sectionPath: 'II.1' });
  });
});

describe('checkDraft: quotes and citations', () => {
  it.each([
    ['an exact quote', 'Tỉnh phát động phong trào “Thanh Hóa chung sức xây dựng nông thôn mới”.', []],
    ['a tone placement variant', 'Tỉnh phát động phong trào “Thanh Hoá chung sức xây dựng nông thôn mới”.', []],
    ['a word changed', 'Tỉnh phát động phong trào “Thanh Hóa chung tay xây dựng nông thôn mới”.', ['quote-mismatch Thanh Hóa chung tay xây dựng nông thôn mới']],
    ['prose without quotation marks, a word changed: no quotation', 'Tỉnh đẩy mạnh phong trào Thanh Hóa chung tay xây dựng nông thôn mới ở các xã.', []],
    ['a campaign named in prose, every word kept and one added', 'Tỉnh đẩy mạnh phong trào Thanh Hóa chung sức cùng xây dựng nông thôn mới ở các xã.', []],
    ['quoted words no directive has', 'Người dân gọi đó là “con đường no ấm”.', []],
    ['a correct citation', 'Theo Kết luận số 97-KL/TW ngày 15/10/2024 của Hội nghị Trung ương 10 khóa XIII.', []],
    ['a wrong date', 'Theo Kết luận số 97-KL/TW ngày 16/10/2024 của Hội nghị Trung ương 10.', ['citation-mismatch Kết luận số 97-KL/TW ngày 16/10/2024']],
    ['a wrong issuer', 'Theo Kết luận số 97-KL/TW ngày 15/10/2024 của Ban Bí thư.', ['citation-mismatch Kết luận số 97-KL/TW ngày 15/10/2024 của Ban Bí thư']],
    ['a kind word against the number', 'Theo Nghị quyết số 97-KL/TW ngày 15/10/2024.', ['citation-mismatch Nghị quyết số 97-KL/TW']],
    [
      'a number one digit off, with the day and issuer of a known document',
      'Theo Kết luận số 79-KL/TW ngày 15/10/2024 của Hội nghị Trung ương 10.',
      ['citation-mismatch Kết luận số 79-KL/TW ngày 15/10/2024'],
    ],
    ['an unknown number on another day', 'Theo Kết luận số 79-KL/TW ngày 16/10/2024 của Hội nghị Trung ương 10.', []],
    [
      'a title naming another year',
      'Theo Quyết định số 153/QĐ-TTg ngày 27/02/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.',
      ['citation-mismatch Quyết định số 153/QĐ-TTg ngày 27/02/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050'],
    ],
    [
      'a title that runs on past the document\'s',
      'Theo Quyết định số 153/QĐ-TTg ngày 27/02/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2045, có 5 vùng động lực.',
      [],
    ],
    ['part of a long phrase, word for word', 'Bà con góp sức theo tinh thần “ai có gì giúp nấy, ai có công giúp công”.', []],
    [
      'part of a long phrase with words changed',
      'Bà con góp sức theo tinh thần “ai có gì góp nấy, ai có công góp công, ai có của góp của”.',
      ['quote-mismatch ai có gì góp nấy, ai có công góp công, ai có của góp của'],
    ],
  ])('%s', (_name, draft, expected) => {
    expect(kinds(draft)).toEqual(expected);
  });

  it('a title slip is fixed by its number alone', () => {
    const draft = 'Theo Quyết định số 153/QĐ-TTg ngày 27/02/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.';
    const f = check(draft).findings.find((x) => x.kind === 'citation-mismatch')!;
    expect(draft.slice(f.fix!.start, f.fix!.end)).toBe('2050');
    expect(f.fix!.replacement).toBe('2045');
    expect(f.expected).toMatch(/tầm nhìn đến năm 2045$/u);
  });

  it('a quote finding carries a word diff and the approved wording', () => {
    const [f] = check('Tỉnh phát động phong trào “Thanh Hóa chung tay xây dựng nông thôn mới”.').findings.filter((x) => x.kind === 'quote-mismatch');
    expect(f!.expected).toBe('Thanh Hóa chung sức xây dựng nông thôn mới');
    expect(f!.diff?.filter((d) => d.op !== 'equal').map((d) => `${d.op}:${d.text.trim()}`)).toEqual(['delete:tay', 'insert:sức']);
  });

  it('the fix follows the newsroom\'s tone placement', () => {
    const report = checkDraft('Tỉnh phát động phong trào “Thanh Hóa chung tay xây dựng nông thôn mới”.', library, { date: '2025-02-01', tonePlacement: 'new' });
    expect(report.findings.find((x) => x.kind === 'quote-mismatch')!.fix!.replacement).toBe('Thanh Hoá chung sức xây dựng nông thôn mới');
  });
});

describe('checkDraft: themes', () => {
  it('reports every theme of the directives considered, with the sentences that cover it', () => {
    const report = checkDraft(
      'Năm 2024, GRDP của Thanh Hóa tăng 11,26%, thu ngân sách nhà nước trên địa bàn đạt 52.000 tỷ đồng; kinh tế tỉnh phát triển.',
      library,
      { date: '2025-02-01', directives: ['45-HD/BTGTU'] },
    );
    const byPath = new Map(report.themes.map((t) => [t.path, t]));
    expect(byPath.get('II.1')?.covered).toBe(true);
    expect(byPath.get('II.1')?.evidence[0]?.text).toContain('GRDP');
    expect(byPath.get('II.2')?.covered).toBe(false);
    expect(report.findings.filter((f) => f.kind === 'theme-missing').map((f) => f.themeId)).toEqual(['45-HD/BTGTU#II.2']);
  });

  it('a draft stating two of a theme\'s approved figures covers it, whatever else it is about', () => {
    const report = checkDraft(
      'Lễ hội đường phố ở Thanh Hóa thu hút đông người dân, du khách đến vui chơi, thưởng thức ẩm thực. Mở đầu chương trình ca múa nhạc, người dẫn chương trình nhắc con số GRDP năm 2024 tăng 11,26% trước tiếng trống hội, cờ hoa rực rỡ và pháo sáng. Các gian hàng trưng bày đặc sản, đồ thủ công mỹ nghệ, mâm cỗ truyền thống của 402/451 xã nông thôn mới, kéo dài đến khuya.',
      library,
      { date: '2025-02-01', directives: ['45-HD/BTGTU'] },
    );
    const theme = report.themes.find((t) => t.path === 'II.1')!;
    expect(theme.covered).toBe(true);
    expect(theme.evidence.map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringContaining('11,26%'), expect.stringContaining('402/451')]));
  });

  it('a draft that writes one of a theme\'s set phrases covers it', () => {
    const report = checkDraft(
      'Sáng nay, xã Nga Sơn tổ chức ngày hội văn hóa với các trò chơi dân gian, hát chèo, thi nấu cơm, kéo co, đấu vật, múa rồng, hội chợ ẩm thực và triển lãm ảnh xưa, trong khuôn khổ phong trào “Thanh Hóa chung sức xây dựng nông thôn mới”, thu hút hàng nghìn người dân và du khách thập phương.',
      library,
      { date: '2025-02-01', directives: ['45-HD/BTGTU'] },
    );
    const theme = report.themes.find((t) => t.path === 'II.2')!;
    expect(theme.covered).toBe(true);
    expect(theme.evidence[0]!.text).toContain('chung sức xây dựng nông thôn mới');
  });

  it('only directives in force on the publication date require themes', () => {
    const report = checkDraft('GRDP của Thanh Hóa tăng 11,26%.', library, { date: '2024-12-01' });
    expect(report.directives[0]).toMatchObject({ inForce: false, considered: false });
    expect(report.themes).toEqual([]);
  });
});

describe('checkDraft: figures of a library with other provinces', () => {
  const ngheAn = [
    'TỈNH ỦY NGHỆ AN',
    'BAN TUYÊN GIÁO',
    'Số 12-HD/BTGTU',
    'Nghệ An, ngày 12 tháng 1 năm 2025',
    'HƯỚNG DẪN',
    'tuyên truyền đại hội đảng bộ cơ sở',
    'I. NỘI DUNG TUYÊN TRUYỀN',
    '1. Công tác xây dựng Đảng',
    '- Đảng bộ Khối Doanh nghiệp hiện có 76 tổ chức cơ sở đảng với 5.120 đảng viên. Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An giảm còn 3,1%.',
  ].join('\n');
  const both = compileLibrary([
    asLibraryDirective(parseDirective(directive, { file: 'hd-45.txt' })),
    asLibraryDirective(parseDirective(ngheAn, { file: 'hd-12.txt' })),
  ]);
  const errors = (draft: string, directives?: string[], date = '2025-02-01') =>
    checkDraft(draft, both, { date, directives }).findings.filter((f) => f.kind !== 'theme-missing').map((f) => `${f.kind} ${f.actual}`);
  const draft = 'Đảng bộ Khối Doanh nghiệp có 86 tổ chức cơ sở đảng, đang chuẩn bị đại hội.';

  it("an unplaced count of another body's directive, not one the article answers to, is not accused", () => {
    // Before either directive is issued, neither is one the article answers to.
    expect(errors(draft, undefined, '2025-01-05')).toEqual([]);
  });

  it('the same count is accused when the article is checked against that directive', () => {
    expect(errors(draft, ['12-HD/BTGTU'], '2025-01-05')).toEqual(['figure-mismatch 86 tổ chức cơ sở đảng']);
  });

  it("an unplaced figure is not a named province's unless the article is about it", () => {
    expect(errors('Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An giảm còn 3,4%.')).toEqual(['figure-mismatch 3,4%']);
    expect(errors('Thanh Hóa giảm nghèo bền vững. Năm 2024, tỷ lệ hộ nghèo giảm còn 3,4%.')).toEqual([]);
    expect(errors('Nghệ An giảm nghèo bền vững. Năm 2024, tỷ lệ hộ nghèo giảm còn 3,4%.')).toEqual(['figure-mismatch 3,4%']);
  });
});

describe('checkDraft: quotes that are another wording, not a misquote', () => {
  const plan = [
    'TỈNH ỦY HÀ TĨNH',
    'BAN TUYÊN GIÁO',
    'Số 30-KH/BTGTU',
    'Hà Tĩnh, ngày 05 tháng 3 năm 2025',
    'KẾ HOẠCH',
    'tuyên truyền đại hội đảng bộ các cấp',
    'I. NỘI DUNG TUYÊN TRUYỀN',
    '1. Chủ đề năm',
    '- Chủ đề năm 2025 của tỉnh: “Đoàn kết, kỷ cương, đổi mới, bứt phá, phát triển bền vững”; chủ đề năm 2024: “Đoàn kết, kỷ cương, sáng tạo, bứt phá, phát triển nhanh”.',
    '2. Chuyên mục',
    '- Báo Hà Tĩnh mở chuyên mục “Tiến tới Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030”.',
  ].join('\n');
  const lib = compileLibrary([asLibraryDirective(parseDirective(plan, { file: 'kh-30.txt' }))]);
  const quoteErrors = (draft: string) =>
    checkDraft(draft, lib, { date: '2025-04-01' }).findings.filter((f) => f.kind === 'quote-mismatch').map((f) => f.actual);

  it.each([
    ['part of one theme word for word, close to another', 'Tỉnh quán triệt tinh thần “Đoàn kết, kỷ cương, đổi mới, bứt phá…” trong mọi việc.', []],
    ['part of a theme with a word changed', 'Tỉnh quán triệt tinh thần “Đoàn kết, kỷ cương, đổi thay, bứt phá, phát triển bền vững”.', ['Đoàn kết, kỷ cương, đổi thay, bứt phá, phát triển bền vững']],
    ['another congress, quoted', 'Huyện mở chuyên mục “Tiến tới Đại hội Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030”.', []],
    ['another congress in prose, with words added', 'Các cấp thi đua tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030 thành công.', []],
    ['the same congress quoted, a word dropped', 'Báo mở chuyên mục “Tiến tới Đại hội Đảng bộ tỉnh lần XX, nhiệm kỳ 2025 - 2030”.', ['Tiến tới Đại hội Đảng bộ tỉnh lần XX, nhiệm kỳ 2025 - 2030']],
  ])('%s', (_name, draft, expected) => {
    expect(quoteErrors(draft)).toEqual(expected);
  });
});

describe('checkDraft: the article\'s province', () => {
  it('is the province of the directives it answers to, unless the text names another more than once', () => {
    const draft = 'Một du khách từ Hà Nội kể lại. Năm 2024, tổng sản phẩm trên địa bàn tỉnh tăng 11,62%.';
    const errors = (directives?: string[]) =>
      checkDraft(draft, library, { date: '2025-02-01', directives }).findings.filter((f) => f.kind !== 'theme-missing').map((f) => `${f.kind} ${f.actual}`);
    expect(errors()).toEqual([]);
    expect(errors(['45-HD/BTGTU'])).toEqual(['figure-mismatch 11,62%']);
  });
});
