import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { parsePartialDate } from '../ingest/index.js';
import { isServerDatabase } from '../store/index.js';
import { databasePath } from './environment.js';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with positionals allowed and unknown options reported as usage errors. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Validates an option against a fixed set of values. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** A --since/--until style option as a partial date, or a usage error that says what is wrong. */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch (err) {
    throw new UsageError(`--${name}: ${(err as Error).message}`);
  }
}

/** The database a query reads (--db, $PARAAT_DB or ./paraat.db); a SQLite file must exist already. */
export function existingDatabase(option: string | undefined): string {
  const db = databasePath(option);
  if (!isServerDatabase(db) && !existsSync(db)) throw new UsageError(`no database at ${db} (run "paraat ingest" first, or give --db)`);
  return db;
}
