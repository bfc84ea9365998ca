import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['GDP tăng 5,66%. Xuất khẩu tăng.', ['GDP tăng 5,66%.', 'Xuất khẩu tăng.']],
    ['TP. Lai Châu, ngày 05 tháng 6 năm 2023. Hết.', ['TP. Lai Châu, ngày 05 tháng 6 năm 2023.', 'Hết.']],
    ['Số 1383-CV/BTGTU ngày 22/5/2024. Tiếp.', ['Số 1383-CV/BTGTU ngày 22/5/2024.', 'Tiếp.']],
    ['giáo dục, y tế, v.v. Các ngành khác.', ['giáo dục, y tế, v.v. Các ngành khác.']],
    ['GDP quý I/2024 tăng; xuất khẩu 51.600 tỷ.', ['GDP quý I/2024 tăng; xuất khẩu 51.600 tỷ.']],
    ['Đoạn một.\nĐoạn hai', ['Đoạn một.', 'Đoạn hai']],
    ['Ông nói: “Tốt lắm.” Sau đó', ['Ông nói: “Tốt lắm.”', 'Sau đó']],
    ['tăng 5.66% so với', ['tăng 5.66% so với']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
