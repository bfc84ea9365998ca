import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, toNormalOffset, toSourceSpan } from './normalizeText.ts';

describe('normalizeText', () => {
  it.each([
    ['NFD becomes NFC', 'Tuye\u0302n truye\u0302\u0300n', 'Tuyên truyền'],
    ['new tone placement becomes old', 'hoà thuỷ khoẻ Tỉnh uỷ', 'hòa thủy khỏe Tỉnh ủy'],
    ['quý keeps its tone', 'quý I/2024', 'quý I/2024'],
    ['tỉ becomes tỷ, tỉnh stays', '238,9 tỉ USD của tỉnh', '238,9 tỷ USD của tỉnh'],
    ['straight quotes open and close', 'khẩu hiệu "Xóa nhà tạm"', 'khẩu hiệu “Xóa nhà tạm”'],
    ['guillemets', '«tác động kép»', '“tác động kép”'],
    ['dashes', 'kinh tế – xã hội', 'kinh tế - xã hội'],
    ['ellipsis', 'bão lũ…', 'bão lũ...'],
    ['spaces, tabs and NBSP collapse', 'a \t\u00a0 b', 'a b'],
    ['a wrapped line joins', 'tăng trưởng kinh tế và một số mặt\nhàng cơ bản', 'tăng trưởng kinh tế và một số mặt hàng cơ bản'],
    ['a hyphen break glues', 'Kết luận số 57-\nKL/TW', 'Kết luận số 57-KL/TW'],
    ['a bullet starts a paragraph', 'như sau:\n- Thứ nhất', 'như sau:\n- Thứ nhất'],
    ['a page number alone on a line goes', 'Công \n \n5 \ntác đối ngoại', 'Công tác đối ngoại'],
    ['a sentence end breaks the paragraph', 'hết câu.\nCâu mới', 'hết câu.\nCâu mới'],
    ['bookmarks from .docx go', '[bookmark: _GoBack]  Bình Phước', 'Bình Phước'],
    ['"kinh tế" + "- xã hội" is not a bullet', 'phát triển kinh tế\n- xã hội của địa phương', 'phát triển kinh tế - xã hội của địa phương'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps a normal span back to the source words', () => {
    const source = 'GDP quý I/2024 ước tính tăng 5,66%\nso với cùng kỳ';
    const n = normalizeText(source);
    const at = n.text.indexOf('5,66%');
    const span = toSourceSpan(n, at, at + 5);
    expect(source.slice(span.start, span.end)).toBe('5,66%');
    expect(toNormalOffset(n, span.start)).toBe(at);
  });

  it('maps NFD clusters to their whole source span', () => {
    const source = 'Đa\u0309ng'; // "Đảng" decomposed
    const n = normalizeText(source);
    expect(n.text).toBe('Đảng');
    expect(toSourceSpan(n, 0, n.text.length)).toEqual({ start: 0, end: source.length });
  });

  it('property: every normal char points back into the source, in order', () => {
    const pieces = fc.constantFrom(
      'a', 'Đ', 'ờ', 'o\u0300', 'oà', 'uỷ', ' ', '\n', '\n\n', '\t', '\u00a0', '"', '“', '”', '–', '…', '5,66%', '-', '1.', '\r\n', 'tỉ', '😀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        const n = normalizeText(source);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.starts[i]!).toBeLessThanOrEqual(n.ends[i]!);
          expect(n.ends[i]).toBeLessThanOrEqual(source.length);
          if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
        for (let s = 0; s <= n.text.length; s++) {
          const span = toSourceSpan(n, s, Math.min(n.text.length, s + 3));
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(source.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
