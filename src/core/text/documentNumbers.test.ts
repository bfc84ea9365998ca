import { describe, expect, it } from 'vitest';
import { documentNumberKey, findDocumentNumbers } from './documentNumbers.ts';

describe('findDocumentNumbers', () => {
  it.each([
    ['Số 98-HD/BTGThU', '98-HD/BTGThU', 'HD', 'BTGThU'],
    ['Kết luận số 64-KL/TW', '64-KL/TW', 'KL', 'TW'],
    ['Nghị quyết số 103/2023/QH15', '103/2023/QH15', null, 'QH15'],
    ['Chỉ thị số 01/CT-UBND', '01/CT-UBND', 'CT', 'UBND'],
    ['Quyết định số 2218/QĐ-UBND', '2218/QĐ-UBND', 'QĐ', 'UBND'],
    ['Nghị định số 123/2020/NĐ-CP', '123/2020/NĐ-CP', 'NĐ', 'CP'],
    ['Đề án số 05-ĐA/TU', '05-ĐA/TU', 'ĐA', 'TU'],
    ['Chương trình hành động số 68-CTr/TU', '68-CTr/TU', 'CTr', 'TU'],
  ])('%s', (text, number, kind, issuer) => {
    expect(findDocumentNumbers(text)[0]).toMatchObject({ number, kind, issuerCode: issuer });
  });

  it('a blank form number has a kind but no number', () => {
    expect(findDocumentNumbers('Số         -KH/BTGTU')[0]).toMatchObject({ number: null, kind: 'KH', issuerCode: 'BTGTU' });
  });

  it('dates and fractions are not document numbers', () => {
    expect(findDocumentNumbers('ngày 22/5/2024 đạt 37/43 chỉ tiêu, quý I/2024')).toEqual([]);
  });

  it('keys ignore leading zeros', () => {
    expect(documentNumberKey('09-NQ/TU')).toBe(documentNumberKey('9-NQ/TU'));
  });
});
