"""The database schema, as numbered migrations applied in order (PRAGMA user_version).

A migration is never edited once released: a change to the schema is a new entry at the
end of MIGRATIONS. Each fact table keeps the record's full JSON in `data` (so exports give
back exactly what extraction wrote, extra fields included) beside typed, indexed columns
that queries filter on.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL DEFAULT 'running',   -- running | done | failed | interrupted
        pid INTEGER,
        inputs TEXT NOT NULL DEFAULT '[]',        -- JSON list
        workers INTEGER NOT NULL DEFAULT 1,
        batches INTEGER NOT NULL DEFAULT 0,       -- committed batches
        read INTEGER NOT NULL DEFAULT 0,
        stored INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,    -- same content hash already stored
        near_duplicates INTEGER NOT NULL DEFAULT 0,  -- linked to an earlier copy
        skipped INTEGER NOT NULL DEFAULT 0,
        entities INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        quotes INTEGER NOT NULL DEFAULT 0,
        events INTEGER NOT NULL DEFAULT 0,
        amounts INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE run_errors (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        path TEXT,
        record TEXT,
        reason TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX run_errors_run ON run_errors(run_id);

    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE                 -- the publication, else the input path
    );

    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,                        -- the record's own id
        hash TEXT NOT NULL UNIQUE,                -- content hash of the raw text
        run_id INTEGER REFERENCES runs(id),
        source_id INTEGER REFERENCES sources(id),
        path TEXT,
        format TEXT,
        idx INTEGER,
        url TEXT,
        publication TEXT,
        headline TEXT,
        published TEXT,
        published_not_before TEXT,
        date TEXT,                                -- published, else published_not_before
        author TEXT,
        language TEXT,
        text TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),  -- a near-duplicate's first copy
        similarity REAL,
        minhash BLOB,
        data TEXT NOT NULL DEFAULT '{}'           -- source, paragraphs, dropped, warnings, extra
    );
    CREATE INDEX articles_uid ON articles(uid);
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_dup ON articles(duplicate_of);

    -- MinHash LSH bands: articles sharing a band key are near-duplicate candidates.
    CREATE TABLE minhash_bands (
        key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id)
    );
    CREATE INDEX minhash_bands_key ON minhash_bands(key);

    CREATE TABLE repairs (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        before TEXT,
        after TEXT,
        start INTEGER, end INTEGER, raw_start INTEGER, raw_end INTEGER
    );
    CREATE INDEX repairs_article ON repairs(article_id);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        eid TEXT,                                 -- the record's entity id (per article)
        name TEXT NOT NULL,
        type TEXT,
        country TEXT,
        sector TEXT,
        roles TEXT,                               -- JSON list
        n_mentions INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL
    );
    CREATE INDEX entities_article ON entities(article_id);
    CREATE INDEX entities_name ON entities(name);
    CREATE INDEX entities_country ON entities(country);

    CREATE TABLE mentions (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        article_id INTEGER NOT NULL REFERENCES articles(id),
        text TEXT,
        start INTEGER, end INTEGER, raw_start INTEGER, raw_end INTEGER
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        ord INTEGER NOT NULL,
        kind TEXT,
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_entity TEXT,
        speaker_role TEXT,
        speaker_country TEXT,                     -- from the speaker's entity
        start INTEGER, end INTEGER,               -- first content span
        date TEXT,                                -- the quote's date, else the article's
        venue TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
    CREATE INDEX quotes_country_date ON quotes(speaker_country, date);
    CREATE INDEX quotes_date ON quotes(date);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        ord INTEGER NOT NULL,
        type TEXT,
        mode TEXT,
        cameo TEXT,
        quad INTEGER,
        goldstein REAL,
        source_country TEXT,                      -- first source actor with a country
        target_country TEXT,
        source_name TEXT,
        target_name TEXT,
        trigger TEXT,
        start INTEGER, end INTEGER,               -- the trigger's span
        date TEXT,                                -- the event's date, else the article's
        date_precision TEXT,
        modality TEXT,
        confidence REAL,
        data TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_dyad ON events(source_country, target_country, date, quad, goldstein);
    CREATE INDEX events_target ON events(target_country, date);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX events_date ON events(date);

    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id),
        role TEXT NOT NULL,                       -- source | target
        ord INTEGER NOT NULL,
        name TEXT,
        entity TEXT,
        code TEXT,
        country TEXT,
        sector TEXT,
        text TEXT,
        start INTEGER, end INTEGER, raw_start INTEGER, raw_end INTEGER
    );
    CREATE INDEX event_actors_event ON event_actors(event_id);
    CREATE INDEX event_actors_country ON event_actors(country);

    CREATE TABLE amounts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        ord INTEGER NOT NULL,
        value REAL,
        unit TEXT,
        comparator TEXT,
        object TEXT,
        period TEXT,
        parties TEXT,                             -- JSON list of ISO codes
        text TEXT,
        start INTEGER, end INTEGER,
        data TEXT NOT NULL
    );
    CREATE INDEX amounts_article ON amounts(article_id);
    CREATE INDEX amounts_unit ON amounts(unit);

    -- Full-text search over external content: the text lives once, in articles/quotes.
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, text, content='articles', content_rowid='id'
    );
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id'
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
