import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './schema.js';
import type { Sql } from './sql.js';
import { SQLITE } from './sql.js';

/**
 * The embedded driver: one SQLite file in WAL mode. better-sqlite3 is synchronous; its answers are
 * wrapped in promises so that the core reads the same for a server database. Statements are
 * prepared once per connection.
 */
export class SqliteSql implements Sql {
  readonly dialect = SQLITE;
  readonly db: Database.Database;
  private statements = new Map<string, Database.Statement>();
  /**
   * Transactions wait for the one before: the connection is shared by the whole process, and a
   * caller that is not inside a transaction must not end up in another's.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    // The version is read under the write lock: of two processes opening a new file at once, one
    // migrates and the other then finds the schema up to date.
    this.db.transaction(() => {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > SQLITE_MIGRATIONS.length) {
        throw new Error(`database schema version ${version} is newer than this Paraat (${SQLITE_MIGRATIONS.length}); upgrade Paraat`);
      }
      for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
        this.db.exec(SQLITE_MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return this.statement(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return this.statement(sql).run(...params).changes;
  }

  async exec(script: string): Promise<void> {
    this.db.exec(script);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const value = await fn(new JoinedTransaction(this));
        this.db.exec('COMMIT');
        return value;
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** The open transaction as its function sees it: a nested transaction joins it. */
class JoinedTransaction implements Sql {
  readonly dialect = SQLITE;

  constructor(private readonly connection: SqliteSql) {}

  all<T>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.connection.all<T>(sql, params);
  }

  get<T>(sql: string, params?: unknown[]): Promise<T | undefined> {
    return this.connection.get<T>(sql, params);
  }

  run(sql: string, params?: unknown[]): Promise<number> {
    return this.connection.run(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.connection.exec(script);
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    return fn(this);
  }

  close(): Promise<void> {
    throw new Error('a transaction cannot close its connection');
  }
}
