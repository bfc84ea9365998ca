// Room: services — the compliance checklist of one article ("Phiếu kiểm tra tuân thủ") as plain
// rows, every label already in Vietnamese: the article's data, the directives applied, each check
// with its result, the findings and how each was resolved, the history and the sign-off. The
// .docx, .pdf, .md and .csv exporters only lay these rows out, so the four files say the same.
import type { FindingKind } from '../../../core/index.ts';
import type { ArticleDetail, ArticleStatus, StoredFinding } from '../../articles/articleTypes.ts';
import { FINDING_KIND_LABEL } from '../../audit/findingKindLabel.ts';
import { formatDate, formatDateTime } from '../formatDate.ts';
import { lineColumnOf } from '../lineColumnOf.ts';

export const CHECKLIST_TITLE = 'Phiếu kiểm tra tuân thủ';

export type CheckResult = 'Đạt' | 'Chưa đạt' | 'Đã xử lý' | 'Lưu ý';

export interface ChecklistCheck {
  group: string;
  item: string;
  result: CheckResult;
  detail: string;
}

export interface ChecklistFinding {
  /** "3" for the current version; "2 (phiên bản 1)" for a conflict of an earlier text. */
  no: string;
  kind: string;
  severity: 'Lỗi' | 'Cảnh báo';
  /** "dòng 12, cột 5" */
  where: string;
  actual: string;
  expected: string;
  message: string;
  source: string;
  /** "Đã sửa", "Bỏ qua", "Chưa xử lý" */
  resolution: string;
  reason: string;
  resolvedBy: string;
  resolvedAt: string;
}

export interface Checklist {
  title: string;
  article: { label: string; value: string }[];
  directives: { number: string; title: string; reason: string; inForce: string }[];
  checks: ChecklistCheck[];
  findings: ChecklistFinding[];
  history: { version: string; checkedAt: string; reason: string; publishedOn: string; result: string }[];
  signOff: { name: string; at: string } | null;
  /** One sentence: the verdict at a glance. */
  conclusion: string;
  generatedAt: string;
}

const STATUS_LABEL: Record<ArticleStatus, string> = {
  open: 'Còn lỗi chưa xử lý',
  resolved: 'Đã xử lý hết lỗi, chờ ký duyệt',
  signed: 'Đã ký duyệt',
};

const REASON_LABEL = { given: 'được chỉ định', cited: 'bài viết viện dẫn', similar: 'liên quan về nội dung' } as const;
const VERSION_REASON = { new: 'Kiểm tra lần đầu', text: 'Sửa nội dung', date: 'Đổi ngày đăng', recheck: 'Kiểm tra lại' } as const;

/** The checks of the text, each answering for some kinds of finding. */
const TEXT_CHECKS: { group: string; item: string; kinds: FindingKind[] }[] = [
  { group: 'Số liệu', item: 'Số liệu khớp số liệu đã được duyệt', kinds: ['figure-mismatch'] },
  { group: 'Số liệu', item: 'Chiều tăng/giảm đúng như văn bản', kinds: ['figure-direction'] },
  { group: 'Số liệu', item: 'Không làm tròn số liệu đã được duyệt', kinds: ['figure-rounded'] },
  { group: 'Số liệu', item: 'Viết số đúng quy cách tiếng Việt (dấu phẩy thập phân, dấu chấm hàng nghìn)', kinds: ['figure-format'] },
  { group: 'Trích dẫn', item: 'Khẩu hiệu, cụm từ trích đúng nguyên văn', kinds: ['quote-mismatch'] },
  { group: 'Viện dẫn', item: 'Văn bản viện dẫn đúng số hiệu, ngày, cơ quan ban hành, trích yếu', kinds: ['citation-mismatch'] },
];

export function resolutionLabel(f: Pick<StoredFinding, 'resolution'>): string {
  return f.resolution === 'fixed' ? 'Đã sửa' : f.resolution === 'dismissed' ? 'Bỏ qua' : 'Chưa xử lý';
}

function resultOf(findings: StoredFinding[]): { result: CheckResult; detail: string } {
  if (!findings.length) return { result: 'Đạt', detail: 'Không có chỗ lệch' };
  const open = findings.filter((f) => f.resolution === null);
  const errors = findings.some((f) => f.severity === 'error');
  const detail = `${findings.length} phát hiện (số ${findings.map((f) => f.position).join(', ')})${open.length ? `, ${open.length} chưa xử lý` : ', đã xử lý hết'}`;
  if (!open.length) return { result: 'Đã xử lý', detail };
  return { result: errors ? 'Chưa đạt' : 'Lưu ý', detail };
}

export function buildChecklist(article: ArticleDetail, generatedAt: Date = new Date()): Checklist {
  const current = article.versions[article.versions.length - 1];
  const checks: ChecklistCheck[] = [];
  if (!article.directives.length) {
    checks.push({
      group: 'Văn bản chỉ đạo',
      item: 'Xác định văn bản chỉ đạo áp dụng',
      result: 'Lưu ý',
      detail: 'Không có văn bản nào trong thư viện liên quan tới bài vào ngày đăng; chỉ kiểm tra số liệu, trích dẫn và viện dẫn.',
    });
  }
  for (const check of TEXT_CHECKS) {
    checks.push({ group: check.group, item: check.item, ...resultOf(article.findings.filter((f) => check.kinds.includes(f.kind))) });
  }
  for (const theme of article.themes.filter((t) => t.required)) {
    const missing = article.findings.filter((f) => f.kind === 'theme-missing' && f.themeId === theme.id);
    const item = `${theme.directive} mục ${theme.path}: ${theme.heading}`;
    if (theme.covered) checks.push({ group: 'Nội dung yêu cầu', item, result: 'Đạt', detail: theme.evidence ? `Đã đề cập: “${clip(theme.evidence, 160)}”` : 'Đã đề cập' });
    else checks.push({ group: 'Nội dung yêu cầu', item, ...(missing.length ? resultOf(missing) : { result: 'Lưu ý' as const, detail: 'Chưa đề cập' }) });
  }

  // The current version's findings, then the conflicts of earlier texts that are gone from it.
  const earlier = article.history.filter((f) => f.supersededBy === null);
  const findings: ChecklistFinding[] = [...article.findings, ...earlier].map((f) => {
    const { line, column } = lineColumnOf(article.text, f.start);
    const old = f.version !== article.version;
    return {
      no: old ? `${f.position} (phiên bản ${f.version})` : String(f.position),
      kind: FINDING_KIND_LABEL[f.kind],
      severity: f.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      where: f.kind === 'theme-missing' ? 'cả bài' : old ? `phiên bản ${f.version}` : `dòng ${line}, cột ${column}`,
      actual: f.actual,
      expected: f.expected ?? '',
      message: f.message,
      source: f.source ? `${f.source.directive}${f.source.section ? `, mục ${f.source.section}` : ''}` : '',
      resolution: resolutionLabel(f),
      reason: f.reason ?? '',
      resolvedBy: f.resolvedBy ?? '',
      resolvedAt: f.resolvedAt ? formatDateTime(f.resolvedAt) : '',
    };
  });

  const open = article.findings.filter((f) => f.resolution === null);
  const openErrors = open.filter((f) => f.severity === 'error').length;
  const conclusion = article.signOff
    ? `Đã ký duyệt: ${article.signOff.name}, ${formatDateTime(article.signOff.at)}.`
    : openErrors
      ? `Chưa đạt: còn ${openErrors} lỗi chưa xử lý.`
      : open.length
        ? `Không còn lỗi; ${open.length} cảnh báo chưa xử lý. Chờ ký duyệt.`
        : 'Đạt: mọi phát hiện đã được xử lý. Chờ ký duyệt.';

  return {
    title: CHECKLIST_TITLE,
    article: [
      { label: 'Mã bài', value: String(article.id) },
      { label: 'Tiêu đề', value: article.title },
      { label: 'Cơ quan báo chí', value: article.outlet || '—' },
      { label: 'Chuyên mục', value: article.section || '—' },
      { label: 'Tác giả', value: article.author || '—' },
      { label: 'Ngày đăng', value: formatDate(article.publishedOn) },
      { label: 'Phiên bản', value: `${article.version}${current ? ` (kiểm tra lúc ${formatDateTime(current.checkedAt)})` : ''}` },
      { label: 'Trạng thái', value: STATUS_LABEL[article.status] },
      ...(article.origin ? [{ label: 'Nguồn', value: article.origin }] : []),
    ],
    directives: article.directives.map((d) => ({
      number: d.number ?? d.id,
      title: d.title ?? '',
      reason: `${REASON_LABEL[d.reason]}${d.reason === 'similar' ? ` (điểm ${d.score.toFixed(2)})` : ''}`,
      inForce: d.inForce ? 'Còn hiệu lực' : 'Hết hiệu lực vào ngày đăng',
    })),
    checks,
    findings,
    history: article.versions.map((v) => ({
      version: String(v.version),
      checkedAt: formatDateTime(v.checkedAt),
      reason: VERSION_REASON[v.reason],
      publishedOn: formatDate(v.publishedOn),
      result: `${v.errors} lỗi, ${v.warnings} cảnh báo`,
    })),
    signOff: article.signOff ? { name: article.signOff.name, at: formatDateTime(article.signOff.at) } : null,
    conclusion,
    generatedAt: formatDateTime(generatedAt.toISOString()),
  };
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
