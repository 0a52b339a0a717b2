// API latency at scale: loads 1,000,000 synthetic events into a temporary SQLite database and the
// same rows into a throw-away PostgreSQL (when installed), builds the analytics in each, then times
// the dyad series, top dyads and filtered event endpoints through the real HTTP layer (Fastify
// inject: validation, SQL, JSON), the same questions on both. Prints p50/p95 per query kind and store
// as the medians of several runs. usage: npx tsx bench/api.ts [--events N] [--runs N] [--requests N]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rebuildAnalytics } from '../src/analytics/index.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { postgresBin, startPostgres } from '../test/store/postgres-server.js';
import { copyToPostgres } from './postgres-load.js';
import type { SyntheticData } from './synthetic-events.js';
import { loadSyntheticEvents } from './synthetic-events.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const EVENTS = option('events', 1_000_000);
const RUNS = option('runs', 5);
const REQUESTS = option('requests', 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** A seeded generator, so every run asks the same questions. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

interface Timing {
  kind: string;
  p50: number[];
  p95: number[];
}

/** Times every kind of question against the server over one database. */
async function measure(location: string, data: SyntheticData): Promise<Timing[]> {
  const app = await buildServer({ dbPath: location, token: null, webRoot: null });
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const recentDay = () => data.days[data.days.length - 1 - Math.floor(next() * 90)];
  const kinds: Record<string, () => string> = {
    'dyad series (day)': () => {
      const [a, b] = pick(data.busyPairs);
      return `/api/dyads/${a}/${b}/series?interval=day`;
    },
    'dyad series (week)': () => {
      const [a, b] = pick(data.busyPairs);
      return `/api/dyads/${b}/${a}/series?interval=week`;
    },
    'top dyads (since)': () => `/api/dyads/top?since=${recentDay()}&limit=10`,
    'events: actor': () => `/api/events?actor=${pick(data.codes)}&limit=50`,
    'events: actor+recipient+since': () => {
      const [a, b] = pick(data.busyPairs);
      return `/api/events?actor=${a}&recipient=${b}&since=${recentDay()}&limit=50`;
    },
    'events: type+quad+lang': () => {
      const [type, quad] = pick(data.types);
      return `/api/events?type=${type}&quad=${quad}&lang=${pick(['en', 'nl'])}&limit=50`;
    },
    'events: no match': () => `/api/events?actor=${pick(data.codes)}&recipient=${pick(data.codes)}&type=${pick(data.types)[0]}&quad=${1 + Math.floor(next() * 4)}&since=${recentDay()}&limit=50`,
    'events: dyad+day': () => {
      const [a, b] = pick(data.busyPairs);
      const day = recentDay();
      return `/api/events?dyad=${a}-${b}&since=${day}&until=${day}&limit=200`;
    },
    'events: full text': () => `/api/events?q=${pick(data.words)}&limit=50`,
    'events: page 2': () => `/api/events?actor=${pick(data.codes)}&cursor=${Math.floor(EVENTS * (0.5 + next() / 2))}&limit=50`,
  };

  const results: Timing[] = Object.keys(kinds).map((kind) => ({ kind, p50: [], p95: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const result of results) {
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const url = kinds[result.kind]();
        const t0 = performance.now();
        const response = await app.inject({ method: 'GET', url });
        times.push(performance.now() - t0);
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      }
      times.sort((a, b) => a - b);
      result.p50.push(percentile(times, 50));
      result.p95.push(percentile(times, 95));
    }
  }
  await app.close();
  return results;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-bench-api-'));
  const path = join(dir, 'bench.db');
  const postgres = postgresBin() ? await startPostgres() : null;
  try {
    let started = performance.now();
    await (await openStore(path)).close();
    const db = new Database(path);
    const data = loadSyntheticEvents(db, EVENTS);
    db.close();
    const loadSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const store = await openStore(path);
    const analytics = await rebuildAnalytics(store.sql);
    const rebuildSeconds = (performance.now() - started) / 1000;
    await store.sql.exec('ANALYZE');
    await store.close();
    process.stderr.write(
      `${EVENTS.toLocaleString('en')} events in ${data.articles.toLocaleString('en')} articles loaded in ${loadSeconds.toFixed(1)}s; ` +
        `analytics rebuilt in ${rebuildSeconds.toFixed(1)}s (${analytics.dyadDays.toLocaleString('en')} dyad-days, ${analytics.alerts} alerts); ` +
        `database ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB\n`,
    );
    const stores: [string, string][] = [['SQLite', path]];
    if (postgres) {
      const url = await postgres.newDatabase();
      started = performance.now();
      const pg = await openStore(url);
      await copyToPostgres(path, pg.sql);
      const copySeconds = (performance.now() - started) / 1000;
      started = performance.now();
      await rebuildAnalytics(pg.sql);
      // As autovacuum leaves a settled database: statistics, and the visibility map that lets the
      // actor index answer an intersection without reading the rows.
      await pg.sql.exec('VACUUM ANALYZE');
      await pg.close();
      process.stderr.write(`PostgreSQL: copied in ${copySeconds.toFixed(1)}s, analytics rebuilt in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
      stores.push(['PostgreSQL', url]);
    } else {
      process.stderr.write('PostgreSQL is not installed: SQLite only\n');
    }
    const timings: Timing[][] = [];
    for (const [, location] of stores) timings.push(await measure(location, data));

    const kinds = timings[0].map((t) => t.kind);
    const width = Math.max(...kinds.map((k) => k.length));
    const cell = (t: Timing) => `${median(t.p50).toFixed(1).padStart(6)}  ${median(t.p95).toFixed(1).padStart(6)}`;
    const lines = [
      `${''.padEnd(width)}  ${stores.map(([name]) => name.padEnd(14)).join('  ')}   (medians of ${RUNS} runs × ${REQUESTS} requests, ${EVENTS.toLocaleString('en')} events)`,
      `${'query'.padEnd(width)}  ${stores.map(() => 'p50 ms  p95 ms').join('  ')}`,
      ...kinds.map((kind, i) => `${kind.padEnd(width)}  ${timings.map((t) => cell(t[i])).join('  ')}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    const slow = stores.flatMap(([name], s) => timings[s].filter((t) => median(t.p95) >= 100).map((t) => `${t.kind} (${name})`));
    if (slow.length) process.stdout.write(`over the 100 ms p95 budget: ${slow.join(', ')}\n`);
  } finally {
    postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
