import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { SQLITE_MIGRATIONS } from '../../src/store/schema.js';
import { sampleDocuments } from './documents.js';

describe('SQLite adapter', () => {
  it('uses WAL, records the schema version and indexes article text by trigger', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'paraat-sqlite-')), 'test.db');
    const store = await openStore(path);
    await store.saveDocuments(sampleDocuments());
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    expect(db.prepare(`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH '"valt"'`).get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a database from a newer Paraat', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'paraat-sqlite-')), 'new.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    db.close();
    await expect(openStore(path)).rejects.toThrow(`is newer than this Paraat (${SQLITE_MIGRATIONS.length})`);
  });
});
