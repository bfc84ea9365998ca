// Room: services — importing a directive in two steps, as the library view shows it: read and
// parse the file, show the lead what was extracted (kind, number, issuer, date, validity,
// figures, quotes, references, themes), and only then save it. The text waits here between the
// steps under a random id, so saving never trusts a text sent back by the page.

import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { parseDirective, type Citation, type Directive, type Figure, type Quote, type Theme, type Validity } from '../../core/index.ts';
import { importBytes } from '../import/importBytes.ts';
import { importFile } from '../import/importFile.ts';
import type { ImportResult } from '../import/ImportResult.ts';
import { foldWithOffsets } from '../library/foldForSearch.ts';
import type { Library } from '../library/openLibrary.ts';
import type { Result } from '../result.ts';

export interface ImportPreview {
  previewId: string;
  file: string;
  directive: {
    id: string;
    kind: string | null;
    number: string | null;
    issuer: string | null;
    province: string | null;
    issuedOn: string | null;
    title: string | null;
    validity: Validity | null;
  };
  counts: { figures: number; quotes: number; references: number; implements: number; themes: number };
  figures: Figure[];
  quotes: Quote[];
  references: Citation[];
  implements: Citation[];
  themes: Theme[];
  /** new: not in the library; update: a new version of one that is; same: already there as is;
   *  conflict: another issuer's document under the same number (saving will be refused). */
  status: 'new' | 'update' | 'same' | 'conflict';
  /** Vietnamese, for the lead: what saving will do when it is not simply "add". */
  note: string | null;
}

export interface ImportCommitted {
  id: string;
  number: string | null;
  title: string | null;
  outcome: 'added' | 'updated' | 'unchanged';
  /** People's corrections that found no item to apply to in the new version. */
  unapplied: number;
}

export interface ImportPreviews {
  previewBytes(name: string, bytes: Uint8Array): Promise<Result<ImportPreview>>;
  previewPath(path: string): Promise<Result<ImportPreview>>;
  commit(previewId: string): Result<ImportCommitted>;
  discard(previewId: string): void;
}

/** Previews kept at once; an old one is dropped first (a lead rarely has more than one open). */
const MAX_PENDING = 8;

const folded = (s: string | null): string => foldWithOffsets(s ?? '').folded.replace(/\s+/gu, ' ').trim();

function statusOf(library: Library, parsed: Directive): Pick<ImportPreview, 'status' | 'note'> {
  const existing = library.get(parsed.id);
  if (existing === null) return { status: 'new', note: null };
  if (existing.text === parsed.text) return { status: 'same', note: `Thư viện đã có đúng văn bản này (${parsed.id}); lưu sẽ không thay đổi gì.` };
  if (existing.issuer !== null && parsed.issuer !== null && folded(existing.issuer) !== folded(parsed.issuer)) {
    return {
      status: 'conflict',
      note: `Thư viện đã có văn bản số ${parsed.id} của "${existing.issuer}"; văn bản này của "${parsed.issuer}". Hai văn bản khác nhau trùng số hiệu nên không lưu được.`,
    };
  }
  return {
    status: 'update',
    note: `Thư viện đã có văn bản ${parsed.id}: lưu sẽ thay bằng bản mới này, các chỉnh sửa của người dùng được giữ lại.`,
  };
}

export function createImportPreviews(library: Library, onChange: () => void): ImportPreviews {
  const pending = new Map<string, { text: string; file: string }>();

  const preview = (file: string, read: ImportResult): Result<ImportPreview> => {
    if (!read.ok) return { ok: false, error: read.error };
    const parsed = parseDirective(read.text, { file });
    if (parsed.id.trim() === '') {
      return { ok: false, error: { code: 'no-id', message: 'Văn bản không có số hiệu và không có tên tệp để làm mã.' } };
    }
    const previewId = randomUUID();
    pending.set(previewId, { text: read.text, file });
    while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    return {
      ok: true,
      value: {
        previewId,
        file,
        directive: {
          id: parsed.id,
          kind: parsed.kind,
          number: parsed.number,
          issuer: parsed.issuer,
          province: parsed.province,
          issuedOn: parsed.issuedOn,
          title: parsed.title,
          validity: parsed.validity,
        },
        counts: {
          figures: parsed.figures.length,
          quotes: parsed.quotes.length,
          references: parsed.references.length,
          implements: parsed.implements.length,
          themes: parsed.themes.length,
        },
        figures: parsed.figures,
        quotes: parsed.quotes,
        references: parsed.references,
        implements: parsed.implements,
        themes: parsed.themes,
        ...statusOf(library, parsed),
      },
    };
  };

  return {
    previewBytes: async (name, bytes) => preview(basename(name), await importBytes(name, bytes)),
    previewPath: async (path) => preview(basename(path), await importFile(path)),
    commit(previewId) {
      const waiting = pending.get(previewId);
      if (waiting === undefined) {
        return { ok: false, error: { code: 'preview-expired', message: 'Bản xem trước này không còn; hãy chọn lại tệp để nhập.' } };
      }
      const saved = library.importText(waiting.text, { file: waiting.file });
      if (!saved.ok) return saved;
      pending.delete(previewId);
      if (saved.value.outcome !== 'unchanged') onChange();
      const { id, number, title, outcome, unapplied } = saved.value;
      return { ok: true, value: { id, number, title, outcome, unapplied: unapplied.length } };
    },
    discard: (previewId) => void pending.delete(previewId),
  };
}
