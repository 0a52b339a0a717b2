import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type { EventFilter, EventRecord, Store, StoreStats } from './store.js';
export { ftsQuery } from './sqlite.js';

export const DEFAULT_DB = './paraat.db';

export function openStore(path: string): Store {
  return new SqliteStore(path);
}
