// What every importer returns: the document's text, or why it could not be read. The messages
// are Vietnamese and say what to do; the codes let the CLI and the app tell the cases apart.

export type ImportErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'unsupported-type'
  | 'empty'
  | 'binary'
  | 'legacy-tcvn3'
  | 'legacy-vni'
  | 'not-utf8'
  | 'docx-unreadable'
  | 'pdf-unreadable'
  | 'pdf-no-text';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

/** How the bytes were read: kept so the app can say "đọc theo UTF-16". */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type ImportResult =
  | { ok: true; text: string; encoding?: TextEncodingName }
  | { ok: false; error: ImportError };
