// An article number as the user types it: "12" or "#12".
export function articleId(text: string | undefined): number | null {
  const m = /^#?(\d{1,12})$/u.exec(text?.trim() ?? '');
  return m ? Number(m[1]) : null;
}
