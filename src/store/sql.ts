/**
 * What the store core needs of a database driver. The core's SQL is written once, with `?`
 * placeholders, and the few constructs the two databases spell differently come from the dialect.
 */
export interface Sql {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs several statements without parameters. */
  exec(script: string): Promise<void>;
  /** Runs fn in one transaction (inside an open one, fn joins it); commits when fn resolves. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A table's columns to insert, each with its PostgreSQL type (SQLite needs none). */
export interface InsertTable {
  name: string;
  columns: [name: string, type: string][];
}

export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** `expr` is one of a list bound as one parameter (see listParam). */
  inList(expr: string): string;
  listParam(values: readonly (string | number)[]): unknown;
  least(a: string, b: string): string;
  greatest(a: string, b: string): string;
  log2(x: string): string;
  /** A join whose order the planner must keep (SQLite's CROSS JOIN); a plain join elsewhere. */
  orderedJoin: string;
  /** An index hint (SQLite's INDEXED BY); nothing elsewhere. */
  indexedBy(index: string): string;
  /**
   * Joins `table` as `alias` by looking its rows up in `index` for each outer row, whatever the
   * planner estimates (`on` reads the outer row): for the few rows of a save, on tables whose
   * statistics may be far behind their growth.
   */
  lookupJoin(table: string, alias: string, index: string, on: string): string;
  /** The JSON text of an array or object built from grouped rows. */
  jsonArray(expr: string): string;
  jsonObject(key: string, value: string): string;
  /** LIKE without regard to case (SQLite's LIKE is, for ASCII). */
  likeCaseless: string;
  /**
   * A statement that makes concurrent writers of the analytics wait for each other until commit;
   * null where a write transaction already excludes the others (SQLite).
   */
  writersLock: string | null;
  /** Statistics for a freshly filled temporary table, where the planner needs them (nothing in SQLite). */
  analyze(table: string): string;
  /** Text that compares byte by byte, as the stored codes and days do (SQLite's default). */
  bytewise: string;
  /** A keyed temporary table's storage clause. */
  keyedTable: string;
  /** An INSERT of these rows into the table's columns, with its parameters. */
  insertRows(table: InsertTable, rows: unknown[][]): [string, unknown[]];
  /** Articles (alias a) whose title or text hold all the words; with textQuery for its parameter. */
  textMatch: string;
  /** The words as the search query textMatch takes, built by the database where it stems them. */
  textQuery(sql: Sql, text: string): Promise<unknown>;
}

/** Search words: letters and digits only, so no input is query syntax of either database. */
export function searchWords(text: string): string[] {
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) throw new Error(`--text "${text}" holds no words to search for`);
  return terms;
}

/** Turns a user's words into an FTS5 query that matches all of them. */
export function ftsQuery(text: string): string {
  return searchWords(text)
    .map((t) => `"${t}"`)
    .join(' ');
}

export const SQLITE: Dialect = {
  name: 'sqlite',
  inList: (expr) => `${expr} IN (SELECT value FROM json_each(?))`,
  listParam: (values) => JSON.stringify(values),
  least: (a, b) => `min(${a}, ${b})`,
  greatest: (a, b) => `max(${a}, ${b})`,
  log2: (x) => `log2(${x})`,
  orderedJoin: 'CROSS JOIN',
  indexedBy: (index) => `INDEXED BY ${index}`,
  insertRows: (table, rows) => {
    const row = `(${table.columns.map(() => '?').join(', ')})`;
    return [`INSERT INTO ${table.name} (${table.columns.map(([name]) => name).join(', ')}) VALUES ${rows.map(() => row).join(', ')}`, rows.flat()];
  },
  lookupJoin: (table, alias, index, on) => `JOIN ${table} ${alias} INDEXED BY ${index} ON ${on}`,
  jsonArray: (expr) => `json_group_array(${expr})`,
  jsonObject: (key, value) => `json_group_object(${key}, ${value})`,
  likeCaseless: 'LIKE',
  writersLock: null,
  analyze: () => '',
  bytewise: '',
  keyedTable: 'WITHOUT ROWID',
  textMatch: 'a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
  textQuery: async (_sql, text) => ftsQuery(text),
};

/**
 * PostgreSQL: an article's search vector is built with its language's stemmer (see the migrations),
 * so the words are looked for as Dutch, English and unstemmed terms at once. The query is built
 * first and bound as a constant: a query computed inside the statement is opaque to the planner,
 * which then guesses its matches and hash-joins every matching article (100 ms for a page that a
 * walk of the newest events fills in 1 ms).
 */
export const POSTGRES: Dialect = {
  name: 'postgres',
  inList: (expr) => `${expr} = ANY(?)`,
  listParam: (values) => [...values],
  least: (a, b) => `least(${a}, ${b})`,
  greatest: (a, b) => `greatest(${a}, ${b})`,
  log2: (x) => `(ln(${x}) / ln(2))`,
  orderedJoin: 'JOIN',
  indexedBy: () => '',
  // One array a column: the statement stays the same size however many rows, and is parsed and
  // planned as such (a VALUES list of hundreds of rows cost 20 µs a row to parse).
  insertRows: (table, rows) => [
    `INSERT INTO ${table.name} (${table.columns.map(([name]) => name).join(', ')})
       SELECT * FROM unnest(${table.columns.map(([, type]) => `CAST(? AS ${type}[])`).join(', ')})`,
    table.columns.map((_, c) => rows.map((r) => r[c])),
  ],
  // A lateral subquery behind OFFSET 0 is not flattened into a join the planner could reorder.
  lookupJoin: (table, alias, _index, on) => `CROSS JOIN LATERAL (SELECT * FROM ${table} ${alias} WHERE ${on} OFFSET 0) AS ${alias}`,
  jsonArray: (expr) => `json_agg(${expr})::text`,
  jsonObject: (key, value) => `jsonb_object_agg(${key}, ${value})::text`,
  likeCaseless: 'ILIKE',
  writersLock: 'SELECT pg_advisory_xact_lock(7244012)',
  // Autovacuum never analyses temporary tables: without statistics the planner takes them for empty.
  analyze: (table) => `ANALYZE ${table};`,
  // The tables' codes and days are COLLATE "C": a key of another collation could not use its index.
  bytewise: 'COLLATE "C"',
  keyedTable: '',
  textMatch: 'a.search @@ CAST(? AS tsquery)',
  textQuery: async (sql, text) =>
    (await sql.get<{ query: string }>(
      `SELECT CAST(plainto_tsquery('dutch', w) || plainto_tsquery('english', w) || plainto_tsquery('simple', w) AS TEXT) AS query
         FROM (SELECT unaccent(CAST(? AS TEXT)) AS w) AS words`,
      [searchWords(text).join(' ')],
    ))!.query,
};
