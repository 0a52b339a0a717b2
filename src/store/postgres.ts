import pg from 'pg';
import { readTable, lexiconPath } from '../nlp/lexicon.js';
import { SUPPORTED_LANGUAGES } from '../nlp/language.js';
import { SqlStore } from './core.js';
import { shownLocation } from './location.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';
import type { Sql } from './sql.js';
import { POSTGRES } from './sql.js';

// Counts (bigint) and averages (numeric) come back as numbers, as they do from SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** The core writes `?` placeholders; PostgreSQL numbers them. The core's SQL has no `?` in literals. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

class PostgresSql implements Sql {
  readonly dialect = POSTGRES;

  constructor(
    private readonly db: Queryable,
    private readonly pool: pg.Pool,
    private readonly inTransaction: boolean,
  ) {}

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(numbered(sql), params)).rows as T[];
  }

  async get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.db.query(numbered(sql), params)).rowCount ?? 0;
  }

  async exec(script: string): Promise<void> {
    await this.db.query(script);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(new PostgresSql(client, this.pool, true));
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Text-search configurations per language, from lexicons/<lang>/text-search.tsv. */
function searchConfigs(): [string, string][] {
  return SUPPORTED_LANGUAGES.map((lang) => {
    const row = readTable(lexiconPath(lang, 'text-search.tsv')).find((r) => r.cells[0] === 'postgres-config');
    if (!row) throw new Error(`${lexiconPath(lang, 'text-search.tsv')}: no postgres-config line`);
    return [lang, row.cells[1]];
  });
}

async function migrate(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    // Several workers may start at once: one migrates, the others wait and find it done.
    await tx.exec('SELECT pg_advisory_xact_lock(7244011)');
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL)');
    const row = await tx.get<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const version = row?.version ?? 0;
    if (version > POSTGRES_MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this Paraat (${POSTGRES_MIGRATIONS.length}); upgrade Paraat`);
    }
    for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) {
      await tx.exec(POSTGRES_MIGRATIONS[v]);
      await tx.run('INSERT INTO schema_migrations (version) VALUES (?)', [v + 1]);
    }
    for (const [lang, config] of searchConfigs()) {
      await tx.run('INSERT INTO search_configs (lang, config) VALUES (?, CAST(? AS regconfig)) ON CONFLICT (lang) DO UPDATE SET config = excluded.config', [lang, config]);
    }
  });
}

/** Seconds to wait for the server before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * Paraat's queries walk an index and stop at a page, or touch one article's rows: a parallel plan
 * starts workers and gathers their rows for each, which on a few cores shared with the extraction
 * workers costs more than it saves (a page of an actor pair's events took 340 ms with two parallel
 * workers and 20 ms without them).
 */
const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0';

/** Connects to PostgreSQL (one pool per process) and brings its schema up to date. */
export async function openPostgres(url: string): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, options: SESSION_OPTIONS });
  // An idle connection the server drops is replaced on the next query, not a crash.
  pool.on('error', () => undefined);
  const sql = new PostgresSql(pool, pool, false);
  try {
    await migrate(sql);
  } catch (err) {
    await pool.end().catch(() => undefined);
    const reason = (err as Error).message || (err as { code?: string }).code || String(err);
    throw new Error(`cannot use the PostgreSQL database ${shownLocation(url)}: ${reason}`);
  }
  return new SqlStore(sql, shownLocation(url));
}
