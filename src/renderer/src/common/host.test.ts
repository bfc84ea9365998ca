import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.ts';
import { messageOf, NoHostError } from './host.ts';

const t = translator('vi');

describe('messageOf', () => {
  it.each([
    ["Error invoking remote method 'soat:commit-import': Error: Bản xem trước này không còn.", 'Bản xem trước này không còn.'],
    ['Tham số không hợp lệ cho soat:check-draft:\n✖ Invalid input', 'Tham số không hợp lệ cho soat:check-draft:'],
    ["TypeError: Cannot read properties of undefined (reading 'x')\n    at f (index.js:1:2)", t('error.generic')],
    ['', t('error.generic')],
  ])('%j', (raw, expected) => {
    expect(messageOf(new Error(raw), t)).toBe(expected);
  });
  it('a page without a host says how to open Soát', () => {
    expect(messageOf(new NoHostError(), t)).toContain('npm start');
  });
});
