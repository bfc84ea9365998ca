// The letterhead and title block of a directive (../shared/DOMAIN.md, "A directive's shape"):
//
//   TỈNH ỦY BÌNH PHƯỚC                 ĐẢNG CỘNG SẢN VIỆT NAM
//   BAN TUYÊN GIÁO               Bình Phước, ngày 22 tháng 5 năm 2024
//   Số 1383-CV/BTGTU
//   V/v tiếp tục đẩy mạnh công tác tuyên truyền
//
// A .docx turned to text often puts the two columns on the same lines or interleaves them; the
// reader looks at paragraphs, not columns. Without a letterhead (a body pasted alone), the
// issuer comes from the opening "Thực hiện ..., Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau".

import { readIssuer } from '../citation/readIssuer.ts';
import { findDates } from '../text/dates.ts';
import { KIND_TITLES } from '../text/documentKinds.ts';
import { findDocumentNumbers } from '../text/documentNumbers.ts';
import { findProvinces, PROVINCES } from '../text/places.ts';
import { splitParagraphs } from '../text/splitSentences.ts';

export interface Header {
  kind: string | null;
  number: string | null;
  /** Normal-text span of the "Số ..." number, so it is not read as a reference. */
  numberSpan: { start: number; end: number } | null;
  issuer: string | null;
  /** Normal-text span to map back when the issuer is written in the body, else null. */
  issuerSpan: { start: number; end: number } | null;
  province: string | null;
  issuedOn: string | null;
  title: string | null;
  titleSpans: { start: number; end: number }[];
  /** Where the body starts: the opening "Thực hiện ..." or the first section. */
  bodyStart: number;
  /** Where the document's own words start: the kind line and title (the letterhead is before). */
  contentStart: number;
}

// Capitalised forms of the bodies a letterhead names.
const BODY_CASE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^BAN TUYÊN GIÁO VÀ DÂN VẬN/u, 'Ban Tuyên giáo và Dân vận'],
  [/^BAN TUYÊN GIÁO/u, 'Ban Tuyên giáo'],
  [/^BAN TUYÊN HUẤN/u, 'Ban Tuyên huấn'],
  [/^BAN DÂN VẬN/u, 'Ban Dân vận'],
  [/^BAN THƯỜNG VỤ/u, 'Ban Thường vụ'],
  [/^BAN CHỈ ĐẠO/u, 'Ban Chỉ đạo'],
  [/^VĂN PHÒNG/u, 'Văn phòng'],
  [/^TỈNH ỦY/u, 'Tỉnh ủy'],
  [/^THÀNH ỦY/u, 'Thành ủy'],
  [/^HUYỆN ỦY/u, 'Huyện ủy'],
  [/^THỊ ỦY/u, 'Thị ủy'],
  [/^QUẬN ỦY/u, 'Quận ủy'],
  [/^ĐẢNG ỦY KHỐI/u, 'Đảng ủy Khối'],
  [/^ĐẢNG ỦY/u, 'Đảng ủy'],
  [/^ĐẢNG BỘ/u, 'Đảng bộ'],
  [/^ỦY BAN NHÂN DÂN/u, 'Ủy ban nhân dân'],
  [/^BAN CHẤP HÀNH TRUNG ƯƠNG/u, 'Trung ương'],
];

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** "TỈNH ỦY BÌNH PHƯỚC" → "Tỉnh ủy Bình Phước"; null when the line names no body. */
function bodyName(line: string): string | null {
  const t = line.replace(/\s+/g, ' ').trim();
  for (const [re, name] of BODY_CASE) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length).trim();
    if (!rest) return name;
    // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": lower-case connecting words, capitalised places.
    const province = PROVINCES.find((p) => p.toUpperCase() === rest);
    if (province) return `${name} ${province}`;
    return `${name} ${titleCase(rest).replace(/(?<![\p{L}])(Các|Và|Của|Cơ Quan)(?![\p{L}])/gu, (w) => w.toLowerCase())}`;
  }
  return null;
}

function isCaps(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

/** Reads the letterhead, number, date, kind and title of a directive's normal text. */
export function parseHeader(text: string): Header {
  const paragraphs = splitParagraphs(text);
  // The body starts at the opening sentence or the first roman section.
  let bodyIndex = paragraphs.findIndex((p) =>
    /^(?:Thực hiện|Căn cứ|Triển khai|Kính gửi|I[.\-]\s|1[.\-]\s)/u.test(text.slice(p.start, p.start + 20)),
  );
  // A rule under the title ("-----") ends the header even when the opening is not first.
  const rule = paragraphs.findIndex((p, i) => i < 20 && /^[-_=*.~]{3,}$/u.test(text.slice(p.start, p.end)));
  if (rule >= 0 && (bodyIndex < 0 || rule + 1 < bodyIndex)) bodyIndex = rule + 1;
  if (bodyIndex < 0) bodyIndex = Math.min(paragraphs.length, 12);
  const head = paragraphs.slice(0, Math.min(bodyIndex, 20));
  const bodyStart = paragraphs[bodyIndex]?.start ?? text.length;

  let number: string | null = null;
  let numberSpan: { start: number; end: number } | null = null;
  let kind: string | null = null;
  let issuedOn: string | null = null;
  const bodies: string[] = [];
  let kindIndex = -1;
  let titleSpans: { start: number; end: number }[] = [];

  head.forEach((p, index) => {
    // Letterhead columns run together in .docx text: "TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM".
    const line = text.slice(p.start, p.end).replace(/\s*ĐẢNG CỘNG SẢN VIỆT NAM\s*/u, ' ').replace(/^[*\s]+/u, '').trim();
    if (/^Số(?![\p{L}])/u.test(line) && numberSpan === null) {
      const doc = findDocumentNumbers(text, p.start, p.end)[0];
      if (doc) {
        number = doc.number;
        kind = doc.kind;
        numberSpan = { start: doc.start, end: doc.end };
      } else {
        numberSpan = { start: p.start, end: p.end };
      }
      // "Số 98-HD/BTGThU  TP. Lai Châu, ngày 05 tháng 6 năm 2023" on one line.
      const d = findDates(text, p.start, p.end)[0];
      if (issuedOn === null && d?.iso && /,\s*ngày/u.test(line)) issuedOn = d.iso;
      return;
    }
    // "Bình Phước, ngày 22 tháng 5 năm 2024" / "Lào Cai, ngày      tháng 11 năm 2023"
    if (issuedOn === null && /^[^,]{2,60},\s*ngày(?![\p{L}])/u.test(line)) {
      const d = findDates(text, p.start, p.end)[0];
      if (d?.iso) issuedOn = d.iso;
      return;
    }
    if (/^V\/v\b/iu.test(line)) {
      if (!kind) kind = 'CV';
      titleSpans = [{ start: p.start, end: p.end }];
      return;
    }
    if (line && isCaps(line)) {
      const k = KIND_TITLES.find(([t]) => line.replace(/\s+/g, ' ').trim() === t);
      if (k) {
        kind = kind ?? k[1];
        kindIndex = index;
        return;
      }
      if (/CỘNG SẢN VIỆT NAM|CỘNG HÒA|Độc lập/u.test(line)) return;
      const name = bodyName(line);
      if (name) bodies.push(name);
    }
  });
  // The title: the lines after the kind line, up to a rule or the body.
  if (kindIndex >= 0 && titleSpans.length === 0) {
    for (const p of head.slice(kindIndex + 1)) {
      const line = text.slice(p.start, p.end);
      if (/^[-_=*.~]{3,}$|^\*$/u.test(line) || /^(?:Kính gửi|Số(?![\p{L}]))/u.test(line)) break;
      titleSpans.push({ start: p.start, end: p.end });
    }
  }
  const title = titleSpans.length ? titleSpans.map((s) => text.slice(s.start, s.end).trim()).join(' ') : null;

  // Issuer: "BAN TUYÊN GIÁO" under "TỈNH ỦY BÌNH PHƯỚC" is "Ban Tuyên giáo Tỉnh ủy Bình Phước".
  let issuer: string | null = null;
  let issuerSpan: { start: number; end: number } | null = null;
  let province: string | null = null;
  if (bodies.length) {
    issuer = [...bodies].reverse().join(' ');
    province = findProvinces(issuer)[0]?.name ?? null;
  } else {
    const opening = paragraphs[bodyIndex];
    if (opening) {
      const sentence = text.slice(opening.start, opening.end);
      // "..., Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:" — the last body named before a verb.
      const re = /[,;]\s*((?:Ban|Thường trực|Văn phòng|Tỉnh|Thành|Huyện|Đảng)\s)/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence)) !== null) {
        const at = opening.start + m.index + m[0].length - m[1]!.length;
        const read = readIssuer(text, at, opening.end);
        if (read && /^\s*(?:hướng dẫn|xây dựng|ban hành|đề nghị|yêu cầu|triển khai|thông báo|chỉ đạo)/u.test(text.slice(read.end, read.end + 20))) {
          issuerSpan = read;
        }
      }
    }
    if (issuerSpan) {
      issuer = text.slice(issuerSpan.start, issuerSpan.end);
      province = findProvinces(issuer)[0]?.name ?? null;
      // "Ban Tuyên giáo Tỉnh ủy" with the province only in the body ("Báo Lai Châu", "tỉnh Lai Châu").
      if (!province && /(?:Tỉnh|Thành) (?:ủy|uỷ)$/u.test(issuer)) {
        province = mostNamedProvince(text);
        if (province) {
          issuer = `${issuer} ${province}`;
          issuerSpan = null;
        }
      }
    }
  }
  const kindParagraph = kindIndex >= 0 ? head[kindIndex] : undefined;
  const contentStart = kindParagraph?.start ?? titleSpans[0]?.start ?? bodyStart;
  return { kind, number, numberSpan, issuer, issuerSpan, province, issuedOn, title, titleSpans, bodyStart, contentStart };
}

/** The province a text names most often, if it names one at least `atLeast` times. */
export function mostNamedProvince(text: string, atLeast = 1): string | null {
  const counts = new Map<string, number>();
  for (const p of findProvinces(text)) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = atLeast - 1;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
