import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/helpers/dumpDatabase.ts';
import { citation, fakeDirective, fakeParse, fakeText, figure, quote, theme } from './fakeDirective.testkit.ts';
import { openLibrary, type Library, type LibraryOptions } from './openLibrary.ts';

let dir: string;
let dbPath: string;
let library: Library;
let clock = 0;
let keys = 0;

async function open(options: LibraryOptions = {}): Promise<Library> {
  const opened = await openLibrary(dbPath, {
    parse: fakeParse,
    seedFrom: null,
    now: () => new Date(Date.UTC(2024, 5, 1, 8, 0, clock++)),
    newKey: () => `k${++keys}`,
    ...options,
  });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const keyOf = (kind: 'figure' | 'quote' | 'reference', text: string): string =>
  library.items('15-HD/BTGTU', kind)!.find((i) => JSON.stringify(i.item).includes(text))!.key;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soat-lib-'));
  dbPath = join(dir, 'soat.db');
  library = await open();
});
afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('import', () => {
  it('stores a parsed directive and gives it back unchanged, active', () => {
    const parsed = fakeDirective({
      figures: [figure('từ 6 đến 6,5%', 'Phấn đấu tăng từ 6 đến 6,5%.', { value: [6, 6.5], modality: 'target' }), figure('37/43 chỉ tiêu', 'Đạt 37/43 chỉ tiêu.', { value: 37, total: 43, unit: 'chỉ tiêu', periodKey: null, scope: null })],
    });
    const text = fakeText(parsed);
    expect(must(library.importText(text, { file: 'hd15.txt' }))).toEqual({
      id: '15-HD/BTGTU',
      number: '15-HD/BTGTU',
      title: parsed.title,
      outcome: 'added',
      unapplied: [],
    });
    expect(library.get('15-HD/BTGTU')).toEqual({ ...parsed, file: 'hd15.txt', text, status: 'active' });
  });

  it('re-importing the same text changes nothing, not even a timestamp', () => {
    const text = fakeText(fakeDirective());
    must(library.importText(text));
    const before = dumpDatabase(dbPath);
    expect(must(library.importText(text)).outcome).toBe('unchanged');
    expect(must(library.importText(text.replace(/\n/gu, '\r\n').normalize('NFD'))).outcome).toBe('unchanged');
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('refuses a second document with the same number from another issuer, and writes nothing', () => {
    must(library.importText(fakeText(fakeDirective())));
    const before = dumpDatabase(dbPath);
    const result = library.importText(fakeText(fakeDirective({ issuer: 'Ban Tuyên giáo Tỉnh ủy Lào Cai' })));
    expect(result.ok || result.error.code).toBe('id-conflict');
    expect(result.ok || result.error.message).toContain('Lào Cai');
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('imports several documents all or nothing', () => {
    must(library.importText(fakeText(fakeDirective())));
    const before = dumpDatabase(dbPath);
    const result = library.importTexts([
      { text: fakeText(fakeDirective({ id: '20-KH/BTGTU' })), file: 'a.txt' },
      { text: fakeText(fakeDirective({ issuer: 'Ban Tuyên giáo Tỉnh ủy Lào Cai' })), file: 'b.txt' },
    ]);
    expect(result.ok || result.error.message).toMatch(/^b\.txt: /u);
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('a write that fails halfway leaves the previous version whole', () => {
    must(library.importText(fakeText(fakeDirective())));
    const before = dumpDatabase(dbPath);
    // A figure the schema refuses, after the directive row and other items were written.
    const broken = fakeDirective({ title: 'phiên bản mới', figures: [figure('1%', 'a.'), figure('2%', 'b.', { change: 'lên' as never })] });
    expect(() => library.importText(fakeText(broken))).toThrow(/CHECK constraint/u);
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('refuses a document with neither number nor file name', () => {
    const result = library.importText(fakeText(fakeDirective({ id: '', number: null })));
    expect(result.ok || result.error.code).toBe('no-id');
  });
});

describe('a new version keeps people’s edits', () => {
  it('re-applies edited fields, additions, deletions, theme flags, status and validity', () => {
    const v1 = fakeDirective({
      figures: [
        figure('5,86%', 'GDP quý I/2024 tăng 5,86%.'),
        figure('6,5%', 'Mục tiêu tăng 6,5%.', { modality: 'target' }),
        figure('3,2%', 'CPI tăng 3,2%.', { subject: 'CPI' }),
      ],
      quotes: [quote('Đảng Cộng sản Việt Nam quang vinh muôn năm!'), quote('ngoại giao cây tre', 'phrase')],
      references: [citation('64-KL/TW'), citation('57-KL/TW', { date: '2023-06-15' })],
      themes: [theme('15-HD/BTGTU', 'II.1', 'Kết quả kinh tế'), theme('15-HD/BTGTU', 'II.2', 'Văn hóa')],
    });
    must(library.importText(fakeText(v1)));
    const lead = 'Trưởng ban Lan';
    must(library.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,86%'), { text: '5,66%', value: 5.66 }, lead));
    must(library.deleteItem('15-HD/BTGTU', 'figure', keyOf('figure', '6,5%'), lead));
    must(library.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '3,2%'), { subject: 'chỉ số giá tiêu dùng' }, lead));
    const added = must(library.addItem('15-HD/BTGTU', 'figure', { text: '51.600 doanh nghiệp', value: 51600, unit: 'doanh nghiệp' }, lead));
    must(library.updateItem('15-HD/BTGTU', 'quote', keyOf('quote', 'quang vinh'), { text: 'Đảng Cộng sản Việt Nam quang vinh muôn năm!!' }, lead));
    must(library.deleteItem('15-HD/BTGTU', 'reference', keyOf('reference', '57-KL/TW'), lead));
    must(library.addItem('15-HD/BTGTU', 'reference', { number: '01/NQ-CP', kind: 'NQ', issuer: 'Chính phủ' }, lead));
    must(library.setThemeRequired('15-HD/BTGTU', 'II.2', false, lead));
    must(library.setStatus('15-HD/BTGTU', 'retired', lead));
    must(library.setValidity('15-HD/BTGTU', { from: '2024-01-01', to: '2025-06-30', evidence: 'Trưởng ban gia hạn' }, lead));
    const edited = library.get('15-HD/BTGTU')!;

    // Version 2: a paragraph added above (the prose changes, offsets move), the 3,2% figure
    // gone, a new figure, the first figure's sentence reworded, the phrase quote gone.
    const v2 = fakeDirective({
      title: 'tuyên truyền kết quả phát triển kinh tế - xã hội (bản sửa)',
      figures: [
        figure('5,86%', 'Quý I/2024, GDP tăng 5,86%.', { start: 50, end: 55 }),
        figure('6,5%', 'Mục tiêu tăng 6,5%.', { modality: 'target', start: 80, end: 84 }),
        figure('7%', 'Xuất khẩu tăng 7%.', { subject: 'xuất khẩu', start: 90, end: 92 }),
      ],
      quotes: [quote('Đảng Cộng sản Việt Nam quang vinh muôn năm!')],
      references: [citation('64-KL/TW'), citation('57-KL/TW', { date: '2023-06-15' })],
      themes: [theme('15-HD/BTGTU', 'II.1', 'Kết quả kinh tế'), theme('15-HD/BTGTU', 'II.2', 'Văn hóa'), theme('15-HD/BTGTU', 'II.3', 'Quốc phòng')],
    });
    const imported = must(library.importText(fakeText(v2, 'Một đoạn mở đầu mới. Có 51.600 doanh nghiệp.')));
    expect(imported.outcome).toBe('updated');
    // Only the edit on the vanished 3,2% figure has nothing to apply to.
    expect(imported.unapplied.map((e) => [e.target, e.action, e.field, e.newValue])).toEqual([['figure', 'update', 'subject', 'chỉ số giá tiêu dùng']]);

    const now = library.get('15-HD/BTGTU')!;
    expect(now.title).toBe(v2.title);
    expect(now.figures.map((f) => [f.text, f.value, f.sentence])).toEqual([
      ['5,66%', 5.66, 'Quý I/2024, GDP tăng 5,86%.'],
      ['7%', 7, 'Xuất khẩu tăng 7%.'],
      ['51.600 doanh nghiệp', 51600, ''],
    ]);
    // The added figure is found again in the new text.
    const addedFigure = now.figures[2]!;
    expect(now.text.slice(addedFigure.start, addedFigure.end)).toBe('51.600 doanh nghiệp');
    expect(addedFigure).toMatchObject({ unit: 'doanh nghiệp', decimals: 0, convention: 'vi', modality: 'actual', periodKey: null });
    expect(added.itemKey).toBe('+k1');
    expect(now.quotes.map((q) => q.text)).toEqual(['Đảng Cộng sản Việt Nam quang vinh muôn năm!!']);
    expect(now.references.map((r) => r.number)).toEqual(['64-KL/TW', '01/NQ-CP']);
    expect(now.themes.map((t) => [t.id, t.required])).toEqual([
      ['15-HD/BTGTU#II.1', true],
      ['15-HD/BTGTU#II.2', false],
      ['15-HD/BTGTU#II.3', true],
    ]);
    expect(now.status).toBe('retired');
    expect(now.validity).toEqual(edited.validity);
    expect(library.edits('15-HD/BTGTU')).toHaveLength(11);
  });

  it('re-importing the first version again restores its items, edits still on top', () => {
    const v1 = fakeDirective();
    must(library.importText(fakeText(v1)));
    must(library.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { approx: 'ước tính' }, 'Lan'));
    must(library.importText(fakeText(fakeDirective({ figures: [] }))));
    expect(library.get('15-HD/BTGTU')!.figures).toEqual([]);
    const back = must(library.importText(fakeText(v1)));
    expect(back.unapplied).toEqual([]);
    expect(library.get('15-HD/BTGTU')!.figures.map((f) => [f.text, f.approx])).toEqual([
      ['5,66%', 'ước tính'],
      ['6,5%', null],
    ]);
  });
});

describe('a new parser reads the stored directives again', () => {
  it('re-reads every directive once when the parser version changes, and keeps people’s edits', async () => {
    const v1 = fakeDirective({ figures: [figure('5,86%', 'GDP quý I/2024 tăng 5,86%.'), figure('3,2%', 'CPI tăng 3,2%.', { subject: 'CPI' })] });
    must(library.importText(fakeText(v1)));
    must(library.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '3,2%'), { text: '3,4%', value: 3.4 }, 'Lan'));
    library.close();

    // The same text, read by a parser that now also finds the CPI sentence's period.
    let reads = 0;
    const better = (text: string, options?: { file?: string }) => {
      reads++;
      const d = fakeParse(text, options);
      return { ...d, figures: d.figures.map((f) => (f.subject === 'CPI' ? { ...f, period: 'quý I/2024' } : f)) };
    };
    library = await open({ parse: better, parserVersion: 99 });
    expect(reads).toBe(1);
    const cpi = library.get('15-HD/BTGTU')!.figures.find((f) => f.subject === 'CPI')!;
    expect(cpi).toMatchObject({ period: 'quý I/2024', text: '3,4%', value: 3.4 });
    library.close();

    library = await open({ parse: better, parserVersion: 99 });
    expect(reads).toBe(1);
  });
});

describe('edits', () => {
  beforeEach(() => {
    must(library.importText(fakeText(fakeDirective())));
  });

  it('records who changed what, from what to what', () => {
    const key = keyOf('figure', '5,66%');
    const [record] = must(library.updateItem('15-hd/btgtu', 'figure', key, { value: 5.7 }, 'Lan'));
    expect(record).toMatchObject({ directiveId: '15-HD/BTGTU', target: 'figure', itemKey: key, action: 'update', field: 'value', oldValue: 5.66, newValue: 5.7, author: 'Lan' });
    expect(record!.at).toMatch(/^2024-06-01T08:00:\d\d\.000Z$/u);
    expect(library.edits()).toEqual([record]);
  });

  it.each([
    [5.66, 2],
    [51600, 0],
    [[6, 6.5], 1],
  ])('an added figure of value %j has %i decimals', (value, decimals) => {
    const added = must(library.addItem('15-HD/BTGTU', 'figure', { text: 'x', value }, 'Lan'));
    expect(library.items('15-HD/BTGTU', 'figure')!.find((i) => i.key === added.itemKey)!.item['decimals']).toBe(decimals);
  });

  it('an edit that changes nothing is not recorded', () => {
    expect(must(library.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { value: 5.66 }, 'Lan'))).toEqual([]);
    expect(must(library.setStatus('15-HD/BTGTU', 'active', 'Lan'))).toEqual([]);
    expect(must(library.setThemeRequired('15-HD/BTGTU', 'II.1', true, 'Lan'))).toEqual([]);
    expect(library.edits()).toEqual([]);
  });

  it.each([
    ['an unknown directive', (l: Library) => l.setStatus('99-HD/XX', 'retired', 'Lan'), 'not-found'],
    ['an unknown item', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', 'nope', { value: 1 }, 'Lan'), 'item-not-found'],
    ['an unknown field', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { colour: 'đỏ' }, 'Lan'), 'bad-field'],
    ['an offset', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { start: 3 }, 'Lan'), 'bad-field'],
    ['a value of the wrong type', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { value: '5,7' }, 'Lan'), 'bad-value'],
    ['a reversed range', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { value: [7, 6] }, 'Lan'), 'bad-value'],
    ['a change outside tăng/giảm/đạt', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { change: 'lên' }, 'Lan'), 'bad-value'],
    ['a quote without its words', (l: Library) => l.addItem('15-HD/BTGTU', 'quote', { type: 'slogan' }, 'Lan'), 'missing-field'],
    ['a quote with empty words', (l: Library) => l.addItem('15-HD/BTGTU', 'quote', { type: 'slogan', text: ' ' }, 'Lan'), 'bad-value'],
    ['a figure emptied of its text', (l: Library) => l.updateItem('15-HD/BTGTU', 'figure', keyOf('figure', '5,66%'), { text: '' }, 'Lan'), 'bad-value'],
    ['a section (not editable)', (l: Library) => l.addItem('15-HD/BTGTU', 'section' as never, { path: 'V' }, 'Lan'), 'bad-kind'],
    ['a theme that does not exist', (l: Library) => l.setThemeRequired('15-HD/BTGTU', 'IX', false, 'Lan'), 'item-not-found'],
    ['no author', (l: Library) => l.setStatus('15-HD/BTGTU', 'retired', '  '), 'bad-author'],
    ['a status that is not one', (l: Library) => l.setStatus('15-HD/BTGTU', 'archived' as never, 'Lan'), 'bad-value'],
    ['a validity ending before it starts', (l: Library) => l.setValidity('15-HD/BTGTU', { from: '2024-05', to: '2024-01-31', evidence: '' }, 'Lan'), 'bad-value'],
    ['a validity with a bad date', (l: Library) => l.setValidity('15-HD/BTGTU', { from: '2024-13-01', to: null, evidence: '' }, 'Lan'), 'bad-value'],
  ] as const)('refuses %s and writes nothing', (_name, edit, code) => {
    const before = dumpDatabase(dbPath);
    const result = edit(library);
    expect(result.ok || result.error.code).toBe(code);
    expect(result.ok || result.error.message).toMatch(/\p{L}/u);
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('retired directives leave the active library', () => {
    must(library.importText(fakeText(fakeDirective({ id: '20-KH/BTGTU' }))));
    must(library.setStatus('20-KH/BTGTU', 'retired', 'Lan'));
    expect(library.directives({ status: 'active' }).map((d) => d.id)).toEqual(['15-HD/BTGTU']);
    expect(library.directives().map((d) => [d.id, d.status])).toEqual([
      ['15-HD/BTGTU', 'active'],
      ['20-KH/BTGTU', 'retired'],
    ]);
  });

  it('validity can be cleared and set again', () => {
    must(library.setValidity('15-HD/BTGTU', null, 'Lan'));
    expect(library.get('15-HD/BTGTU')!.validity).toBeNull();
    must(library.setValidity('15-HD/BTGTU', { from: '2024-06', to: null, evidence: 'từ tháng 6' }, 'Lan'));
    expect(library.get('15-HD/BTGTU')!.validity).toEqual({ from: '2024-06', to: null, evidence: 'từ tháng 6' });
  });
});

describe('list, get and search', () => {
  beforeEach(() => {
    must(library.importText(fakeText(fakeDirective()), { file: 'hd15.txt' }));
    must(
      library.importText(
        fakeText(fakeDirective({ id: '98-HD/BTGThU', issuer: 'Ban Tuyên giáo Thành ủy Lai Châu', title: 'tuyên truyền Hội nghị Trung ương', issuedOn: '2023-06-05' }), 'Quốc phòng, an ninh được giữ vững.'),
      ),
    );
    must(library.importText(fakeText(fakeDirective({ id: 'kh_khong_so', number: null, issuer: null, issuedOn: null, title: 'đường lối đối ngoại' }), 'Ngoại giao cây tre.')));
  });

  it('lists newest first, undated last, with counts', () => {
    const list = library.list();
    expect(list.map((d) => d.id)).toEqual(['15-HD/BTGTU', '98-HD/BTGThU', 'kh_khong_so']);
    expect(list[0]).toMatchObject({ file: 'hd15.txt', status: 'active', counts: { figures: 2, quotes: 1, references: 1, themes: 1, edits: 0 } });
  });

  it.each([
    ['98-HD/BTGThU', '98-HD/BTGThU'],
    ['98-hd/btgthu', '98-HD/BTGThU'],
    [' 98 - HD/BTGThU ', '98-HD/BTGThU'],
    ['kh_khong_so', 'kh_khong_so'],
    ['12-HD/BTGTU', null],
  ])('get(%s) → %s', (query, id) => {
    expect(library.get(query)?.id ?? null).toBe(id);
  });

  it.each([
    // The two with an issuer "Ban Tuyên giáo ..."; the third has none.
    ['tuyen giao', ['15-HD/BTGTU', '98-HD/BTGThU']],
    ['Lai Chau', ['98-HD/BTGThU']],
    // Every fake text quotes "Đảng Cộng sản Việt Nam ...": đ must fold to d.
    ['dang cong san', ['15-HD/BTGTU', '98-HD/BTGThU', 'kh_khong_so']],
    ['ĐẢNG', ['15-HD/BTGTU', '98-HD/BTGThU', 'kh_khong_so']],
    ['cay tre', ['kh_khong_so']],
    ['duong loi doi ngoai', ['kh_khong_so']],
    ['98-HD/BTGThU', ['98-HD/BTGThU']],
    ['quoc pho', ['98-HD/BTGThU']],
    ['"; DROP TABLE directives; --', []],
    ['', []],
  ])('search(%s)', (query, ids) => {
    expect(library.search(query).map((h) => h.id).sort()).toEqual([...ids].sort());
  });

  it('ranks a number match first and cuts the snippet from the original text', () => {
    const [hit] = library.search('quoc phong');
    expect(hit).toMatchObject({ id: '98-HD/BTGThU', title: 'tuyên truyền Hội nghị Trung ương', status: 'active' });
    expect(hit!.snippet.startsWith('Quốc phòng, an ninh được giữ vững.')).toBe(true);
  });
});

describe('seeding a new library', () => {
  it('imports the sample folder once, with file names as ids when there is no number', async () => {
    library.close();
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'a.txt'), fakeText(fakeDirective()));
    writeFileSync(join(seeds, 'b_no_number.txt'), fakeText(fakeDirective({ id: 'b_no_number', number: null })));
    writeFileSync(join(seeds, 'broken.txt'), '');
    writeFileSync(join(seeds, 'notes.odt'), 'ignored');
    dbPath = join(dir, 'seeded.db');
    library = await open({ seedFrom: seeds });
    expect(library.seeded?.imported.map((o) => o.id)).toEqual(['15-HD/BTGTU', 'b_no_number']);
    expect(library.seeded?.failed.map((f) => [f.file, f.error.code])).toEqual([['broken.txt', 'empty']]);
    must(library.setStatus('b_no_number', 'retired', 'Lan'));
    library.close();
    library = await open({ seedFrom: seeds });
    expect(library.seeded).toBeNull();
    expect(library.get('b_no_number')?.status).toBe('retired');
  });
});
