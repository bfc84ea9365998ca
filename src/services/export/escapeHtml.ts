// Room: services — text into HTML and SVG, so a title with "<" or "&" prints as written.
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}
