import { describe, expect, it } from 'vitest';
import { articleFromFile } from './articleFromFile.ts';
import { cmsArticle } from './cmsArticle.ts';
import { cmsFieldOf, foldColumnName } from './cmsFields.ts';
import { htmlToText } from './htmlToText.ts';
import { parseArticleDate } from './parseArticleDate.ts';
import { parseCsv, sniffDelimiter } from './parseCsv.ts';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a;b\r\n1;2\r\n', [['a', 'b'], ['1', '2']]],
    ['\uFEFFtitle,body\n"Tiêu đề, có phẩy","dòng 1\ndòng 2 ""trích"""\n', [['title', 'body'], ['Tiêu đề, có phẩy', 'dòng 1\ndòng 2 "trích"']]],
    ['a\tb\n\n1\t2', [['a', 'b'], ['1', '2']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual(rows);
  });

  it('remembers the line each row starts on, across quoted line breaks', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('sniffs the delimiter of the header only', () => {
    expect(sniffDelimiter('tiêu đề;nội dung\n"a,b,c";d')).toBe(';');
  });
});

describe('column names, Vietnamese or English', () => {
  it.each([
    ['Tiêu đề', 'title'],
    ['tieu_de', 'title'],
    ['post_title', 'title'],
    ['Ngày đăng', 'date'],
    ['published_at', 'date'],
    ['Tác giả', 'author'],
    ['Chuyên mục', 'section'],
    ['category', 'section'],
    ['Nội dung', 'body'],
    ['content', 'body'],
    ['Sapo', 'sapo'],
    ['Cơ quan báo chí', 'outlet'],
    ['URL', 'id'],
    ['lượt xem', null],
  ])('%s → %s', (name, field) => {
    expect(cmsFieldOf(name)).toBe(field);
  });

  it('folds đ and diacritics', () => {
    expect(foldColumnName('Đơn vị Đăng')).toBe('donvidang');
  });
});

describe('parseArticleDate', () => {
  it.each([
    ['2024-06-05', '2024-06-05'],
    ['2024-06-05T23:30:00+07:00', '2024-06-05'],
    ['05/06/2024', '2024-06-05'],
    ['5/6/2024 08:30', '2024-06-05'],
    ['Thứ Tư, 05-06-2024 - 08:30', '2024-06-05'],
    ['ngày 5 tháng 6 năm 2024', '2024-06-05'],
    ['2024/6/5', '2024-06-05'],
    ['1717545600', '2024-06-05'],
    ['31/02/2024', null],
    ['hôm qua', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(parseArticleDate(text)).toBe(iso);
  });
});

describe('htmlToText', () => {
  it('paragraphs become lines, tags go, entities are decoded', () => {
    expect(htmlToText('<p>GDP tăng <strong>5,66%</strong>&nbsp;so với cùng kỳ.</p><p>Vốn FDI &amp; ODA</p><figure><img src="x"><figcaption>Ảnh</figcaption></figure>')).toBe(
      'GDP tăng 5,66% so với cùng kỳ.\n\nVốn FDI & ODA',
    );
  });
  it('leaves plain text alone', () => {
    expect(htmlToText('a < b và c > d')).toBe('a < b và c > d');
  });
});

describe('cmsArticle', () => {
  const origin = (id: string | null) => `cms:${id ?? '-'}`;
  it('maps a record, puts the sapo first and reads WordPress-style values', () => {
    const made = cmsArticle(
      { title: { rendered: 'Kinh tế &amp; xã hội' }, date: '05/06/2024', body: '<p>Thân bài.</p>', sapo: 'Sapo.', section: ['Kinh tế', 'Thời sự'], id: 17 },
      'dòng 2',
      { outlet: 'Báo Bình Phước' },
      origin,
    );
    expect(made).toEqual({
      ok: true,
      value: { title: 'Kinh tế & xã hội', publishedOn: '2024-06-05', text: 'Sapo.\n\nThân bài.', outlet: 'Báo Bình Phước', section: 'Kinh tế, Thời sự', origin: 'cms:17' },
    });
  });
  it.each([
    [{ title: 'a', date: '2024-06-05' }, 'dòng 3: không có nội dung bài'],
    [{ title: 'a', body: 'b', date: 'hôm qua' }, 'dòng 3: không đọc được ngày đăng "hôm qua"'],
    [{ title: 'a', body: 'b' }, 'dòng 3: không có ngày đăng'],
  ])('refuses %o with the reason', (record, message) => {
    const made = cmsArticle(record, 'dòng 3', {}, origin);
    expect(made.ok || made.error.message).toContain(message);
  });
});

describe('articleFromFile', () => {
  const file = (text: string, name = 'bai.md') => articleFromFile({ path: `/bai/${name}`, name, text, modifiedOn: '2024-07-09' }, { outlet: 'Báo Lào Cai' });
  it('front matter', () => {
    expect(file('---\ntitle: "Kinh tế 6 tháng"\ndate: 2024-06-05\nauthor: Minh Anh\nchuyên mục: Kinh tế\n---\nThân bài.')).toMatchObject({
      title: 'Kinh tế 6 tháng',
      publishedOn: '2024-06-05',
      author: 'Minh Anh',
      section: 'Kinh tế',
      outlet: 'Báo Lào Cai',
      text: 'Thân bài.',
      origin: '/bai/bai.md',
    });
  });
  it('header lines are taken out, the first line is the title', () => {
    expect(file('Tác giả: Ngọc Hân\nNgày đăng: 05/06/2024\n\n# Kinh tế giữ nhịp\n\nNgày 5/6, tỉnh tổ chức hội nghị.')).toMatchObject({
      title: 'Kinh tế giữ nhịp',
      publishedOn: '2024-06-05',
      author: 'Ngọc Hân',
      text: '# Kinh tế giữ nhịp\n\nNgày 5/6, tỉnh tổ chức hội nghị.',
    });
  });
  it('the date in the file name, else the day it was saved', () => {
    expect(file('Bài.', '2024-06-05-kinh-te.txt').publishedOn).toBe('2024-06-05');
    expect(file('Bài.', '20240612_bai.txt').publishedOn).toBe('2024-06-12');
    expect(file('Bài.', 'bai.txt').publishedOn).toBe('2024-07-09');
  });
});
