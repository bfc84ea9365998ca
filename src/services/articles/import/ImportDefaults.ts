// Room: services — what a bulk import gives the articles that do not say it themselves.
export interface ImportDefaults {
  outlet?: string;
  section?: string;
  author?: string;
  /** "YYYY-MM-DD", for articles with no date of their own. */
  date?: string;
}
