import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type { EventFilter, EventRecord, Store, StoreStats } from './store.js';
export { ftsQuery } from './sqlite.js';

export const DEFAULT_DB = './paraat.db';

/** The database path: --db, else $PARAAT_DB, else ./paraat.db. */
export function databasePath(option?: string): string {
  return option || process.env.PARAAT_DB || DEFAULT_DB;
}

export function openStore(path: string): Store {
  return new SqliteStore(path);
}
