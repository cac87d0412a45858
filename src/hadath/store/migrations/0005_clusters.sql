-- Version 5: one event, many sources (hadath.dedup decides; the store keeps the result).

-- Near-duplicate articles: one agency copy republished by several outlets. Each article
-- keeps its MinHash signature, its number of shingles and its LSH band keys (for finding
-- candidates by index), and points at the earliest stored article it copies (NULL: none),
-- with how much of the shorter text the two share (copy_similarity).
ALTER TABLE articles ADD COLUMN minhash TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN copy_of INTEGER;
ALTER TABLE articles ADD COLUMN copy_similarity REAL;
CREATE TABLE article_bands (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    band       TEXT NOT NULL
);
CREATE INDEX article_bands_band ON article_bands (band);
CREATE INDEX article_bands_article ON article_bands (article_id);
CREATE INDEX articles_copy_of ON articles (copy_of);

-- Canonical events. Every stored event is a mention of exactly one cluster; the cluster
-- row summarizes its mentions and is recomputed whenever a mention joins or leaves.
CREATE TABLE clusters (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type    TEXT NOT NULL,
    date          TEXT,                       -- the earliest mention's date
    date_last     TEXT,                       -- the latest mention's date
    place_name    TEXT,
    place_country TEXT,
    place_lat     REAL,
    place_lon     REAL,
    actor         TEXT NOT NULL DEFAULT '',   -- '|a|b|' casefolded: every mention's actors
    recipient     TEXT NOT NULL DEFAULT '',
    mentions      INTEGER NOT NULL DEFAULT 0,
    articles      INTEGER NOT NULL DEFAULT 0,
    sources       INTEGER NOT NULL DEFAULT 0, -- independent sources: outlets, copies folded
    confidence    REAL NOT NULL DEFAULT 0,    -- the best mention's
    first_event   INTEGER                     -- the founding mention, the cluster's face
);
CREATE INDEX clusters_date ON clusters (date);
CREATE INDEX clusters_type ON clusters (event_type, date);
CREATE INDEX clusters_sources ON clusters (sources);

-- cluster_link: JSON saying why the mention joined its cluster (NULL for a founder).
-- clause_vector: the event clause as the text similarity compares it (hadath.dedup.text);
-- clause_terms: the clause's content stems, which decide whether two mentions are compared.
ALTER TABLE events ADD COLUMN cluster_id INTEGER;
ALTER TABLE events ADD COLUMN cluster_link TEXT;
ALTER TABLE events ADD COLUMN clause_vector TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN clause_terms TEXT NOT NULL DEFAULT '';
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_type_date ON events (event_type, date);

-- What decides which earlier mentions a new one is compared with, by index: for every
-- day-precise mention, its named participants (p:), its town or finer place (l:) and the
-- longest stems of its clause (w:). Bounded by type and day, so a look-up costs the same
-- in a store of a thousand articles or of millions.
CREATE TABLE event_keys (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    day        TEXT NOT NULL,
    key        TEXT NOT NULL
);
CREATE INDEX event_keys_lookup ON event_keys (event_type, key, day);
CREATE INDEX event_keys_event ON event_keys (event_id);
