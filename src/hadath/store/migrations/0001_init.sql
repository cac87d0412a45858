-- Hadath event store, version 1.
-- One row per article; every event, quote and entity row belongs to one article and goes
-- with it (ON DELETE CASCADE), so replacing an article is one delete and one insert.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id       TEXT NOT NULL,
    url          TEXT,                      -- NULL when the source gave none
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the text: the natural key
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    published    TEXT,                      -- ISO 8601 date or datetime
    source       TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    meta         TEXT NOT NULL DEFAULT '{}', -- JSON: ingest provenance
    ingested_at  TEXT NOT NULL,
    data_hash    TEXT NOT NULL DEFAULT ''    -- hash of the knowledge that coded it
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,    -- order of the event in its article
    sentence           TEXT NOT NULL DEFAULT '',
    sentence_start     INTEGER NOT NULL,
    sentence_end       INTEGER NOT NULL,
    trigger            TEXT NOT NULL DEFAULT '',
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    event_type         TEXT NOT NULL,
    cameo              TEXT NOT NULL DEFAULT '',
    mode               TEXT NOT NULL DEFAULT '',
    modality           TEXT NOT NULL DEFAULT 'asserted',
    quad_class         INTEGER NOT NULL DEFAULT 0,
    confidence         REAL NOT NULL DEFAULT 0,
    rule               TEXT NOT NULL DEFAULT '',
    date               TEXT,                -- YYYY-MM-DD
    date_text          TEXT,
    date_start         INTEGER,
    date_end           INTEGER,
    location           TEXT,                -- JSON of the Place, NULL when none
    place_name         TEXT,
    place_country      TEXT,
    place_lat          REAL,
    place_lon          REAL,
    place_precision    TEXT,
    actor              TEXT NOT NULL DEFAULT '[]',  -- JSON list of Actor
    recipient          TEXT NOT NULL DEFAULT '[]',
    actor_entities     TEXT NOT NULL DEFAULT '',    -- '|a|b|', casefolded, for LIKE filters
    recipient_entities TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX events_place_name ON events (place_name);

-- One row per actor or recipient of an event, for indexed "events involving X" queries.
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    entity   TEXT NOT NULL DEFAULT '',
    country  TEXT NOT NULL DEFAULT '',
    sector   TEXT NOT NULL DEFAULT '',
    kb_id    TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL DEFAULT '',
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_entity ON event_actors (entity, role);
CREATE INDEX event_actors_country ON event_actors (country, role);
CREATE INDEX event_actors_kb_id ON event_actors (kb_id);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    speaker        TEXT,                    -- JSON of the Actor, NULL when unknown
    speaker_entity TEXT NOT NULL DEFAULT '',
    cue            TEXT NOT NULL DEFAULT '',
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    content        TEXT NOT NULL DEFAULT '',
    content_start  INTEGER NOT NULL,
    content_end    INTEGER NOT NULL,
    direct         INTEGER NOT NULL DEFAULT 0,
    sentence_start INTEGER NOT NULL DEFAULT -1,
    sentence_end   INTEGER NOT NULL DEFAULT -1,
    rule           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);

-- Distinct named mentions of an article (the gold ENTITY shape), first occurrence kept.
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    entity     TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT 'actor',
    start      INTEGER NOT NULL DEFAULT -1,
    "end"      INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_entity ON entities (entity);

CREATE TABLE runs (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    started   TEXT NOT NULL,
    finished  TEXT,
    inputs    TEXT NOT NULL DEFAULT '[]',   -- JSON list of the input arguments
    data_hash TEXT NOT NULL DEFAULT '',
    counts    TEXT NOT NULL DEFAULT '{}'    -- JSON of the run summary
);
