-- Full-text search, SQLite: FTS5 indexes over the terms the store computes with the
-- project's Arabic normalization and clitic segmentation (hadath.store.search). The
-- indexes read their text from the tables (external content); triggers keep them in step,
-- so a deleted or replaced article leaves nothing behind in the index.

ALTER TABLE articles ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';

-- unicode61 splits on spaces and punctuation only; the terms are already normalized.
CREATE VIRTUAL TABLE article_search USING fts5 (
    search_terms, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE event_search USING fts5 (
    search_terms, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);

-- Index the rows already there (their terms are empty until the store re-indexes them), so
-- the update triggers below delete exactly what the index holds.
INSERT INTO article_search (article_search) VALUES ('rebuild');
INSERT INTO event_search (event_search) VALUES ('rebuild');

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, search_terms) VALUES (new.id, new.search_terms);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF search_terms ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
    INSERT INTO article_search (rowid, search_terms) VALUES (new.id, new.search_terms);
END;

CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_search (rowid, search_terms) VALUES (new.id, new.search_terms);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT INTO event_search (event_search, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF search_terms ON events BEGIN
    INSERT INTO event_search (event_search, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
    INSERT INTO event_search (rowid, search_terms) VALUES (new.id, new.search_terms);
END;
