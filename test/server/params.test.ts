import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.js';
import { buildFixtureDb } from './fixture.js';

const TOKEN = 'fuzz-token-22c9';
let server: FastifyInstance;

beforeAll(async () => {
  server = await buildServer({ dbPath: await buildFixtureDb(), token: TOKEN, webRoot: null });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const get = (url: string) => server.inject({ method: 'GET', url });

describe('numeric query parameters', () => {
  const NOT_FINITE = ['Infinity', '-Infinity', '1e309', 'NaN', '0x10', '1e2', ' 7', '9999999999999999'];

  it('are a 400 when not a finite decimal, on every endpoint that takes one', async () => {
    for (const path of ['/api/events', '/api/actors', '/api/dyads/top', '/api/alerts', '/api/network', '/api/countries']) {
      for (const value of NOT_FINITE) {
        const response = await get(`${path}?limit=${encodeURIComponent(value)}`);
        expect(response.statusCode, `${path} limit=${value}`).toBe(400);
        expect(response.json().message).toBe(`querystring.limit must be a decimal integer, not "${value}"`);
      }
    }
    for (const name of ['quad', 'cursor']) {
      expect((await get(`/api/events?${name}=Infinity`)).statusCode, name).toBe(400);
    }
    expect((await get('/api/events/Infinity')).statusCode).toBe(400);
  });

  it('are a 400 when out of range or given twice, and taken when in range', async () => {
    expect((await get('/api/events?quad=5')).json().message).toBe('querystring.quad must be <= 4');
    expect((await get('/api/events?limit=1&limit=2')).json().message).toBe('querystring.limit must be given once');
    expect((await get('/api/dyads/RUS/UKR/series?directed=yes')).json().message).toBe('querystring.directed must be true or false, not "yes"');
    const page = await get('/api/events?limit=3&quad=4');
    expect(page.statusCode).toBe(200);
    expect(page.json().events).toHaveLength(3);
    expect((await get('/api/dyads/RUS/UKR/series?directed=true')).json().directed).toBe(true);
  });
});

/** A small seeded generator (mulberry32), so a failing request can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  '', ' ', '0', '-1', '1', '4', '200', '201', '2147483648', '9007199254740993', 'Infinity', '-Infinity', '1e309', 'NaN', '1.5', '0x10',
  'true', 'null', '[]', '{}', 'RUS', 'rus', 'RUS-UKR', 'a'.repeat(300), '2024-02-30', '2024-05', '2024-05-01', '0000-00-00', "' OR 1=1 --",
  '"', '\\', '%00', '<script>alert(1)</script>', 'Oekraïne', '😀', '*', 'NEAR(a b)', 'a OR b', '../../etc/passwd', 'day', 'week',
  '0123456789abcdef0123', 'ASSAULT',
];

interface Operation {
  parameters: { name: string; in: 'query' | 'path'; schema: { enum?: string[] } }[];
  requestBody?: unknown;
}

describe('a seeded fuzzer over every endpoint of the OpenAPI document', () => {
  it('gets no 5xx in 400 requests', async () => {
    const document = (await get('/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBe(12);
    const next = random(19);
    const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)];
    const failures: string[] = [];
    for (let i = 0; i < 400; i++) {
      const { path, method, op } = operations[i % operations.length];
      const value = (p: Operation['parameters'][number]) => (p.schema.enum && next() < 0.3 ? pick(p.schema.enum) : pick(NASTY));
      const url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(value(op.parameters.find((p) => p.name === name)!)));
      const query = op.parameters
        .filter((p) => p.in === 'query' && next() < 0.5)
        .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(value(p))}`);
      if (next() < 0.1) query.push(`${pick(['unknown', 'limit', '__proto__', 'constructor'])}=${encodeURIComponent(pick(NASTY))}`);
      const payload = pick(['', '{', 'null', '[]', '{"text": 12345}', '{"text": ""}', '[{"text": null}]', JSON.stringify({ text: pick(NASTY), date: pick(NASTY) })]);
      const response = await server.inject({
        method: method.toUpperCase() as 'GET' | 'POST',
        url: url + (query.length ? `?${query.join('&')}` : ''),
        ...(method === 'post' ? { payload, headers: { 'content-type': 'application/json', ...(next() < 0.5 ? { authorization: `Bearer ${TOKEN}` } : {}) } } : {}),
      });
      if (response.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url}?${query.join('&')} ${payload}: ${response.statusCode} ${response.body}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
