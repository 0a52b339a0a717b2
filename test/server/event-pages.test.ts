import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSyntheticEvents } from '../../bench/synthetic-events.js';
import { rebuildAnalytics } from '../../src/analytics/index.js';
import { openStore } from '../../src/store/index.js';
import type { PageFilter, Store } from '../../src/store/index.js';

type EventQuery = PageFilter;

interface Row {
  id: number;
  type: string;
  quad_class: number;
  date: string;
  lang: string;
  actors: string;
  recipients: string;
}

// More events than the newest stretch the pages are first looked for in, so every way of finding a
// page (the newest stretch, an actor's own events, the filter sets) is taken by some query below.
const EVENTS = 45_000;
let store: Store;
let rows: Row[];

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'paraat-pages-')), 'pages.db');
  await (await openStore(path)).close();
  const db = new Database(path);
  loadSyntheticEvents(db, EVENTS);
  rows = db
    .prepare(
      `SELECT e.id, e.type, e.quad_class, e.date, a.lang,
              (SELECT group_concat(code) FROM event_actors INDEXED BY event_actors_event WHERE event_id = e.id AND role = 'actor') AS actors,
              (SELECT group_concat(code) FROM event_actors INDEXED BY event_actors_event WHERE event_id = e.id AND role = 'recipient') AS recipients
         FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id DESC`,
    )
    .all() as Row[];
  db.close();
  store = await openStore(path);
  await rebuildAnalytics(store.sql);
}, 120_000);

afterAll(() => store?.close());

/** What the pages must add up to, computed the plain way. */
function expected(q: EventQuery): number[] {
  return rows
    .filter(
      (r) =>
        (!q.actor || r.actors.split(',').includes(q.actor)) &&
        (!q.recipient || r.recipients.split(',').includes(q.recipient)) &&
        (!q.type || r.type === q.type) &&
        (!q.quad || r.quad_class === q.quad) &&
        (!q.lang || r.lang === q.lang) &&
        (!q.since || r.date >= q.since) &&
        (!q.until || r.date <= q.until),
    )
    .map((r) => r.id);
}

async function allPages(q: Omit<EventQuery, 'cursor'>): Promise<number[]> {
  const ids: number[] = [];
  let cursor: number | undefined;
  for (let page = 0; page < 1000; page++) {
    const result = await store.pageEvents({ ...q, cursor });
    ids.push(...result.events.map((e) => e.id));
    if (result.next_cursor === null) return ids;
    cursor = result.next_cursor;
  }
  throw new Error('too many pages');
}

describe('event pages on a larger database', () => {
  const queries: Omit<EventQuery, 'cursor'>[] = [
    { actor: 'RUS', limit: 200 },
    { actor: 'RUS', recipient: 'UKR', since: '2024-10-01', limit: 50 },
    { actor: 'ARE', recipient: 'RUS', limit: 20 },
    { recipient: 'NATO', type: 'ASSAULT', limit: 30 },
    { type: 'AID', quad: 2, lang: 'nl', since: '2024-12-01', until: '2024-12-31', limit: 25 },
    { type: 'CONSULT', quad: 4, limit: 10 },
    { actor: 'RUS', recipient: 'XXX', limit: 10 },
  ];
  for (const q of queries) {
    it(`pages through ${JSON.stringify(q)} exactly`, async () => {
      const want = expected(q);
      expect(await allPages(q)).toEqual(want);
    });
  }

  it('finds events between a pair on one day, either direction', async () => {
    const day = '2024-12-15';
    const got = (await store.pageEvents({ dyad: ['UKR', 'RUS'], since: day, until: day, limit: 200 })).events;
    const want = rows.filter(
      (r) =>
        r.date === day &&
        ((r.actors.split(',').includes('RUS') && r.recipients.split(',').includes('UKR')) ||
          (r.actors.split(',').includes('UKR') && r.recipients.split(',').includes('RUS'))),
    );
    expect(got.map((e) => e.id)).toEqual(want.map((r) => r.id));
    expect(got.length).toBeGreaterThan(0);
  });
});
