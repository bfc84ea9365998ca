// The directive as Soát reads it: the shape of ../shared/gold (kind, number, issuer, dates,
// figures, quotes, references, outline) plus what the checker needs to compare (offsets,
// canonical periods, scope). Plain data only: it crosses IPC, SQLite and `--json` unchanged.
// Every offset is a UTF-16 index into `Directive.text`, the text exactly as imported.

/** The letters of a document number: HD, KH, CV, CT, NQ, KL, TB, BC, QĐ, ĐA, CTr, ... */
export type DocumentKind = string;

export type Change = 'tăng' | 'giảm' | 'đạt';

/** A figure states a fact, or a forecast/target that is compared only with other forecasts. */
export type Modality = 'actual' | 'forecast' | 'target';

/** Where a figure applies. `null` name: the level is known ("tỉnh") but not which one. */
export interface Scope {
  /** A region is a group of provinces: "vùng đồng bằng sông Cửu Long", "Tây Nguyên". */
  level: 'national' | 'region' | 'province' | 'district' | 'commune';
  name: string | null;
}

/**
 * A canonical period: months of a year (quý I/2024 = months 1–3 of 2024), a span of years,
 * an unspecified part of a year ("những tháng đầu năm 2024"), or a named span ("từ đầu nhiệm
 * kỳ đến nay"). `year` is null when neither the phrase nor its context gives one.
 */
export type PeriodKey =
  | { kind: 'months'; year: number | null; from: number; to: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'partial'; year: number | null }
  | { kind: 'named'; name: string }
  /** A crop season: "vụ Xuân 2024"; "vụ Xuân năm trước" is the year before the text's (yearOffset -1). */
  | { kind: 'season'; name: string; year: number | null; yearOffset?: number };

export interface Figure {
  /** The number as written plus its unit when adjacent ("238,9 tỷ USD", "37/43 chỉ tiêu"). */
  text: string;
  /** A number, or [low, high] for a range ("từ 6 đến 6,5%"). */
  value: number | [number, number];
  /** For "37/43 chỉ tiêu": 43. */
  total?: number;
  unit: string;
  subject: string;
  period: string | null;
  change: Change | null;
  approx: string | null;
  sentence: string;
  start: number;
  end: number;
  /** Decimal places as written (5,66 → 2), for telling a rounded value from a wrong one. */
  decimals: number;
  /** 'en' when written in the English convention ("5.66%"); remembered for figure-format. */
  convention: 'vi' | 'en';
  periodKey: PeriodKey | null;
  modality: Modality;
  scope: Scope | null;
  sectionPath: string | null;
}

export type QuoteType = 'slogan' | 'theme' | 'phrase';

export interface Quote {
  type: QuoteType;
  text: string;
  start: number;
  end: number;
  sectionPath: string | null;
}

/** A document cited by number: in `implements`, in `references`, or in a draft. */
export interface Citation {
  kind: DocumentKind | null;
  number: string;
  /** ISO date, "YYYY-MM" when only month and year are filled in, or null. */
  date: string | null;
  issuer: string | null;
  title: string | null;
  start: number;
  end: number;
}

export interface Validity {
  /** ISO date or "YYYY-MM". */
  from: string;
  /** ISO date, or null when open-ended. */
  to: string | null;
  evidence: string;
}

export interface Section {
  /** "II.1.2", "1.3", "II.1.1.a" */
  path: string;
  heading: string;
  depth: number;
  /** The whole section, heading included, up to the next section of the same or higher level. */
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
}

/** A content section (NỘI DUNG) that an article may have to cover. */
export interface Theme {
  /** "NUMBER#PATH"; a directive without a printed number uses its file name without extension. */
  id: string;
  path: string;
  heading: string;
  required: boolean;
  start: number;
  end: number;
}

export interface Directive {
  /** The printed number, or the file name without extension when the number is blank. */
  id: string;
  file: string | null;
  kind: DocumentKind | null;
  number: string | null;
  issuer: string | null;
  /** The issuer's province or city, when the text names it ("Bình Phước"). */
  province: string | null;
  issuedOn: string | null;
  title: string | null;
  implements: Citation[];
  validity: Validity | null;
  figures: Figure[];
  quotes: Quote[];
  references: Citation[];
  sections: Section[];
  themes: Theme[];
  text: string;
}
