// The library made ready for checking, once per library version: approved figures with the
// words of their measure, quotes as syllable keys, every known document record (the directives
// themselves and the documents they cite), and the themes as TF-IDF vectors. checkDraft then
// does only per-draft work.

import type { Change, Citation, Directive, Figure, Modality, PeriodKey, Quote, Scope } from '../directive/types.ts';
import type { LibraryDirective } from './types.ts';
import { measureWords } from '../figure/measureWords.ts';
import { unitInfo } from '../figure/readUnit.ts';
import { readNumber } from '../text/numbers.ts';
import { documentNumberKey } from '../text/documentNumbers.ts';
import { normalizeText } from '../text/normalizeText.ts';
import { syllableKeys } from '../text/syllables.ts';
import { buildThemeIndex, type ThemeIndex } from './themeIndex.ts';
import { dimensionKey } from './matchFigures.ts';

export interface ApprovedFigure {
  directive: LibraryDirective;
  figure: Figure;
  value: number | [number, number];
  scaled: number | [number, number];
  total: number | null;
  decimals: number;
  dimension: string;
  /** The dimension compared: "xã, phường, thị trấn" and "xã phường, thị trấn" alike. */
  dimensionKey: string;
  words: string[];
  wordSet: Set<string>;
  names: string[];
  change: Change | null;
  modality: Modality;
  periodKey: PeriodKey | null;
  scope: Scope | null;
}

export interface ApprovedQuote {
  directive: LibraryDirective;
  quote: Quote;
  /** Lower-case syllables without punctuation. */
  keys: string[];
  joined: string;
}

/** What the library knows of one document: from the document itself or from a citation of it. */
export interface DocumentRecord {
  key: string;
  number: string;
  kind: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  titleKeys: string[];
  /** The province of a local document (a Tỉnh ủy's resolution), null for national ones. */
  province: string | null;
  /** The directive that states it, and how. */
  directive: LibraryDirective;
  own: boolean;
}

export interface CompiledLibrary {
  directives: LibraryDirective[];
  figures: ApprovedFigure[];
  /** Approved figures by the dimension compared: only these can state the same measure. */
  figuresByDimension: Map<string, ApprovedFigure[]>;
  quotes: ApprovedQuote[];
  /** One entry per distinct wording, the first directive that states it. */
  distinctQuotes: ApprovedQuote[];
  records: Map<string, DocumentRecord[]>;
  themes: ThemeIndex;
  /** Inverse document frequency of measure words across approved figures. */
  measureIdf: Map<string, number>;
}

// Issuer codes of documents that belong to one province (the same number exists in two provinces).
const LOCAL_CODES = /^(?:TU|ThU|HU|QU|ĐU|ĐUK|BTGTU|BTGThU|BTGHU|BTGĐUK|UBND|HĐND|BCĐ|BTV|BDVTU|UBKTTU)$/u;

export function isLocalNumber(number: string): boolean {
  const code = number.split(/[/-]/).pop() ?? '';
  return LOCAL_CODES.test(code);
}

function approvedFigure(directive: LibraryDirective, figure: Figure): ApprovedFigure | null {
  const info = unitInfo(figure.unit);
  const number = /^(?:từ\s+)?([\d.,]+)/u.exec(figure.text);
  const read = number ? readNumber(number[1]!) : null;
  const decimals = Math.max(figure.decimals ?? 0, read?.decimals ?? 0);
  const value = figure.value;
  const scaled: number | [number, number] = Array.isArray(value)
    ? [value[0] * info.multiplier, value[1] * info.multiplier]
    : value * info.multiplier;
  const { words, names } = measureWords(figure.subject);
  return {
    directive,
    figure,
    value,
    scaled,
    total: figure.total ?? null,
    decimals,
    dimension: info.dimension,
    dimensionKey: dimensionKey(info.dimension),
    words,
    wordSet: new Set(words),
    names,
    change: figure.change,
    modality: figure.modality ?? (figure.approx === 'dự báo' ? 'forecast' : 'actual'),
    periodKey: figure.periodKey ?? null,
    scope: figure.scope ?? null,
  };
}

function record(directive: LibraryDirective, c: Pick<Citation, 'number' | 'kind' | 'date' | 'issuer' | 'title'>, own: boolean): DocumentRecord {
  const local = isLocalNumber(c.number);
  return {
    key: documentNumberKey(c.number),
    number: c.number,
    kind: c.kind,
    date: c.date,
    issuer: c.issuer,
    title: c.title,
    titleKeys: c.title ? syllableKeys(normalizeText(c.title).text) : [],
    province: local ? directive.province : null,
    directive,
    own,
  };
}

function recordsOf(directive: LibraryDirective): DocumentRecord[] {
  const out: DocumentRecord[] = [];
  if (directive.number) {
    out.push(record(directive, { number: directive.number, kind: directive.kind, date: directive.issuedOn, issuer: directive.issuer, title: directive.title }, true));
  }
  for (const c of [...directive.implements, ...directive.references]) out.push(record(directive, c, false));
  return out;
}

/** Compiles the library once; reuse the result for every draft checked against it. */
export function compileLibrary(directives: LibraryDirective[]): CompiledLibrary {
  const figures: ApprovedFigure[] = [];
  const quotes: ApprovedQuote[] = [];
  const records = new Map<string, DocumentRecord[]>();
  for (const d of directives) {
    for (const f of d.figures) {
      const a = approvedFigure(d, f);
      if (a) figures.push(a);
    }
    for (const q of d.quotes) {
      const keys = syllableKeys(normalizeText(q.text).text);
      if (keys.length) quotes.push({ directive: d, quote: q, keys, joined: keys.join(' ') });
    }
    for (const r of recordsOf(d)) {
      const list = records.get(r.key) ?? [];
      list.push(r);
      records.set(r.key, list);
    }
  }
  const df = new Map<string, number>();
  for (const f of figures) for (const w of new Set(f.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const measureIdf = new Map<string, number>();
  for (const [w, n] of df) measureIdf.set(w, 1 + Math.log((figures.length + 1) / (n + 1)));
  const seenQuotes = new Set<string>();
  const distinctQuotes = quotes.filter((q) => !seenQuotes.has(q.joined) && seenQuotes.add(q.joined));
  const figuresByDimension = new Map<string, ApprovedFigure[]>();
  for (const f of figures) figuresByDimension.set(f.dimensionKey, [...(figuresByDimension.get(f.dimensionKey) ?? []), f]);
  return { directives, figures, figuresByDimension, quotes, distinctQuotes, records, themes: buildThemeIndex(directives), measureIdf };
}

/** A library directive from a parsed one: active, as parsed. */
export function asLibraryDirective(d: Directive): LibraryDirective {
  return { ...d, status: 'active' };
}
