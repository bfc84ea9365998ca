// The library database's schema, one migration per version. Migration N (1-based) takes a
// database at `PRAGMA user_version = N-1` to N. Never edit a migration that has shipped: add one.
// Tables are STRICT so a wrong type is an error at once, not a surprise at read time.
import { articlesMigration } from './articlesMigration.ts';

export interface Migration {
  /** What the migration does, for the log and the tests. */
  name: string;
  sql: string;
}

const ITEM_COLUMNS = `
  directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
  -- Stable across versions of the document: the item's own words, not its position.
  item_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('parsed', 'added')),`;

const CITATION_COLUMNS = `${ITEM_COLUMNS}
  kind TEXT,
  number TEXT NOT NULL,
  date TEXT,
  issuer TEXT,
  title TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (directive_id, item_key)`;

export const migrations: readonly Migration[] = [
  {
    name: 'directives, their parsed items, edits, full-text search',
    sql: `
CREATE TABLE directives (
  id TEXT PRIMARY KEY,
  file TEXT,
  kind TEXT,
  number TEXT,
  issuer TEXT,
  province TEXT,
  issued_on TEXT,
  title TEXT,
  validity_from TEXT,
  validity_to TEXT,
  validity_evidence TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX directives_number ON directives (number);
CREATE INDEX directives_content_hash ON directives (content_hash);

-- Every text ever imported for a directive: what changed and when.
CREATE TABLE directive_versions (
  directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  file TEXT,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (directive_id, content_hash)
) STRICT;

CREATE TABLE figures (${ITEM_COLUMNS}
  text TEXT NOT NULL,
  value_low REAL NOT NULL,
  -- NULL unless the figure is a range ("từ 6 đến 6,5%").
  value_high REAL,
  total REAL,
  unit TEXT NOT NULL,
  subject TEXT NOT NULL,
  period TEXT,
  change TEXT CHECK (change IN ('tăng', 'giảm', 'đạt')),
  approx TEXT,
  sentence TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  decimals INTEGER NOT NULL,
  convention TEXT NOT NULL CHECK (convention IN ('vi', 'en')),
  period_key TEXT,
  modality TEXT NOT NULL CHECK (modality IN ('actual', 'forecast', 'target')),
  scope TEXT,
  section_path TEXT,
  PRIMARY KEY (directive_id, item_key)
) STRICT;

CREATE TABLE quotes (${ITEM_COLUMNS}
  type TEXT NOT NULL CHECK (type IN ('slogan', 'theme', 'phrase')),
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  section_path TEXT,
  PRIMARY KEY (directive_id, item_key)
) STRICT;

CREATE TABLE citations (${CITATION_COLUMNS}) STRICT;
CREATE TABLE implements (${CITATION_COLUMNS}) STRICT;

CREATE TABLE sections (${ITEM_COLUMNS}
  path TEXT NOT NULL,
  heading TEXT NOT NULL,
  depth INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  heading_start INTEGER NOT NULL,
  heading_end INTEGER NOT NULL,
  PRIMARY KEY (directive_id, item_key)
) STRICT;

CREATE TABLE themes (${ITEM_COLUMNS}
  path TEXT NOT NULL,
  heading TEXT NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (directive_id, item_key)
) STRICT;

-- What people changed, in order. Replayed on top of every new version of the document, so a
-- lead's corrections outlive re-imports. Values are JSON.
CREATE TABLE edits (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('directive', 'figure', 'quote', 'reference', 'implements', 'theme')),
  item_key TEXT,
  action TEXT NOT NULL CHECK (action IN ('update', 'add', 'delete')),
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  author TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX edits_directive ON edits (directive_id, seq);

-- Facts about the database itself, such as when the sample library was seeded.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Search over number, title, issuer and text. The tokenizer drops diacritics; đ/Đ, which
-- Unicode does not treat as d with a mark, is folded to d before indexing and in queries.
CREATE VIRTUAL TABLE directives_fts USING fts5(
  directive_id UNINDEXED,
  number,
  title,
  issuer,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);
`,
  },
  articlesMigration,
];
