// Room: services — the body of a CMS export is often HTML: paragraphs become lines, tags go,
// entities are decoded. Plain text passes through unchanged.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  bull: '•',
};

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|br|div|span|strong|em|b|i|h[1-6]|ul|ol|li|figure|img|a|table)\b[^>]*>/iu.test(text);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return decodeEntities(html);
  return decodeEntities(
    html
      .replace(/<(script|style|figure|figcaption)\b[\s\S]*?<\/\1>/giu, '')
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<\/(?:p|div|h[1-6]|li|tr|blockquote)>/giu, '\n\n')
      .replace(/<li\b[^>]*>/giu, '- ')
      .replace(/<[^>]+>/gu, ''),
  )
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/ *\n */gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
