import { SqlStore } from './core.js';
import { SqliteSql } from './sqlite.js';
import { isServerDatabase } from './location.js';
import type { Store } from './store.js';

export { isServerDatabase, shownLocation } from './location.js';

export type { ArticleInfo, EventFilter, EventRecord, PageFilter, SavedListener, Store, StoredMention, StoredQuote, StoreStats } from './store.js';
export type { Dialect, Sql } from './sql.js';
export { ftsQuery } from './sql.js';

export const DEFAULT_DB = './paraat.db';


/** Opens the store at a SQLite path or a PostgreSQL URL, with its migrations applied. */
export async function openStore(location: string): Promise<Store> {
  if (isServerDatabase(location)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(location);
  }
  return new SqlStore(new SqliteSql(location), location);
}
