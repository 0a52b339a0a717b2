import Database from 'better-sqlite3';
import { openStore } from '../store/index.js';

/**
 * Opens a database for analytics and read queries. The store is opened first so that its
 * migrations (the analytics tables among them) have run.
 */
export async function openDatabase(path: string, options: { readonly?: boolean } = {}): Promise<Database.Database> {
  await openStore(path).close();
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
