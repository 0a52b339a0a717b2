import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { bin, paraat, root } from '../cli/run.js';
import type { TestPostgres } from '../store/postgres-server.js';
import { POSTGRES_MISSING, postgresBin, startPostgres } from '../store/postgres-server.js';
import type { TestNats } from './nats-server.js';
import { hasNats, NATS_MISSING, startNats } from './nats-server.js';

const ready = hasNats && postgresBin() !== null;
if (!hasNats) console.warn(NATS_MISSING);
if (!postgresBin()) console.warn(POSTGRES_MISSING);

const ARTICLES = 2000;
// Four kinds of report, each coded as exactly one event (see the check below).
const TEMPLATES: [string, string][] = [
  ['en', 'Russia attacked Ukraine with drones overnight, officials said in report N.'],
  ['en', 'China criticised Japan over its defence budget in statement N.'],
  ['en', 'The United States sent humanitarian aid to Ukraine, shipment N arrived.'],
  ['nl', 'Rusland viel Oekraïne maandag aan met raketten, bericht N.'],
];

let nats: TestNats;
let postgres: TestPostgres;
let db: string;
let input: string;

beforeAll(async () => {
  if (!ready) return;
  [nats, postgres] = await Promise.all([startNats(), startPostgres()]);
  db = await postgres.newDatabase();
  input = join(mkdtempSync(join(tmpdir(), 'paraat-e2e-')), 'articles.jsonl');
  const lines = Array.from({ length: ARTICLES }, (_, i) => {
    const [lang, text] = TEMPLATES[i % TEMPLATES.length];
    return JSON.stringify({ id: `e2e-${i}`, text: text.replace('N', String(i)), title: 'report', date: `2024-05-0${1 + (i % 9)}`, lang, source: `wire-${i % 3}` });
  });
  writeFileSync(input, lines.join('\n') + '\n');
}, 120_000);

afterAll(async () => {
  await nats?.stop();
  postgres?.stop();
});

const workerErrors: string[] = [];

function worker(): { process: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, 'worker', '--queue', nats.url, '--db', db, '--ack-wait', '2', '--batch', '20', '--exit-when-empty'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk) => workerErrors.push(String(chunk)));
  return { process: child, exited: new Promise((done) => child.on('exit', (code) => done(code))) };
}

async function storedArticles(): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}

describe.skipIf(!ready)('two workers on NATS and PostgreSQL', () => {
  it('store every article exactly once with its events, though one is killed mid-stream and started again', async () => {
    const published = paraat(['ingest', input, '--queue', nats.url]);
    expect(published.stderr).toMatch(new RegExp(`^${ARTICLES} articles read and queued → ${nats.url}`));
    expect(JSON.parse(paraat(['queue', 'status', '--queue', nats.url, '--format', 'json']).stdout)).toEqual({ pending: ARTICLES, inFlight: 0, redelivered: 0, failed: 0 });

    const first = worker();
    const second = worker();
    const deadline = Date.now() + 60_000;
    while ((await storedArticles()) < ARTICLES / 5) {
      if (Date.now() > deadline) throw new Error(`the workers stored too little in a minute: ${workerErrors.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    expect(await storedArticles()).toBeLessThan(ARTICLES);
    const restarted = worker();
    expect({ codes: await Promise.all([second.exited, restarted.exited]), errors: workerErrors.filter((e) => !/^worker \d+: /.test(e)) }).toEqual({ codes: [0, 0], errors: [] });

    const store = await openStore(db);
    try {
      expect(await store.stats()).toEqual({ articles: ARTICLES, events: ARTICLES });
      const perArticle = await store.sql.all<{ n: number }>('SELECT count(*) AS n FROM events GROUP BY article_id HAVING count(*) <> 1');
      expect(perArticle).toEqual([]);
      const dyads = await store.sql.get<{ n: number; distinct_events: number }>('SELECT count(*) AS n, count(DISTINCT event_id) AS distinct_events FROM event_dyads');
      expect(dyads!.n).toBe(dyads!.distinct_events);
    } finally {
      await store.close();
    }
    expect(JSON.parse(paraat(['queue', 'status', '--queue', nats.url, '--format', 'json']).stdout)).toEqual({ pending: 0, inFlight: 0, redelivered: 0, failed: 0 });
  }, 300_000);
});
