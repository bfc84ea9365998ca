// Room: services — which column of a CMS export holds what. Exports name their columns in
// Vietnamese or English, with or without diacritics, in any case ("Tiêu đề", "tieu_de", "Title",
// "post_title"); names are compared folded (no diacritics, đ→d, letters and digits only).
// Data, apart from the logic that uses it.

export type CmsField = 'title' | 'date' | 'author' | 'section' | 'body' | 'sapo' | 'outlet' | 'id';

const NAMES: Record<CmsField, readonly string[]> = {
  title: ['title', 'tieude', 'tieudebai', 'tieudebaiviet', 'ten', 'tenbai', 'tenbaiviet', 'headline', 'posttitle', 'name', 'subject'],
  date: [
    'date', 'ngay', 'ngaydang', 'ngayxuatban', 'ngaydangbai', 'thoigian', 'thoigiandang', 'ngaytao', 'publishdate', 'published',
    'publishedat', 'publishedon', 'publishedtime', 'publicationdate', 'pubdate', 'datepublished', 'postdate', 'createdat', 'created',
    'createddate', 'datetime',
  ],
  author: ['author', 'authors', 'tacgia', 'butdanh', 'nguoiviet', 'phongvien', 'byline', 'writer', 'creator', 'postauthor'],
  section: ['section', 'chuyenmuc', 'muc', 'danhmuc', 'chuyende', 'category', 'categories', 'rubric', 'theloai'],
  body: ['body', 'noidung', 'noidungbai', 'noidungbaiviet', 'content', 'contenthtml', 'postcontent', 'text', 'baiviet', 'fulltext', 'article', 'articlebody', 'html'],
  sapo: ['sapo', 'tomtat', 'daude', 'summary', 'lead', 'excerpt', 'description', 'postexcerpt', 'abstract'],
  outlet: ['outlet', 'bao', 'tenbao', 'coquan', 'coquanbaochi', 'tencoquan', 'toasoan', 'publication', 'publisher', 'site', 'sitename'],
  id: ['id', 'ma', 'mabai', 'maso', 'slug', 'url', 'link', 'permalink', 'guid', 'postid', 'articleid'],
};

/** "Tiêu đề" → "tieude", "post_title" → "posttitle". */
export function foldColumnName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

const BY_NAME = new Map<string, CmsField>(
  (Object.entries(NAMES) as [CmsField, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [foldColumnName(n), field] as const)),
);

/** The field a column name stands for, or null when Soát does not use it. */
export function cmsFieldOf(columnName: string): CmsField | null {
  return BY_NAME.get(foldColumnName(columnName)) ?? null;
}

/** For each field, the first column that names it. */
export function mapColumns(columns: readonly string[]): Partial<Record<CmsField, number>> {
  const out: Partial<Record<CmsField, number>> = {};
  columns.forEach((c, i) => {
    const field = cmsFieldOf(c);
    if (field && out[field] === undefined) out[field] = i;
  });
  return out;
}

/** The column names Soát understands, for the message when a file has none of them. */
export const KNOWN_COLUMNS = 'tiêu đề/title, ngày đăng/date, tác giả/author, chuyên mục/section, nội dung/body (hoặc content)';
