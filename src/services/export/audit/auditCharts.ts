// Room: services — the audit's charts as inline SVG: conflicts by kind (resolved and open, stacked)
// and the weekly trend (articles, conflicts found, still open). The PDF report draws them in its
// HTML; the .docx report embeds a PNG of the same SVG (rendered by the HtmlPrinter), so the two
// reports show the same picture.
import type { AuditReport } from '../../audit/auditTypes.ts';
import { escapeHtml as e } from '../escapeHtml.ts';
import { REPORT_FONT_FAMILY } from '../fontFaceCss.ts';

export interface Chart {
  svg: string;
  width: number;
  height: number;
  /** What the chart shows, for alt text and captions. */
  title: string;
}

export const CHART_COLORS = { resolved: '#3a6ea5', open: '#c0392b', articles: '#9aa7b4', found: '#d98c2b' } as const;

const FONT = `font-family="${REPORT_FONT_FAMILY.replace(/'/gu, '')}, sans-serif"`;

/** A round step for an axis reaching `max` in about five ticks. */
function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

function legend(items: { label: string; color: string }[], x: number, y: number): string {
  let cx = x;
  return items
    .map((item) => {
      const out = `<rect x="${cx}" y="${y - 9}" width="11" height="11" rx="2" fill="${item.color}"/><text x="${cx + 16}" y="${y}" font-size="11">${e(item.label)}</text>`;
      cx += 28 + item.label.length * 6.4;
      return out;
    })
    .join('');
}

export function conflictsChart(report: AuditReport): Chart {
  const rows = report.conflicts;
  const width = 680;
  const labelWidth = 190;
  const barArea = width - labelWidth - 60;
  const rowHeight = 30;
  const top = 34;
  const height = top + rows.length * rowHeight + 16;
  const max = Math.max(1, ...rows.map((r) => r.found));
  const scale = barArea / max;
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowHeight;
      const resolvedWidth = r.resolved * scale;
      const openWidth = r.open * scale;
      return `<text x="${labelWidth - 8}" y="${y + 15}" font-size="11.5" text-anchor="end">${e(r.label)}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${resolvedWidth.toFixed(1)}" height="16" fill="${CHART_COLORS.resolved}"/>
<rect x="${(labelWidth + resolvedWidth).toFixed(1)}" y="${y + 4}" width="${openWidth.toFixed(1)}" height="16" fill="${CHART_COLORS.open}"/>
<text x="${(labelWidth + resolvedWidth + openWidth + 6).toFixed(1)}" y="${y + 16}" font-size="11">${r.found ? `${r.found} (${r.open} mở)` : '0'}</text>`;
    })
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} fill="#1f2328">
<rect width="100%" height="100%" fill="#fff"/>
${legend(
  [
    { label: 'Đã xử lý', color: CHART_COLORS.resolved },
    { label: 'Còn mở', color: CHART_COLORS.open },
  ],
  labelWidth,
  16,
)}
<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 12}" stroke="#888"/>
${bars}
</svg>`;
  return { svg, width, height, title: 'Xung đột theo loại: đã xử lý và còn mở' };
}

export function trendChart(report: AuditReport): Chart {
  const width = 680;
  const height = 280;
  const left = 48;
  const right = 16;
  const top = 36;
  const bottom = 46;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const series = [
    { label: 'Bài viết', color: CHART_COLORS.articles, value: (w: AuditReport['trend'][number]) => w.articles },
    { label: 'Xung đột phát hiện', color: CHART_COLORS.found, value: (w: AuditReport['trend'][number]) => w.conflicts },
    { label: 'Còn mở', color: CHART_COLORS.open, value: (w: AuditReport['trend'][number]) => w.open },
  ];
  const max = Math.max(1, ...report.trend.flatMap((w) => series.map((s) => s.value(w))));
  const step = niceStep(max);
  const top_ = Math.ceil(max / step) * step;
  const y = (v: number): number => top + plotHeight - (v / top_) * plotHeight;
  const grid: string[] = [];
  for (let v = 0; v <= top_ + 1e-9; v += step) {
    grid.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${width - right}" y2="${y(v).toFixed(1)}" stroke="#e4e0d8"/>`);
    grid.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#666">${Number(v.toFixed(2)).toLocaleString('vi-VN')}</text>`);
  }
  const group = plotWidth / Math.max(1, report.trend.length);
  const barWidth = Math.min(34, (group - 18) / series.length);
  const bars = report.trend
    .map((w, i) => {
      const x0 = left + i * group + (group - barWidth * series.length) / 2;
      const drawn = series
        .map((s, j) => {
          const v = s.value(w);
          const x = x0 + j * barWidth;
          return `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(top + plotHeight - y(v)).toFixed(1)}" fill="${s.color}"/>
<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" font-size="9.5" text-anchor="middle">${v}</text>`;
        })
        .join('');
      const label = `Tuần ${w.week}`;
      const days = `${Number(w.from.slice(8))}–${Number(w.to.slice(8))}/${Number(w.from.slice(5, 7))}`;
      const cx = left + i * group + group / 2;
      return `${drawn}<text x="${cx.toFixed(1)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle">${label}</text><text x="${cx.toFixed(1)}" y="${height - bottom + 30}" font-size="9.5" text-anchor="middle" fill="#666">${days}</text>`;
    })
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} fill="#1f2328">
<rect width="100%" height="100%" fill="#fff"/>
${legend(series.map((s) => ({ label: s.label, color: s.color })), left, 16)}
${grid.join('\n')}
<line x1="${left}" y1="${top + plotHeight}" x2="${width - right}" y2="${top + plotHeight}" stroke="#888"/>
${bars}
</svg>`;
  return { svg, width, height, title: 'Xu hướng theo tuần: bài viết, xung đột phát hiện, còn mở' };
}
