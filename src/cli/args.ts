import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import type { ArticleLimits } from '../ingest/index.js';
import { DEFAULT_LIMITS, parsePartialDate } from '../ingest/index.js';
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

/** A whole-number option of at least 1, or a usage error. */
export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

/** The options of the per-article limits, for the commands that code articles. */
export const LIMIT_OPTIONS = {
  'max-article-bytes': { type: 'string' },
  oversize: { type: 'string' },
  'max-events': { type: 'string' },
} as const;

export const LIMITS_HELP = `  --max-article-bytes N  longest article text, in bytes of UTF-8 (default ${DEFAULT_LIMITS.maxArticleBytes}: 1 MB)
  --oversize refuse|cut  a longer article is refused (the default) or cut to its beginning, with a warning
  --max-events N         events stored per article (default ${DEFAULT_LIMITS.maxEvents}); more are dropped with a warning
`;

export function articleLimits(values: { 'max-article-bytes'?: string; oversize?: string; 'max-events'?: string }): ArticleLimits {
  return {
    maxArticleBytes: positiveInteger(values['max-article-bytes'], 'max-article-bytes', DEFAULT_LIMITS.maxArticleBytes),
    oversize: oneOf(values.oversize, ['refuse', 'cut'], 'oversize', DEFAULT_LIMITS.oversize),
    maxEvents: positiveInteger(values['max-events'], 'max-events', DEFAULT_LIMITS.maxEvents),
  };
}
