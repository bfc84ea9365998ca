// Room: services — the one HTML shell every printed report shares: A4 print styles, the bundled
// Be Vietnam Pro, a strict policy that lets the page load nothing (fonts and images are data:
// URLs, charts inline SVG). The checklist and the audit fill its body.
import { escapeHtml } from './escapeHtml.ts';
import { fontFaceCss, REPORT_FONT_FAMILY } from './fontFaceCss.ts';

const CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${REPORT_FONT_FAMILY}, sans-serif; font-size: 10pt; line-height: 1.45; color: #1f2328; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; color: #7a1f1f; letter-spacing: .2px; }
h2 { font-size: 12pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.5px solid #7a1f1f; color: #3d1010; break-after: avoid; }
.subtitle { color: #555; margin: 0 0 4mm; }
.conclusion { padding: 3mm 4mm; border-left: 4px solid #7a1f1f; background: #f7f1ea; margin: 3mm 0; font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { border: 0.6px solid #c9c3b8; padding: 1.3mm 2mm; vertical-align: top; text-align: left; }
th { background: #efe9df; font-weight: 700; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.kv th { width: 34%; }
.pill { display: inline-block; padding: 0 2mm; border-radius: 2mm; font-weight: 700; white-space: nowrap; }
.ok { background: #dcefdc; color: #1d5b24; }
.bad { background: #f8d7d3; color: #8a1c12; }
.done { background: #dde8f5; color: #1d4471; }
.note { background: #fbefcf; color: #6b4d00; }
.muted { color: #666; }
.signature { margin-top: 8mm; display: flex; justify-content: flex-end; }
.signature div { text-align: center; min-width: 60mm; }
.chart { margin: 2mm 0 4mm; break-inside: avoid; }
.heat { font-size: 8.5pt; }
.heat td:first-child, .heat th:first-child { width: 46%; }
.heat td.cell { text-align: center; font-variant-numeric: tabular-nums; vertical-align: middle; }
.heat th { font-size: 8pt; text-align: center; }
.kv.narrow { width: 70%; }
.footer { margin-top: 8mm; color: #777; font-size: 8pt; }
`;

export function reportPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${fontFaceCss()}${CSS}</style></head>
<body>${body}</body></html>`;
}

/** A small coloured label for a result. */
export function pill(text: string, tone: 'ok' | 'bad' | 'done' | 'note'): string {
  return `<span class="pill ${tone}">${escapeHtml(text)}</span>`;
}
