import type { Article } from '../document/index.js';
import type { Store } from '../store/index.js';

export interface IngestResult {
  stored: number;
  already_stored: number;
  articles: { id: string; events: number; stored: boolean }[];
}

/** What the routes share: the one store of the process, the write token, and the way articles are ingested. */
export interface ServerContext {
  store: Store;
  token: string | null;
  ingest(articles: Article[]): Promise<IngestResult>;
}
