// Copies the benchmark's SQLite tables into a migrated PostgreSQL store in large batches
// (INSERT ... SELECT FROM unnest of one array per column), so both stores hold the same events.
import Database from 'better-sqlite3';
import type { Sql } from '../src/store/index.js';

const TABLES: [string, [string, string][]][] = [
  ['articles', [['id', 'text'], ['external_id', 'text'], ['source', 'text'], ['url', 'text'], ['title', 'text'], ['text', 'text'], ['date', 'text'], ['lang', 'text'], ['origin', 'text'], ['ingested_at', 'text']]],
  ['events', [['id', 'bigint'], ['article_id', 'text'], ['seq', 'integer'], ['type', 'text'], ['mode', 'text'], ['cameo', 'text'], ['goldstein', 'float8'], ['quad_class', 'integer'], ['modality', 'text'], ['date', 'text'], ['place', 'text'], ['confidence', 'float8'], ['evidence_start', 'integer'], ['evidence_end', 'integer'], ['trigger_start', 'integer'], ['trigger_end', 'integer'], ['trigger_text', 'text'], ['sentence', 'text'], ['record', 'text']]],
  ['event_actors', [['event_id', 'bigint'], ['role', 'text'], ['code', 'text'], ['sector', 'text'], ['kind', 'text'], ['name', 'text'], ['kb_id', 'text']]],
];

const BATCH = 20_000;

export async function copyToPostgres(sqlitePath: string, sql: Sql): Promise<void> {
  const db = new Database(sqlitePath, { readonly: true });
  try {
    for (const [table, columns] of TABLES) {
      const names = columns.map(([name]) => name);
      const insert = `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${columns.map(([, type]) => `CAST(? AS ${type}[])`).join(', ')})`;
      let rows: unknown[][] = [];
      const flush = async () => {
        if (rows.length === 0) return;
        await sql.run(insert, names.map((_, c) => rows.map((r) => r[c])));
        rows = [];
      };
      for (const row of db.prepare(`SELECT ${names.join(', ')} FROM ${table}`).raw().iterate()) {
        rows.push(row as unknown[]);
        if (rows.length >= BATCH) await flush();
      }
      await flush();
    }
    await sql.exec(`SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events)); ANALYZE;`);
  } finally {
    db.close();
  }
}
