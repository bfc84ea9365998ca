// A document's identity for "is this the same text again?": SHA-256 of the text in NFC with
// Unix line endings, so the same document saved on Windows or in decomposed form is not a new version.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\r\n?/gu, '\n'), 'utf8').digest('hex');
}
