import { parsePartialDate } from '../ingest/index.js';
import { HttpError } from './errors.js';

/** JSON-schema fragments shared by the routes' input schemas. */
export const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{1,2}(-\\d{1,2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const;
export const dayDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
export const actorCode = { type: 'string', pattern: '^[A-Za-z0-9]{2,12}$', description: 'actor code, e.g. RUS, NATO' } as const;
export const limit = (max: number, fallback: number) => ({ type: 'integer', minimum: 1, maximum: max, default: fallback }) as const;

/** Checks that a date matching the pattern also exists ("2024-02-30" does not). */
export function checkedDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch (err) {
    throw new HttpError(400, `${name}: ${(err as Error).message}`);
  }
}
