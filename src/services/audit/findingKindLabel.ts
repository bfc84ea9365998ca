// Room: services — Vietnamese names of the finding kinds, for the audit, the checklist and their
// exports. Data, apart from logic (STYLE.md).
import type { FindingKind } from '../../core/index.ts';

export const FINDING_KIND_LABEL: Record<FindingKind, string> = {
  'figure-mismatch': 'Số liệu sai',
  'figure-direction': 'Ngược chiều tăng/giảm',
  'figure-rounded': 'Số liệu làm tròn',
  'figure-format': 'Sai quy cách viết số',
  'quote-mismatch': 'Trích dẫn sai nguyên văn',
  'citation-mismatch': 'Viện dẫn văn bản sai',
  'theme-missing': 'Thiếu nội dung yêu cầu',
};

/** The kinds that are conflicts with a directive, in the order reports list them. */
export const CONFLICT_KINDS: readonly FindingKind[] = [
  'figure-mismatch',
  'figure-direction',
  'figure-rounded',
  'figure-format',
  'quote-mismatch',
  'citation-mismatch',
];
