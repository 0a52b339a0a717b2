import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.js';
import { buildFixtureDb } from './fixture.js';

let dbPath: string;
let reader: FastifyInstance;
let writer: FastifyInstance;
const TOKEN = 'test-token-5f2c';

beforeAll(async () => {
  dbPath = await buildFixtureDb();
  reader = await buildServer({ dbPath, token: null, webRoot: null });
  writer = await buildServer({ dbPath, token: TOKEN, webRoot: null });
});

afterAll(async () => {
  await reader?.close();
  await writer?.close();
});

async function get(url: string) {
  const response = await reader.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}

describe('GET /api/events', () => {
  it('pages through every event to the end without repeats', async () => {
    const { body: stats } = await get('/api/stats');
    const seen: number[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const { status, body } = await get(`/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.events.length).toBeLessThanOrEqual(7);
      seen.push(...body.events.map((e: { id: number }) => e.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor !== null && pages < 100);
    expect(seen.length).toBe(stats.events);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('reads periods at year, month and day precision by overlap, as the CLI does', async () => {
    const dates = async (period: string) => {
      const { status, body } = await get(`/api/events?type=ASSAULT&limit=200&${period}`);
      expect(status).toBe(200);
      return [...new Set(body.events.map((e: { date: string }) => e.date))].sort();
    };
    expect(await dates('since=2024-05-11')).toEqual(['2024-05-11', '2024-05-12']);
    const attackDays = await dates('since=2024-05');
    expect(attackDays).toEqual(['2024-05-06', '2024-05-11', '2024-05-12']);
    // An event of 2024-05-11 lies in May 2024 and in 2024.
    expect(await dates('until=2024-05')).toEqual(attackDays);
    expect(await dates('until=2024')).toEqual(attackDays);
    expect(await dates('since=2024-05-07&until=2024-05-11')).toEqual(['2024-05-11']);
    expect(await dates('until=2024-04')).toEqual([]);
    expect(await dates('since=2025')).toEqual([]);
  });

  it('filters by actor, recipient, dyad, type, QuadClass, language, period and text', async () => {
    const { body } = await get('/api/events?actor=rus&recipient=UKR&type=assault&quad=4&since=2024-05&until=2024-05-31');
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events) {
      expect(e.actors.map((a: { code: string }) => a.code)).toContain('RUS');
      expect(e.recipients.map((a: { code: string }) => a.code)).toContain('UKR');
      expect(e.type).toBe('ASSAULT');
      expect(e.quad_class).toBe(4);
      expect(e.date >= '2024-05').toBe(true);
    }
    const dutch = await get('/api/events?lang=nl');
    expect(dutch.body.events.every((e: { lang: string }) => e.lang === 'nl')).toBe(true);
    const dyad = await get('/api/events?dyad=UKR-RUS&limit=200');
    expect(dyad.body.events.length).toBeGreaterThan(0);
    for (const e of dyad.body.events) {
      const codes = [...e.actors, ...e.recipients].map((a: { code: string }) => a.code);
      expect(codes).toEqual(expect.arrayContaining(['RUS', 'UKR']));
    }
    const text = await get('/api/events?q=drones');
    expect(text.body.events.length).toBeGreaterThan(0);
    // Full text search looks in the whole article: all hits come from the drone-attack stories.
    expect(text.body.events.every((e: { title: string }) => e.title === 'Russia attacks Ukraine')).toBe(true);
  });

  it('refuses bad parameters with a 400 that names the problem', async () => {
    const cases: [string, RegExp][] = [
      ['/api/events?limit=0', /limit/],
      ['/api/events?limit=5000', /limit/],
      ['/api/events?quad=9', /quad/],
      ['/api/events?since=yesterday', /since/],
      ['/api/events?until=2024-02-30', /until: .*has no day 30/],
      ['/api/events?cursor=abc', /cursor/],
      ['/api/events?colour=red', /unknown parameter "colour"/],
      ['/api/events?q=%22)(*', /no words/],
      ['/api/events/abc', /id/],
      ['/api/dyads/RUS/RUS/series', /two different actors/],
      ['/api/dyads/RUS/UKR/series?interval=month', /interval/],
      ['/api/dyads/top?since=2024-13-01', /since/],
      ['/api/articles/not-a-hash', /id/],
    ];
    for (const [url, message] of cases) {
      const { status, body } = await get(url);
      expect(status, url).toBe(400);
      expect(body.message, url).toMatch(message);
    }
    expect((await get('/api/events/999999')).status).toBe(404);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  it('treats SQL-shaped input as data', async () => {
    const { body: before } = await get('/api/stats');
    const injected = [
      `/api/events?actor=${encodeURIComponent("RUS' OR '1'='1")}`,
      `/api/dyads/${encodeURIComponent("RUS'--")}/UKR/series`,
      `/api/actors?q=${encodeURIComponent("%' OR 1=1 --")}`,
      `/api/events?q=${encodeURIComponent("Russia'); DROP TABLE events; --")}`,
      `/api/events?q=${encodeURIComponent('drones OR NEAR(x) *')}`,
    ];
    const statuses = [];
    for (const url of injected) statuses.push((await get(url)).status);
    expect(statuses.slice(0, 2)).toEqual([400, 400]);
    expect((await get(injected[2])).body.actors).toEqual([]);
    // Search words are quoted as literal terms: FTS syntax is not interpreted.
    expect((await get(injected[3])).body.events).toEqual([]);
    expect((await get(injected[4])).body.events).toEqual([]);
    expect((await get('/api/stats')).body).toEqual(before);
  });
});

describe('event, article and analytics endpoints', () => {
  it('returns an event with its sentence, article, rules and evidence spans that match the text', async () => {
    const { body: list } = await get('/api/events?dyad=RUS-UKR&type=ASSAULT&lang=en');
    const attack = list.events.find((e: { sentence: string }) => /attacked/.test(e.sentence));
    const { status, body } = await get(`/api/events/${attack.id}`);
    expect(status).toBe(200);
    expect(body.sentence).toMatch(/attacked/);
    expect(body.rules.length).toBeGreaterThan(0);
    expect(body.article.id).toBe(attack.article_id);
    const { body: article } = await get(`/api/articles/${body.article.id}`);
    const trigger = article.spans.find((s: { kind: string; event_id: number }) => s.kind === 'trigger' && s.event_id === body.event.id);
    expect(article.text.slice(trigger.start, trigger.end)).toBe(body.event.evidence.trigger.text);
    const actor = article.spans.find((s: { kind: string }) => s.kind === 'actor');
    expect(article.text.slice(actor.start, actor.end)).toBe('Russia');
    const mentioned = article.spans.filter((s: { kind: string }) => s.kind === 'mention');
    expect(mentioned.map((s: { start: number; end: number }) => article.text.slice(s.start, s.end))).toEqual(['Russia', 'Ukraine']);
    expect(mentioned.map((s: { label: string }) => s.label)).toEqual(['RUS', 'UKR']);
    const quantity = article.spans.find((s: { kind: string }) => s.kind === 'quantity');
    expect(quantity).toBeDefined();
    expect(article.text.slice(quantity.start, quantity.end)).toMatch(/\d+/);
  });

  it('serves dyad series, top dyads, alerts, actors and the OpenAPI document', async () => {
    const series = await get('/api/dyads/ukr/rus/series?interval=week');
    expect(series.status).toBe(200);
    expect(series.body.points.length).toBeGreaterThan(3);
    expect(series.body.alerts.length).toBeGreaterThan(0);
    const top = await get('/api/dyads/top?limit=3');
    expect([top.body.dyads[0].a, top.body.dyads[0].b]).toEqual(['RUS', 'UKR']);
    const alerts = await get('/api/alerts?actor=UKR');
    expect(alerts.body.alerts.length).toBeGreaterThan(0);
    expect(alerts.body.alerts[0].event_ids.length).toBeGreaterThan(0);
    const actors = await get('/api/actors?q=rus');
    expect(actors.body.actors[0].code).toBe('RUS');
    const network = await get('/api/network');
    expect(network.body.edges.some((e: { source: string; target: string }) => e.source === 'RUS' && e.target === 'UKR')).toBe(true);
    const countries = await get('/api/countries');
    expect(countries.body.countries.map((c: { code: string }) => c.code)).toContain('UKR');
    const openapi = await get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/dyads/{a}/{b}/series', '/api/alerts', '/api/stats']),
    );
    expect(openapi.body.paths['/api/articles'].post.security).toEqual([{ bearer: [] }]);
  });
});

describe('POST /api/articles', () => {
  const article = { text: 'Russia attacked Ukraine with missiles on Tuesday, officials said.', date: '2024-05-14', lang: 'en', source: 'api-test' };

  it('is refused when no token is configured, and without the right bearer token', async () => {
    const refused = await reader.inject({ method: 'POST', url: '/api/articles', payload: article, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/PARAAT_TOKEN/);
    const missing = await writer.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const wrong = await writer.inject({ method: 'POST', url: '/api/articles', payload: article, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('validates the body', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const noText = await writer.inject({ method: 'POST', url: '/api/articles', payload: { title: 'x' }, headers });
    expect(noText.statusCode).toBe(400);
    const badDate = await writer.inject({ method: 'POST', url: '/api/articles', payload: { ...article, date: '2024-02-31' }, headers });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().message).toMatch(/no day 31/);
    const empty = await writer.inject({ method: 'POST', url: '/api/articles', payload: [], headers });
    expect(empty.statusCode).toBe(400);
  });

  it('codes and stores articles, updates the analytics, and stores nothing twice', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const before = (await get('/api/dyads/RUS/UKR/series')).body.points.length;
    const first = await writer.inject({ method: 'POST', url: '/api/articles', payload: [article, { ...article, source: 'api-test-2' }], headers });
    expect(first.statusCode).toBe(201);
    expect(first.json().stored).toBe(2);
    expect(first.json().articles[0].events).toBeGreaterThan(0);
    expect((await get('/api/dyads/RUS/UKR/series')).body.points.length).toBe(before + 1);
    const again = await writer.inject({ method: 'POST', url: '/api/articles', payload: article, headers });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ stored: 0, already_stored: 1 });
  });
});
