-- Marsad store schema. Plain SQL that runs unchanged on H2 (2.x) and PostgreSQL (13+).
-- The analysis JSON (marsad/analysis@1) is the record of truth; the other tables are derived from it
-- for filtering and joining.

CREATE TABLE stories (
    id              VARCHAR(64) PRIMARY KEY,
    title           VARCHAR(2000),
    first_published DATE,
    last_published  DATE,
    doc_count       INTEGER NOT NULL
);

CREATE TABLE documents (
    id            VARCHAR(64) PRIMARY KEY,
    title         VARCHAR(2000),
    published     VARCHAR(40),
    published_day DATE,
    url           VARCHAR(2000),
    source_path   VARCHAR(2000),
    language      VARCHAR(16),
    simhash       BIGINT NOT NULL,
    minhash       VARCHAR(2000) NOT NULL,
    story_id      VARCHAR(64) NOT NULL,
    duplicate_of  VARCHAR(64),
    analysis      TEXT NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);
CREATE INDEX documents_story ON documents (story_id);
CREATE INDEX documents_day ON documents (published_day);

CREATE TABLE entities (
    id      VARCHAR(80) PRIMARY KEY,
    kb      VARCHAR(200),
    type    VARCHAR(8) NOT NULL,
    name    VARCHAR(500) NOT NULL,
    name_en VARCHAR(500),
    country VARCHAR(8),
    lat     DOUBLE PRECISION,
    lon     DOUBLE PRECISION
);

-- every normalized name an entity was seen under (canonical name, English name, mention texts)
CREATE TABLE entity_names (
    entity_id VARCHAR(80) NOT NULL,
    name_norm VARCHAR(500) NOT NULL,
    PRIMARY KEY (entity_id, name_norm)
);
CREATE INDEX entity_names_name ON entity_names (name_norm);

-- the entities of one document: local_id is the entity id inside that document's analysis
CREATE TABLE doc_entities (
    doc_id    VARCHAR(64) NOT NULL,
    local_id  VARCHAR(80) NOT NULL,
    entity_id VARCHAR(80) NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

CREATE TABLE mentions (
    doc_id       VARCHAR(64) NOT NULL,
    entity_id    VARCHAR(80) NOT NULL,
    seq          INTEGER NOT NULL,
    text         VARCHAR(500) NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    field        VARCHAR(8) NOT NULL,
    PRIMARY KEY (doc_id, entity_id, seq)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- one merged event: the same type, actor and location within a day of each other, over all reports
CREATE TABLE merged_events (
    id           VARCHAR(160) PRIMARY KEY,
    plover       VARCHAR(40) NOT NULL,
    actor_id     VARCHAR(80),
    target_id    VARCHAR(80),
    location_id  VARCHAR(80),
    event_day    DATE NOT NULL,
    country      VARCHAR(8),
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    report_count INTEGER NOT NULL
);
CREATE INDEX merged_events_day ON merged_events (event_day);

-- one event as one document reported it
CREATE TABLE events (
    doc_id      VARCHAR(64) NOT NULL,
    event_id    VARCHAR(80) NOT NULL,
    merged_id   VARCHAR(160),
    plover      VARCHAR(40) NOT NULL,
    event_day   DATE,
    actor_id    VARCHAR(80),
    target_id   VARCHAR(80),
    location_id VARCHAR(80),
    country     VARCHAR(8),
    source      VARCHAR(2000),
    PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX events_merged ON events (merged_id);
CREATE INDEX events_day ON events (event_day);
