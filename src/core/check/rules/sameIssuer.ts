// Whether two ways of naming an issuer name the same body: "Hội nghị Trung ương 8 khóa XIII" is
// the Ban Chấp hành Trung ương meeting; "BTV Tỉnh ủy" is the Ban Thường vụ Tỉnh ủy; "Bộ Chính
// trị khóa XIII" is the Bộ Chính trị. "Ban Bí thư" and "Bộ Chính trị" are different bodies.

import { canonicalTones } from '../../text/tonePlacement.ts';
import { PROVINCES } from '../../text/places.ts';

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbtv\b/gu, 'ban thường vụ'],
  [/\bbch\b/gu, 'ban chấp hành'],
  [/\bubnd\b/gu, 'ủy ban nhân dân'],
  [/\bhđnd\b/gu, 'hội đồng nhân dân'],
  [/\bbtg\b/gu, 'ban tuyên giáo'],
  [/\bmttq\b/gu, 'mặt trận tổ quốc'],
  [/\bttg\b/gu, 'thủ tướng chính phủ'],
];

const canonical = new Map<string, string>();

export function canonicalIssuer(name: string): string {
  let known = canonical.get(name);
  if (known === undefined) {
    if (canonical.size > 10_000) canonical.clear();
    canonical.set(name, (known = canonicalIssuerOf(name)));
  }
  return known;
}

function canonicalIssuerOf(name: string): string {
  let s = ` ${canonicalTones(name).toLowerCase()} `;
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  s = s.replace(/\(?\s*khóa\s+[ivxlc]+\s*\)?/gu, ' ');
  // "Hội nghị Trung ương 8", "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng", "Hội nghị Trung ương lần thứ tám".
  s = s.replace(/hội nghị (?:lần thứ [\p{L}\d]+ )?(?:ban chấp hành )?trung ương(?: đảng)?(?: lần thứ [\p{L}\d]+| \d+)?/gu, 'ban chấp hành trung ương');
  s = s.replace(/ban chấp hành đảng bộ tỉnh/gu, 'tỉnh ủy');
  s = s.replace(/ban chấp hành trung ương đảng/gu, 'ban chấp hành trung ương');
  for (const p of PROVINCES) s = s.replace(` ${p.toLowerCase()} `, ' ');
  return s.replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function sameIssuer(a: string, b: string): boolean {
  const x = canonicalIssuer(a);
  const y = canonicalIssuer(b);
  // "Ban Tuyên giáo" names "Ban Tuyên giáo Tỉnh ủy" in short; "Tỉnh ủy" does not name its Ban Thường vụ.
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}
