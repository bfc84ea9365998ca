// Room: services — the pieces the .docx reports are built of (docx package): headings, paragraphs,
// tables with a shaded header row, label/value tables, shaded cells for the heat map. Times New
// Roman 12 pt, the face of Vietnamese administrative documents, which every Word has.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

export const DOCX_FONT = 'Times New Roman';

export function heading(text: string, level: 1 | 2 = 2): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_2, spacing: { before: level === 1 ? 0 : 240, after: 120 } });
}

export function paragraph(text: string, options: { bold?: boolean; italic?: boolean; align?: 'left' | 'right' | 'center' } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: options.bold ?? false, italics: options.italic ?? false })],
  });
}

export interface CellSpec {
  text: string;
  bold?: boolean;
  /** Background, "RRGGBB". */
  fill?: string;
  align?: 'left' | 'right' | 'center';
}

const asSpec = (c: string | CellSpec): CellSpec => (typeof c === 'string' ? { text: c } : c);

function cell(c: string | CellSpec, header: boolean): TableCell {
  const spec = asSpec(c);
  const fill = header ? 'EFE9DF' : spec.fill;
  return new TableCell({
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: spec.text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: spec.align === 'right' ? AlignmentType.RIGHT : spec.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: header || (spec.bold ?? false), size: 20 })],
        }),
    ),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C9C3B8' };

export function table(head: (string | CellSpec)[], rows: (string | CellSpec)[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
  });
}

export function keyValueTable(pairs: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: pairs.map((p) => new TableRow({ children: [cell({ text: p.label, bold: true, fill: 'EFE9DF' }, false), cell(p.value, false)] })),
  });
}

export async function docxBytes(children: FileChild[], title: string): Promise<Uint8Array> {
  const document = new Document({
    title,
    creator: 'Soát',
    styles: { default: { document: { run: { font: DOCX_FONT, size: 24 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
