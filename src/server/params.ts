import type { FastifyInstance } from 'fastify';
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

type PropertySchema = { type?: string | string[] };
const INTEGER = /^[+-]?\d{1,15}$/;
const NUMBER = /^[+-]?(\d{1,15}(\.\d*)?|\.\d+)$/;

/** A query or path value as its schema's type, or undefined when it is not written as one. */
function typedValue(raw: string, type: string): number | boolean | undefined {
  if (type === 'integer') return INTEGER.test(raw) ? Number(raw) : undefined;
  if (type === 'number') return NUMBER.test(raw) ? Number(raw) : undefined;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  return undefined;
}

/**
 * Turns the numbers and booleans of query strings and paths into values before validation, and
 * refuses anything not written as a plain decimal ("Infinity", "1e309", "0x10", a repeated
 * parameter). Ajv's own coercion lets Infinity past every range check, and would coerce the JSON
 * body too ({"text": 12345} into "12345"): it is off, and this hook does it for these two parts.
 */
export function typedParameters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema as { querystring?: { properties?: Record<string, PropertySchema> }; params?: { properties?: Record<string, PropertySchema> } } | undefined;
    const parts = [
      ['querystring', schema?.querystring?.properties, request.query],
      ['params', schema?.params?.properties, request.params],
    ] as const;
    for (const [part, properties, values] of parts) {
      const given = values as Record<string, unknown>;
      for (const [name, property] of Object.entries(properties ?? {})) {
        const type = [property.type].flat()[0];
        const raw = given[name];
        if (raw === undefined || (type !== 'integer' && type !== 'number' && type !== 'boolean')) continue;
        if (typeof raw !== 'string') throw new HttpError(400, `${part}.${name} must be given once`);
        const value = typedValue(raw, type);
        if (value === undefined) throw new HttpError(400, `${part}.${name} must be ${type === 'boolean' ? 'true or false' : `a decimal ${type}`}, not "${raw.slice(0, 40)}"`);
        given[name] = value;
      }
    }
  });
}
