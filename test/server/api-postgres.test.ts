import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAnalytics } from '../../src/analytics/index.js';
import { buildServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import type { TestPostgres } from '../store/postgres-server.js';
import { POSTGRES_MISSING, postgresBin, startPostgres } from '../store/postgres-server.js';
import { buildFixtureDb } from './fixture.js';

const hasPostgres = postgresBin() !== null;
if (!hasPostgres) console.warn(POSTGRES_MISSING);

let server: TestPostgres | null = null;
let url: string;
let onSqlite: FastifyInstance;
let onPostgres: FastifyInstance;

beforeAll(async () => {
  if (!hasPostgres) return;
  server = await startPostgres();
  url = await server.newDatabase();
  onSqlite = await buildServer({ dbPath: await buildFixtureDb(), token: null, webRoot: null });
  onPostgres = await buildServer({ dbPath: await buildFixtureDb(undefined, url), token: null, webRoot: null });
}, 120_000);

afterAll(async () => {
  await onSqlite?.close();
  await onPostgres?.close();
  server?.stop();
});

/** The two databases sum floating-point numbers in their own order: equal to 9 significant digits. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

async function both(url: string) {
  const [a, b] = await Promise.all([onSqlite.inject({ method: 'GET', url }), onPostgres.inject({ method: 'GET', url })]);
  return { sqlite: { status: a.statusCode, body: rounded(a.json()) }, postgres: { status: b.statusCode, body: rounded(b.json()) } };
}

describe.skipIf(!hasPostgres)('the API on PostgreSQL', () => {
  const urls = [
    '/api/stats',
    '/api/events?limit=200',
    '/api/events?actor=rus&recipient=UKR&type=assault&quad=4&since=2024-05&until=2024-05-31',
    '/api/events?until=2024-05&type=ASSAULT',
    '/api/events?dyad=UKR-RUS&since=2024-05-11&until=2024-05-11',
    '/api/events?q=Oekraine',
    '/api/events?q=drones%20killed&lang=en',
    '/api/events?actor=USA&limit=3&cursor=40',
    '/api/events/5',
    '/api/actors?q=ru',
    '/api/dyads/ukr/rus/series?interval=week',
    '/api/dyads/RUS/UKR/series?interval=day&directed=true&since=2024-04-20',
    '/api/dyads/top?limit=5',
    '/api/alerts',
    '/api/network?since=2024-04-01&until=2024-05-31',
    '/api/countries',
  ];
  for (const url of urls) {
    it(`answers ${url} as on SQLite`, async () => {
      const { sqlite, postgres } = await both(url);
      expect(sqlite.status).toBe(200);
      expect(postgres).toEqual(sqlite);
    });
  }

  it('shows an article with its stored mentions as on SQLite', async () => {
    const { sqlite } = await both('/api/events?type=ASSAULT&lang=nl');
    const id = (sqlite.body as { events: { article_id: string }[] }).events[0].article_id;
    const article = await both(`/api/articles/${id}`);
    expect(article.postgres).toEqual(article.sqlite);
    expect((article.postgres.body as { spans: { kind: string }[] }).spans.filter((s) => s.kind === 'mention').length).toBe(2);
  });

  it('rebuilds the analytics to the same tables it updated article by article', async () => {
    const store = await openStore(url);
    try {
      const snapshot = async () => rounded(await store.sql.all('SELECT * FROM dyad_day ORDER BY directed, source, target, day'));
      const incremental = await snapshot();
      await rebuildAnalytics(store.sql);
      expect(await snapshot()).toEqual(incremental);
    } finally {
      await store.close();
    }
  });
});
