import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../store/index.js';
import { flatRow, FLAT_COLUMNS } from './flat.js';

/**
 * Writes the flat event rows to a Parquet file with DuckDB (offline, no server): the rows go
 * through a temporary JSON Lines file that DuckDB reads with explicit column types.
 */
export async function writeParquet(events: EventRecord[], out: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = mkdtempSync(join(tmpdir(), 'paraat-parquet-'));
  try {
    const staging = join(dir, 'events.jsonl');
    writeFileSync(staging, events.map((e) => JSON.stringify(Object.fromEntries(FLAT_COLUMNS.map((c, i) => [c.name, flatRow(e)[i]])))).join('\n') + '\n');
    const columns = FLAT_COLUMNS.map((c) => `'${c.name}': '${c.sqlType}'`).join(', ');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // One thread is plenty for an export and keeps DuckDB light beside other work.
    await connection.run('SET threads TO 1');
    const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * FROM read_json(${quote(staging)}, format = 'newline_delimited', columns = {${columns}})) TO ${quote(out)} (FORMAT parquet)`,
    );
    connection.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
