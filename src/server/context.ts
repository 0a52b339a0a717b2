import type Database from 'better-sqlite3';
import type { Article, Mention } from '../document/index.js';
import type { ArticleLimits } from '../ingest/index.js';

export interface IngestResult {
  stored: number;
  already_stored: number;
  articles: { id: string; events: number; stored: boolean }[];
  warnings: string[];
}

/** What the routes share: the database, the write token, and the way articles are ingested. */
export interface ServerContext {
  db: Database.Database;
  token: string | null;
  limits: ArticleLimits;
  ingest(articles: Article[]): Promise<IngestResult>;
  /** The actors named in an article, found again by the pipeline: mention offsets are not stored. */
  mentions(article: Article): Mention[];
}
