/**
 * SQLite schema migrations, applied in order; PRAGMA user_version records how many have run.
 * Never edit a migration that has shipped: add a new one. PostgreSQL has its own (postgres-schema.ts).
 */
export const SQLITE_MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    external_id TEXT,
    source TEXT,
    url TEXT,
    title TEXT,
    text TEXT NOT NULL,
    date TEXT,
    lang TEXT NOT NULL,
    origin TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_date ON articles(date);
  CREATE INDEX articles_lang ON articles(lang);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    goldstein REAL,
    quad_class INTEGER,
    modality TEXT NOT NULL,
    date TEXT,
    place TEXT,
    confidence REAL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (article_id, seq)
  );
  CREATE INDEX events_type_date ON events(type, date);
  CREATE INDEX events_date ON events(date);

  CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'reported_by')),
    code TEXT NOT NULL,
    sector TEXT,
    kind TEXT NOT NULL,
    name TEXT,
    kb_id TEXT
  );
  CREATE INDEX event_actors_code ON event_actors(role, code, event_id);
  CREATE INDEX event_actors_event ON event_actors(event_id);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker_code TEXT,
    speaker_text TEXT,
    record TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  `,
  // Escalation analytics (src/analytics): one row per event and country-level dyad, daily dyad aggregates
  // (directed = 1: source acted on target; directed = 0: the unordered pair, source < target), and alerts.
  `
  CREATE TABLE event_dyads (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    day TEXT NOT NULL,
    article_id TEXT NOT NULL,
    type TEXT NOT NULL,
    quad_class INTEGER,
    goldstein REAL NOT NULL,
    PRIMARY KEY (source, target, day, event_id)
  ) WITHOUT ROWID;
  CREATE INDEX event_dyads_event ON event_dyads(event_id);

  CREATE TABLE dyad_day (
    directed INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    day TEXT NOT NULL,
    events INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    q1 INTEGER NOT NULL,
    q2 INTEGER NOT NULL,
    q3 INTEGER NOT NULL,
    q4 INTEGER NOT NULL,
    types TEXT NOT NULL,
    goldstein_sum REAL NOT NULL,
    goldstein_mean REAL NOT NULL,
    score REAL NOT NULL,
    conflict REAL NOT NULL,
    PRIMARY KEY (directed, source, target, day)
  ) WITHOUT ROWID;
  CREATE INDEX dyad_day_day ON dyad_day(directed, day);

  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    day TEXT NOT NULL,
    intensity REAL NOT NULL,
    baseline_median REAL NOT NULL,
    baseline_mad REAL NOT NULL,
    z REAL NOT NULL,
    articles INTEGER NOT NULL,
    events INTEGER NOT NULL,
    UNIQUE (source, target, day)
  );
  CREATE INDEX alerts_day ON alerts(day);

  CREATE TABLE alert_events (
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (alert_id, event_id)
  ) WITHOUT ROWID;
  `,
  // Analytics: a covering index for sums over a period (top dyads, the network), in place of the
  // day index, so a period's rows are read from the index alone.
  `
  DROP INDEX dyad_day_day;
  CREATE INDEX dyad_day_window ON dyad_day(directed, day, source, target, events, articles, score, conflict);
  `,
  // Events by QuadClass and type: an impossible or rare combination is then answered from the index.
  `
  CREATE INDEX events_quad_type ON events(quad_class, type);
  `,
  // The actors an article names, with their spans and the rule that resolved them, so the article
  // view reads them instead of running the pipeline again. The full-text index follows the articles
  // by trigger, so every store inserts an article the same way.
  `
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
  END;

  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    sector TEXT,
    name TEXT NOT NULL,
    kb_id TEXT,
    rule TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id, start);
  `,
];
