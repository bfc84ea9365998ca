// Room: renderer — saves an exported file the page received as bytes: a download of a Blob,
// which Electron answers with its save dialog and a browser with its downloads.
import type { ExportedFile } from '../../../shared/auditSchemas.ts';
import type { ServiceError } from '../../../shared/desktopSchemas.ts';

export function saveFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves the export the host answers, then says so; a refusal or failure is told in words. */
export async function saveExport(
  answer: Promise<{ ok: true; value: ExportedFile } | { ok: false; error: ServiceError }>,
  notices: { info(text: string): void; error(error: unknown): void },
  exported: (name: string) => string,
): Promise<void> {
  try {
    const result = await answer;
    if (!result.ok) return notices.error(result.error.message);
    saveFile(result.value.name, result.value.bytes);
    notices.info(exported(result.value.name));
  } catch (error) {
    notices.error(error);
  }
}
