// What the readers of live sources remember between runs, in the SQLite file of the store but in
// tables of their own (created here, outside the store's migrations): each watched feed's
// validators and health, the items already taken from each feed, and the keys (canonical URL,
// normalised text) of every stored article, so an article met again through another feed or URL
// is not stored twice.
import Database from 'better-sqlite3';

const TABLES = `
  CREATE TABLE IF NOT EXISTS feed_state (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_poll TEXT,
    last_success TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll TEXT,
    items INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS feed_items (
    feed TEXT NOT NULL,
    item TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, item)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS article_keys (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL
  ) WITHOUT ROWID;
`;

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO timestamps. */
  lastPoll: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  /** Failed polls since the last success. */
  failures: number;
  nextPoll: string | null;
  /** Articles stored from this feed, over all runs. */
  items: number;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_poll: string | null;
  last_success: string | null;
  last_error: string | null;
  failures: number;
  next_poll: string | null;
  items: number;
}

function fromRow(r: FeedRow): FeedState {
  return {
    url: r.url,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPoll: r.last_poll,
    lastSuccess: r.last_success,
    lastError: r.last_error,
    failures: r.failures,
    nextPoll: r.next_poll,
    items: r.items,
  };
}

/** The watched feeds' state in a database, by URL; none when no watcher has run on it. */
export function readFeedStates(db: Database.Database): FeedState[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feed_state'").get();
  return exists ? (db.prepare('SELECT * FROM feed_state ORDER BY url').all() as FeedRow[]).map(fromRow) : [];
}

export function newFeedState(url: string): FeedState {
  return { url, etag: null, lastModified: null, lastPoll: null, lastSuccess: null, lastError: null, failures: 0, nextPoll: null, items: 0 };
}

export class SourceState {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(TABLES);
  }

  feed(url: string): FeedState | null {
    const row = this.db.prepare('SELECT * FROM feed_state WHERE url = ?').get(url) as FeedRow | undefined;
    return row ? fromRow(row) : null;
  }

  feeds(): FeedState[] {
    return readFeedStates(this.db);
  }

  saveFeed(s: FeedState): void {
    this.db
      .prepare(
        `INSERT INTO feed_state (url, etag, last_modified, last_poll, last_success, last_error, failures, next_poll, items)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll,
           last_success = excluded.last_success, last_error = excluded.last_error, failures = excluded.failures,
           next_poll = excluded.next_poll, items = excluded.items`,
      )
      .run(s.url, s.etag, s.lastModified, s.lastPoll, s.lastSuccess, s.lastError, s.failures, s.nextPoll, s.items);
  }

  hasItem(feed: string, item: string): boolean {
    return this.db.prepare('SELECT 1 FROM feed_items WHERE feed = ? AND item = ?').get(feed, item) !== undefined;
  }

  markItem(feed: string, item: string): void {
    this.db.prepare('INSERT OR IGNORE INTO feed_items (feed, item, seen_at) VALUES (?, ?, ?)').run(feed, item, new Date().toISOString());
  }

  /** The id of a stored article that has one of these keys, or null. */
  articleWithKey(keys: string[]): string | null {
    const find = this.db.prepare('SELECT article_id FROM article_keys WHERE key = ?');
    for (const key of keys) {
      const row = find.get(key) as { article_id: string } | undefined;
      if (row) return row.article_id;
    }
    return null;
  }

  rememberArticle(articleId: string, keys: string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO article_keys (key, article_id) VALUES (?, ?)');
    this.db.transaction(() => keys.forEach((k) => insert.run(k, articleId)))();
  }

  close(): void {
    this.db.close();
  }
}
