import type { Document, Event, Quote } from '../document/index.js';

export interface EventFilter {
  actor?: string;
  recipient?: string;
  type?: string;
  /** Partial dates: an event counts when its period overlaps [since, until]. */
  since?: string;
  until?: string;
  lang?: string;
  /** Words to find in the article text (accent-insensitive, all words must occur). */
  text?: string;
  /** At most this many events (default 10,000); null for all of them. */
  limit?: number | null;
}

/** An event as stored: the EVAL.md event object plus its database id, article and sentence. */
export type EventRecord = Event & {
  id: number;
  article_id: string;
  sentence: string;
  /** The article's URL, or its source name when it has no URL. */
  source_url: string | null;
  article_title: string | null;
  article_lang: string;
};

export interface StoreStats {
  articles: number;
  events: number;
}

/**
 * What every storage back end provides. Methods are async so that a server database fits the same
 * interface as the embedded one.
 */
export interface Store {
  hasArticle(id: string): Promise<boolean>;
  /** Stores documents (article, events, quotes) in one transaction; returns the ids of the articles that were new. */
  saveDocuments(docs: Document[]): Promise<string[]>;
  queryEvents(filter: EventFilter): Promise<EventRecord[]>;
  /** The quotes of these articles, in text order, each with its article id. */
  quotesOf(articleIds: string[]): Promise<(Quote & { article_id: string })[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
