// Articles for people: one line per article in lists, and the full record for `soat article show`
// (data, findings numbered as `soat article resolve` names them, themes, history, sign-off).
import type { ArticleDetail, ArticleStatus, ArticleSummary, StoredFinding } from '../services/articles/articleTypes.ts';
import { FINDING_KIND_LABEL } from '../services/audit/findingKindLabel.ts';
import { formatDate, formatDateTime } from '../services/export/formatDate.ts';
import { lineColumnOf } from '../services/export/lineColumnOf.ts';

export const STATUS_LABEL: Record<ArticleStatus, string> = { open: 'còn lỗi', resolved: 'đã xử lý', signed: 'đã ký duyệt' };

export function articleHeader(): string {
  return `${'MÃ'.padStart(6)}  ${'NGÀY ĐĂNG'.padEnd(10)}  ${'TRẠNG THÁI'.padEnd(11)}  ${'LỖI MỞ'.padStart(6)}  ${'CƠ QUAN'.padEnd(18)}  TIÊU ĐỀ`;
}

export function articleLine(a: ArticleSummary): string {
  const outlet = a.outlet.length > 18 ? `${a.outlet.slice(0, 17)}…` : a.outlet || '—';
  return `${String(a.id).padStart(6)}  ${formatDate(a.publishedOn)}  ${STATUS_LABEL[a.status].padEnd(11)}  ${String(a.openErrors).padStart(6)}  ${outlet.padEnd(18)}  ${a.title}`;
}

function resolution(f: StoredFinding): string {
  if (f.resolution === 'fixed') return `đã sửa (${f.resolvedBy ?? '?'}${f.reason ? `: ${f.reason}` : ''})`;
  if (f.resolution === 'dismissed') return `bỏ qua (${f.resolvedBy ?? '?'}: ${f.reason ?? ''})`;
  return 'chưa xử lý';
}

export function findingLine(text: string, f: StoredFinding): string {
  const { line, column } = lineColumnOf(text, f.start);
  const where = f.kind === 'theme-missing' ? 'cả bài' : `${line}:${column}`;
  const severity = f.severity === 'error' ? 'lỗi' : 'cảnh báo';
  const said = f.kind === 'theme-missing' ? '' : ` “${f.actual}”${f.expected ? ` → “${f.expected}”` : ''}`;
  const source = f.source ? ` [${f.source.directive}${f.source.section ? `, mục ${f.source.section}` : ''}]` : '';
  const message = f.kind === 'theme-missing' ? f.message.replace(/\s+/gu, ' ').slice(0, 160) : f.message;
  return `  ${String(f.position).padStart(3)}. ${severity} ${f.kind} (${FINDING_KIND_LABEL[f.kind]}) ${where}${said} — ${message}${source} · ${resolution(f)}`;
}

export function formatArticle(a: ArticleDetail): string {
  const lines = [
    `Bài ${a.id}: ${a.title}`,
    `  Ngày đăng: ${formatDate(a.publishedOn)} · Cơ quan: ${a.outlet || '—'} · Chuyên mục: ${a.section || '—'} · Tác giả: ${a.author || '—'}`,
    `  Trạng thái: ${STATUS_LABEL[a.status]} · ${a.openErrors} lỗi, ${a.openWarnings} cảnh báo chưa xử lý · phiên bản ${a.version}${a.origin ? ` · nguồn: ${a.origin}` : ''}`,
    '',
    'Văn bản chỉ đạo áp dụng:',
    ...(a.directives.length ? a.directives.map((d) => `  ${d.number ?? d.id}${d.title ? ` — ${d.title}` : ''}${d.inForce ? '' : ' (hết hiệu lực vào ngày đăng)'}`) : ['  (không có văn bản nào liên quan vào ngày đăng)']),
    '',
    `Phát hiện (phiên bản ${a.version}):`,
    ...(a.findings.length ? a.findings.map((f) => findingLine(a.text, f)) : ['  (không có)']),
  ];
  const required = a.themes.filter((t) => t.required);
  if (required.length) {
    lines.push('', 'Nội dung yêu cầu:');
    for (const t of required) lines.push(`  ${t.covered ? '✓ đã đề cập ' : '✗ chưa đề cập'} ${t.id} ${t.heading.length > 90 ? `${t.heading.slice(0, 89)}…` : t.heading}`);
  }
  lines.push('', 'Lịch sử:');
  for (const v of a.versions) {
    const why = { new: 'kiểm tra lần đầu', text: 'sửa nội dung', date: 'đổi ngày đăng', recheck: 'kiểm tra lại' }[v.reason];
    lines.push(`  phiên bản ${v.version}: ${formatDateTime(v.checkedAt)} — ${why}; ${v.errors} lỗi, ${v.warnings} cảnh báo`);
  }
  const gone = a.history.filter((f) => f.supersededBy === null && f.kind !== 'theme-missing');
  for (const f of gone) lines.push(`  (phiên bản ${f.version}) ${FINDING_KIND_LABEL[f.kind]} “${f.actual}” — ${resolution(f)}`);
  for (const s of a.signOffs) lines.push(`  ký duyệt phiên bản ${s.version}: ${s.name}, ${formatDateTime(s.at)}`);
  lines.push('', a.signOff ? `Đã ký duyệt: ${a.signOff.name}, ${formatDateTime(a.signOff.at)}.` : 'Chưa ký duyệt.');
  return `${lines.join('\n')}\n`;
}
