import type { ActorRef, Document, Event, Quote } from '../document/index.js';
import type { Sql } from './sql.js';

/** One filter for every reader of events: the CLI, the API, export and analytics. */
export interface EventFilter {
  actor?: string;
  recipient?: string;
  /** Events between the two codes, in either direction. */
  dyad?: [string, string];
  type?: string;
  quad?: number;
  lang?: string;
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD): an event counts when its period overlaps [since, until]. */
  since?: string;
  until?: string;
  /** Words to find in the article text (accent-insensitive, all words must occur). */
  text?: string;
  /** At most this many events (default 10,000); null for all of them. */
  limit?: number | null;
}

/** A page of events, newest stored first: `cursor` is the id of the last event of the previous page. */
export type PageFilter = Omit<EventFilter, 'limit'> & { cursor?: number; limit: number };

/** Where a stored event was found: its database id, sentence and article. */
export interface EventSource {
  id: number;
  article_id: string;
  sentence: string;
  lang: string;
  source: string | null;
  url: string | null;
  title: string | null;
  article_date: string | null;
}

/** An event as stored: the EVAL.md event object plus where it was found. */
export type EventRecord = Event & EventSource;

export interface ArticleInfo {
  id: string;
  external_id: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  lang: string;
}

/** An actor named in an article: where, who, and which knowledge-base rule resolved it. */
export interface StoredMention {
  start: number;
  end: number;
  actor: ActorRef;
  rule: string;
}

export type StoredQuote = Quote & { article_id: string };

export interface StoreStats {
  articles: number;
  events: number;
}

/** Called inside the saving transaction with the ids of the articles that were new. */
export type SavedListener = (tx: Sql, articleIds: string[]) => Promise<void>;

/**
 * What every storage back end provides, over one connection (or pool) per process. `sql` is that
 * connection, for the read queries of the API and the analytics.
 */
export interface Store {
  readonly sql: Sql;
  /** Where the data is, for messages (a file path, or a URL without its password). */
  readonly location: string;
  hasArticle(id: string): Promise<boolean>;
  /** Stores documents (article, events, quotes, mentions) in one transaction; returns the ids of the articles that were new. */
  saveDocuments(docs: Document[]): Promise<string[]>;
  /** Listens for stored articles; listeners run in the same transaction, so they commit together. */
  onSaved(listener: SavedListener): void;
  /** Events by date, oldest first (undated last). */
  queryEvents(filter: EventFilter): Promise<EventRecord[]>;
  /** One page of events, newest stored first, and the cursor for the next page (null at the end). */
  pageEvents(filter: PageFilter): Promise<{ events: EventRecord[]; next_cursor: number | null }>;
  getEvent(id: number): Promise<EventRecord | null>;
  articleEvents(articleId: string): Promise<EventRecord[]>;
  article(id: string): Promise<(ArticleInfo & { text: string }) | null>;
  /** The quotes of these articles, in text order, each with its article id. */
  quotesOf(articleIds: string[]): Promise<StoredQuote[]>;
  mentionsOf(articleId: string): Promise<StoredMention[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
