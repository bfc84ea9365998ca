// A directive as a person reads it in a terminal: who issued what and when, its validity, then
// its figures, exact wordings, cited documents, outline and themes — all labels in Vietnamese.
import type { Citation, Directive, LibraryDirective } from '../core/index.ts';
import { KIND_NAMES } from './kindNames.ts';

const WIDTH = 110;

/** "2023-06-05" → "05/06/2023", "2023-11" → "11/2023". */
export function vietnameseDate(iso: string | null): string {
  if (iso === null) return '—';
  const [year, month, day] = iso.split('-');
  return [day, month, year].filter((p) => p !== undefined).join('/');
}

function clip(text: string, width = WIDTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function citation(c: Citation): string {
  const parts = [`${c.kind !== null ? `${KIND_NAMES[c.kind] ?? c.kind} số ` : 'Số '}${c.number}`];
  if (c.date !== null) parts.push(`ngày ${vietnameseDate(c.date)}`);
  if (c.issuer !== null) parts.push(`của ${c.issuer}`);
  if (c.title !== null) parts.push(c.title);
  return clip(parts.join(' '));
}

function list<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return [`${title}: không có`];
  return [`${title} (${items.length}):`, ...items.map((item) => `  • ${line(item)}`)];
}

const QUOTE_TYPES: Record<string, string> = { slogan: 'khẩu hiệu', theme: 'chủ đề', phrase: 'cụm từ' };
const MODALITY: Record<string, string> = { actual: '', forecast: 'dự báo', target: 'mục tiêu' };

export function formatDirective(d: Directive | LibraryDirective): string {
  const kind = d.kind === null ? 'Văn bản' : (KIND_NAMES[d.kind] ?? d.kind);
  const lines = [
    `${kind} ${d.number !== null ? `số ${d.number}` : `(không ghi số; mã ${d.id})`}`,
    `Cơ quan ban hành: ${d.issuer ?? '—'}${d.province !== null ? ` (${d.province})` : ''}`,
    `Ngày ban hành: ${vietnameseDate(d.issuedOn)}`,
    `Trích yếu: ${d.title !== null ? clip(d.title) : '—'}`,
  ];
  if (d.file !== null) lines.push(`Tệp: ${d.file}`);
  if ('status' in d) lines.push(`Trạng thái: ${d.status === 'active' ? 'đang áp dụng' : 'đã thôi áp dụng'}`);
  lines.push(
    d.validity === null
      ? 'Thời gian áp dụng: văn bản không nêu'
      : `Thời gian áp dụng: từ ${vietnameseDate(d.validity.from)} đến ${d.validity.to === null ? 'khi có văn bản mới' : vietnameseDate(d.validity.to)}${d.validity.evidence !== '' ? ` („${clip(d.validity.evidence, 80)}”)` : ''}`,
  );
  lines.push(...list('Thực hiện', d.implements, citation));
  lines.push('');
  lines.push(
    ...list('Số liệu', d.figures, (f) => {
      const about = [f.subject, f.period, f.approx, f.change, MODALITY[f.modality]].filter((p) => p !== null && p !== '').join(', ');
      return clip(`${f.text}${about !== '' ? ` — ${about}` : ''}${f.sectionPath !== null ? ` [${f.sectionPath}]` : ''}`);
    }),
  );
  lines.push(...list('Nguyên văn cần giữ đúng', d.quotes, (q) => clip(`${QUOTE_TYPES[q.type] ?? q.type}: “${q.text}”`)));
  lines.push(...list('Văn bản viện dẫn', d.references, citation));
  lines.push(...list('Đề mục', d.sections, (s) => clip(`${s.path} ${s.heading}`)));
  lines.push(...list('Chủ đề cần đề cập', d.themes, (t) => clip(`${t.required ? '[bắt buộc] ' : '[không bắt buộc] '}${t.path} ${t.heading}`)));
  return `${lines.join('\n')}\n`;
}
