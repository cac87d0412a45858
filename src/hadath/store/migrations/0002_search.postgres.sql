-- Full-text search, PostgreSQL: a tsvector of the terms the store computes with the
-- project's Arabic normalization and clitic segmentation (hadath.store.search), with the
-- 'simple' configuration (no stemming or stop words of its own) and a GIN index.
-- The column is generated, so it can never disagree with the terms.

ALTER TABLE articles ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

ALTER TABLE events ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED;
CREATE INDEX events_search ON events USING GIN (search);
