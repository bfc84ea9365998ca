// Schema version 2: articles — checked drafts kept for the record — with every checked text as a
// version, its findings and how each was resolved, the themes it covers, the directives applied
// and the sign-offs. The month audit reads only these rows (SQL aggregates), never re-checks.
// Shipped migrations are never edited: change the schema with a new one (see migrations.ts).
import type { Migration } from './migrations.ts';

export const articlesMigration: Migration = {
  name: 'articles (versions, findings and resolutions, theme coverage, directives applied, sign-offs); bulk import jobs',
  sql: `
-- The article as it stands now. version is the current version; status and the open counts are
-- kept in step with the current version's findings so lists and the audit need no join for them.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  outlet TEXT NOT NULL DEFAULT '',
  section TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  published_on TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  -- Where it came from (a file, a row of a CMS export): importing it again adds a version.
  origin TEXT UNIQUE,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'signed')),
  open_errors INTEGER NOT NULL,
  open_warnings INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_published ON articles (published_on, outlet);
CREATE INDEX articles_outlet ON articles (outlet, published_on);

-- Every text that was checked, with the date it was checked for (which decides the directives
-- in force) and the report's totals.
CREATE TABLE article_versions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  published_on TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('new', 'text', 'date', 'recheck')),
  checked_at TEXT NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  themes_covered INTEGER NOT NULL,
  themes_missing INTEGER NOT NULL,
  PRIMARY KEY (article_id, version)
) STRICT;

-- The directives a version was checked against. No foreign key to directives: the record must
-- outlive a directive that is retired, re-imported or deleted.
CREATE TABLE article_directives (
  article_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  directive_id TEXT NOT NULL,
  number TEXT,
  title TEXT,
  kind TEXT,
  reason TEXT NOT NULL CHECK (reason IN ('given', 'cited', 'similar')),
  score REAL NOT NULL,
  in_force INTEGER NOT NULL CHECK (in_force IN (0, 1)),
  PRIMARY KEY (article_id, version, directive_id),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Each theme of the directives applied, covered or not; evidence is the first covering sentence
-- as offsets into the version's text.
CREATE TABLE article_themes (
  article_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  theme_id TEXT NOT NULL,
  directive_id TEXT NOT NULL,
  path TEXT NOT NULL,
  heading TEXT NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  covered INTEGER NOT NULL CHECK (covered IN (0, 1)),
  score REAL NOT NULL,
  evidence_start INTEGER,
  evidence_end INTEGER,
  PRIMARY KEY (article_id, version, theme_id),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
-- The audit's heat map: which themes each version covers, without reading headings.
CREATE INDEX article_themes_covered ON article_themes (article_id, version, theme_id) WHERE covered = 1;

-- A finding of one version. When the next version is checked, a finding that is still there is
-- superseded by its copy (a dismissal carries over), and one that is gone is resolved as fixed.
-- So the rows with superseded_by NULL are each conflict once, at its last appearance.
CREATE TABLE article_findings (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  position INTEGER NOT NULL,
  finding_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  actual TEXT NOT NULL,
  expected TEXT,
  message TEXT NOT NULL,
  source_directive TEXT,
  source_title TEXT,
  source_section TEXT,
  source_sentence TEXT,
  fix_start INTEGER,
  fix_end INTEGER,
  fix_replacement TEXT,
  theme_id TEXT,
  resolution TEXT CHECK (resolution IN ('fixed', 'dismissed')),
  reason TEXT,
  resolved_by TEXT,
  resolved_at TEXT,
  superseded_by INTEGER REFERENCES article_findings (id),
  CHECK ((resolution IS NULL) = (resolved_at IS NULL)),
  CHECK (resolution IS NOT 'dismissed' OR length(trim(reason)) > 0),
  UNIQUE (article_id, version, position),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
) STRICT;
CREATE INDEX article_findings_live ON article_findings (article_id, kind, severity, resolution) WHERE superseded_by IS NULL;

-- Who signed a version's checklist off, and when. A new version needs a new sign-off.
CREATE TABLE article_signoffs (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  signed_at TEXT NOT NULL,
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
) STRICT;
CREATE INDEX article_signoffs_article ON article_signoffs (article_id, version);

-- Bulk imports, persisted so a run killed halfway resumes: a job per source, and a row per item
-- written in the same transaction as the article it produced.
CREATE TABLE import_jobs (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('folder', 'csv', 'json')),
  status TEXT NOT NULL CHECK (status IN ('running', 'cancelled', 'done')),
  total INTEGER NOT NULL,
  -- JSON: outlet, section ... given for items that do not state their own.
  defaults TEXT NOT NULL,
  pid INTEGER,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
CREATE INDEX import_jobs_source ON import_jobs (source, status);

CREATE TABLE import_items (
  job_id INTEGER NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('added', 'updated', 'unchanged', 'failed')),
  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
  error_code TEXT,
  message TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (job_id, item_key)
) STRICT, WITHOUT ROWID;
`,
};
