// Test helper: writes a small, valid PDF whose text layer holds the given runs, Vietnamese
// included. Each run is drawn with a one-byte code; the font's ToUnicode map tells readers
// (pdf.js, pdftotext) which Unicode character each code stands for, as real PDFs do.

export interface PdfRun {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export function makePdf(pages: PdfRun[][]): Uint8Array {
  // One-byte codes: ASCII as itself, every other character from 0x80 up.
  const codes = new Map<string, number>();
  let next = 0x80;
  for (const run of pages.flat()) {
    for (const ch of run.text.normalize('NFC')) {
      if (ch.charCodeAt(0) < 0x80 || codes.has(ch)) continue;
      if (next > 0xff) throw new Error('makePdf: too many distinct non-ASCII characters');
      codes.set(ch, next++);
    }
  }
  const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');
  const encode = (text: string): string =>
    [...text.normalize('NFC')].map((ch) => hex(ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : codes.get(ch)!, 2)).join('');
  const utf16 = (ch: string): string => [...ch].map((c) => hex(c.charCodeAt(0), 4)).join('');

  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Soat-Test def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <0020> endbfrange',
    `${codes.size} beginbfchar`,
    ...[...codes].map(([ch, code]) => `<${hex(code, 2)}> <${utf16(ch)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');

  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (content: string): string => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

  const catalog = add('');
  const pagesId = add('');
  const toUnicode = add(stream(cmap));
  const widths = Array.from({ length: 256 - 32 }, () => 500).join(' ');
  // Glyph names "uniXXXX" as well as the ToUnicode map: readers differ in which they trust.
  const differences = [...codes].map(([ch, code]) => `${code} /uni${utf16(ch)}`).join(' ');
  const font = add(
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths [${widths}] ` +
      `/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences}] >> /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const runs of pages) {
    const content = runs.map((r) => `BT /F1 ${r.size ?? 12} Tf ${r.x} ${r.y} Td <${encode(r.text)}> Tj ET`).join('\n');
    const contentId = add(stream(content));
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
