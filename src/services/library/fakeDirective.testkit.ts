// Test helpers: directives written out by hand, and a stand-in parser that reads them back, so
// library tests control every parsed item exactly. The text of a fake document is its JSON.
import type { Citation, Directive, Figure, Quote, Section, Theme } from '../../core/index.ts';
import type { ParseDirective } from './importDirective.ts';

export function figure(text: string, sentence: string, extra: Partial<Figure> = {}): Figure {
  return {
    text,
    value: Number.parseFloat(text.replace(',', '.')),
    unit: '%',
    subject: 'GDP',
    period: 'quý I/2024',
    change: 'tăng',
    approx: null,
    sentence,
    start: 0,
    end: text.length,
    decimals: 2,
    convention: 'vi',
    periodKey: { kind: 'months', year: 2024, from: 1, to: 3 },
    modality: 'actual',
    scope: { level: 'national', name: null },
    sectionPath: 'II.1',
    ...extra,
  };
}

export function quote(text: string, type: Quote['type'] = 'slogan'): Quote {
  return { type, text, start: 0, end: text.length, sectionPath: 'IV' };
}

export function citation(number: string, extra: Partial<Citation> = {}): Citation {
  return { kind: 'KL', number, date: '2023-10-18', issuer: 'Hội nghị Trung ương 8 khóa XIII', title: 'về kinh tế - xã hội', start: 0, end: 10, ...extra };
}

export function section(path: string, heading: string): Section {
  return { path, heading, depth: path.split('.').length, start: 0, end: 100, headingStart: 0, headingEnd: heading.length };
}

export function theme(id: string, path: string, heading: string, required = true): Theme {
  return { id: `${id}#${path}`, path, heading, required, start: 0, end: 100 };
}

/** A whole directive; `text` is filled in by `fakeParse`. */
export function fakeDirective(extra: Partial<Directive> = {}): Omit<Directive, 'text'> {
  const id = extra.id ?? '15-HD/BTGTU';
  return {
    id,
    file: null,
    kind: 'HD',
    number: id,
    issuer: 'Ban Tuyên giáo Tỉnh ủy Bình Phước',
    province: 'Bình Phước',
    issuedOn: '2024-05-22',
    title: 'tuyên truyền kết quả phát triển kinh tế - xã hội',
    implements: [citation('127-HD/BTGTW', { kind: 'HD', title: null })],
    validity: { from: '2024-01-01', to: '2024-12-31', evidence: 'trong năm 2024' },
    figures: [figure('5,66%', 'GDP quý I/2024 tăng 5,66%.'), figure('6,5%', 'Mục tiêu tăng 6,5%.', { modality: 'target' })],
    quotes: [quote('Đảng Cộng sản Việt Nam quang vinh muôn năm!')],
    references: [citation('64-KL/TW')],
    sections: [section('II', 'NỘI DUNG'), section('II.1', 'Kết quả kinh tế')],
    themes: [theme(id, 'II.1', 'Kết quả kinh tế')],
    ...extra,
  };
}

/** The document's text: its JSON, with a line of prose so search has words to find. */
export function fakeText(directive: Omit<Directive, 'text'>, prose = 'Ban Tuyên giáo hướng dẫn tuyên truyền về Đảng.'): string {
  return `${prose}\n${JSON.stringify(directive)}`;
}

export const fakeParse: ParseDirective = (text, options) => {
  const directive = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Omit<Directive, 'text'>;
  return { ...directive, file: options?.file ?? directive.file, text };
};
