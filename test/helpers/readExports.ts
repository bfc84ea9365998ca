// Test helpers: exported files read back the way a person's tools would — PDF through poppler's
// pdftotext and pdffonts, pages turned to PNG by pdftoppm (saved under test-artifacts/ for a
// look), .docx through mammoth with its images.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';

export const artifactsDirectory = join(import.meta.dirname, '../../test-artifacts');

export function popplerMissing(): string | undefined {
  const ok = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm && command -v pdffonts'], { stdio: 'ignore' }).status === 0;
  return ok ? undefined : 'thiếu pdftotext/pdftoppm/pdffonts (gói poppler-utils; npm test cài bằng apt-get khi chạy với quyền root)';
}

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'soat-read-'));
  try {
    const path = join(dir, 'file.pdf');
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${done.stderr}`);
  return done.stdout;
}

/** The PDF's text in reading order, each run of white space (line breaks in wrapped table cells
 * included) as one space. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (path) => run('pdftotext', [path, '-'])).replace(/\s+/gu, ' ');
}

/** The names of the fonts the PDF embeds. */
export function pdfFonts(bytes: Uint8Array): string[] {
  return withFile(bytes, (path) =>
    run('pdffonts', [path])
      .split('\n')
      .slice(2)
      .map((l) => l.split(/\s+/u)[0]!)
      .filter(Boolean),
  );
}

/** Renders every page to test-artifacts/NAME-N.png; returns the files written. */
export function pdfToPngs(bytes: Uint8Array, name: string, dpi = 70): string[] {
  mkdirSync(artifactsDirectory, { recursive: true });
  for (const old of readdirSync(artifactsDirectory).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(artifactsDirectory, old));
  withFile(bytes, (path) => run('pdftoppm', ['-png', '-r', String(dpi), path, join(artifactsDirectory, name)]));
  return readdirSync(artifactsDirectory).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

export function saveArtifact(name: string, bytes: Uint8Array | string): void {
  mkdirSync(artifactsDirectory, { recursive: true });
  writeFileSync(join(artifactsDirectory, name), bytes);
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** The images of a .docx, in order, as bytes with their content type. */
export async function docxImages(bytes: Uint8Array): Promise<{ contentType: string; data: Buffer }[]> {
  const images: { contentType: string; data: Buffer }[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        images.push({ contentType: image.contentType, data: await image.readAsBuffer() });
        return { src: '' };
      }),
    },
  );
  return images;
}

/** Width and height of a PNG, from its header. */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(data);
  if (view.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}
