-- Sitrep's incident store. Portable SQL: the same migration runs on SQLite and PostgreSQL.
-- Ids are assigned by the single writer as MAX(id) + 1 inside its transaction, so an interrupted
-- and resumed ingest gives the same ids as an uninterrupted one on either database.

CREATE TABLE article (
  id BIGINT PRIMARY KEY,
  article_key TEXT NOT NULL UNIQUE,        -- the URL, else 'sha256:' of the normalised text
  ref TEXT NOT NULL,                       -- the article's own id (record id, file name)
  url TEXT,
  title TEXT,
  source TEXT,
  published TEXT,
  current_revision BIGINT NOT NULL
);

CREATE TABLE revision (
  id BIGINT PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES article (id),
  number INTEGER NOT NULL,
  text_hash TEXT NOT NULL,                 -- sha256 of the normalised text
  body TEXT NOT NULL,                      -- the text as read
  extraction TEXT NOT NULL,                -- the ExtractionResult as JSON
  pipeline TEXT NOT NULL,
  run_id BIGINT,
  UNIQUE (article_id, text_hash)
);
CREATE INDEX revision_text_hash ON revision (text_hash);

CREATE TABLE incident (
  id BIGINT PRIMARY KEY,
  type TEXT,
  event_type TEXT,
  date_lo BIGINT,                          -- epoch days of the incident's date window
  date_hi BIGINT,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  actors TEXT NOT NULL,                    -- lower-cased actor names, for --actor
  grade TEXT NOT NULL,
  sources INTEGER NOT NULL,
  body TEXT NOT NULL                       -- the Incident as JSON
);
CREATE INDEX incident_date ON incident (date_lo);

CREATE TABLE mention (
  id BIGINT PRIMARY KEY,
  revision_id BIGINT NOT NULL REFERENCES revision (id),
  article_id BIGINT NOT NULL REFERENCES article (id),
  ordinal INTEGER NOT NULL,                -- the event's rank in its article (0 = main event)
  current INTEGER NOT NULL,                -- 1 while its revision is the article's current one
  incident_id BIGINT,                      -- null when the mention is not linkable
  family TEXT NOT NULL,                    -- LinkFeatures
  mode TEXT NOT NULL,
  date_lo BIGINT,
  date_hi BIGINT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  country TEXT,
  admin1 TEXT,
  place_precision TEXT NOT NULL,
  actors TEXT NOT NULL,
  event TEXT NOT NULL                      -- the EventMention as JSON
);
CREATE INDEX mention_link ON mention (family, date_lo);
CREATE INDEX mention_incident ON mention (incident_id);
CREATE INDEX mention_revision ON mention (revision_id);

CREATE TABLE ingest_run (
  id BIGINT PRIMARY KEY,
  sources TEXT NOT NULL,
  total INTEGER,
  processed INTEGER NOT NULL,
  stored INTEGER NOT NULL,
  revised INTEGER NOT NULL,
  unchanged INTEGER NOT NULL,
  failed INTEGER NOT NULL,
  finished INTEGER NOT NULL
);

CREATE TABLE failure (
  id BIGINT PRIMARY KEY,
  run_id BIGINT,
  ref TEXT NOT NULL,
  stage TEXT NOT NULL,                     -- read or extract
  reason TEXT NOT NULL
);
