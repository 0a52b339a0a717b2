import type { Article } from '../document/index.js';
import type { ArticleLimits } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { FeedState } from '../store/source-state.js';

export interface IngestResult {
  stored: number;
  already_stored: number;
  articles: { id: string; events: number; stored: boolean }[];
  warnings: string[];
}

/** What the routes share: the one store of the process, the write token, and the way articles are ingested. */
export interface ServerContext {
  store: Store;
  token: string | null;
  limits: ArticleLimits;
  ingest(articles: Article[]): Promise<IngestResult>;
  /** The watched feeds' state (none on a server database: the watcher keeps it beside a SQLite file). */
  feeds(): FeedState[];
}
