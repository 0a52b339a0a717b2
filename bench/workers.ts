// Scaling out: articles per second for extraction into SQLite (one process), into PostgreSQL by one
// process, and into PostgreSQL through the NATS queue with 1 and 2 workers, as medians of several
// runs, with the queue's cost per article (publishing, and one worker against one direct process).
// Every run is the real command line on a fresh database, start-up (model loading) included.
// Starts a throw-away PostgreSQL and nats-server like the tests do.
// usage: npx tsx bench/workers.ts [--articles N] [--runs N]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNats } from '../test/queue/nats-server.js';
import { startPostgres } from '../test/store/postgres-server.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const ARTICLES = option('articles', 600);
const RUNS = option('runs', 3);
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/paraat.js');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function paraat(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`paraat ${args[0]} exited ${code}: ${stderr}`))));
  });
}

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

/**
 * The example articles, copied with a number added until there are ARTICLES of them, each its own
 * id; every input has its own copies, since the queue drops an id published again within minutes.
 */
function writeInput(dir: string, name: string): string {
  const examples = join(root, 'examples');
  const texts = readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(examples, f), 'utf8'));
  const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({ text: `${texts[i % texts.length]}\n\n(${name} ${i})`, source: 'bench' }));
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-bench-workers-'));
  const [postgres, nats] = await Promise.all([startPostgres(), startNats()]);
  try {
    const times: Record<string, number[]> = { sqlite: [], postgres: [], publish: [], '1 worker': [], '2 workers': [] };
    for (let run = 0; run < RUNS; run++) {
      const input = writeInput(dir, `run-${run}`);
      times.sqlite.push(await seconds(() => paraat(['ingest', input, '--db', join(dir, `run-${run}.db`)])));
      times.postgres.push(await seconds(async () => paraat(['ingest', input, '--db', await postgres.newDatabase()])));
      for (const workers of [1, 2]) {
        const db = await postgres.newDatabase();
        const queued = writeInput(dir, `run-${run}-workers-${workers}`);
        times.publish.push(await seconds(() => paraat(['ingest', queued, '--queue', nats.url])));
        times[`${workers} worker${workers === 1 ? '' : 's'}`].push(
          await seconds(() => paraat(['worker', '--queue', nats.url, '--db', db, '--concurrency', String(workers), '--exit-when-empty'])),
        );
      }
    }
    const rate = (key: string) => ARTICLES / median(times[key]);
    const lines = [
      `${ARTICLES} articles, medians of ${RUNS} runs (wall clock, start-up included)`,
      `SQLite, one process          ${rate('sqlite').toFixed(1).padStart(7)} articles/s`,
      `PostgreSQL, one process      ${rate('postgres').toFixed(1).padStart(7)} articles/s`,
      `PostgreSQL, 1 queue worker   ${rate('1 worker').toFixed(1).padStart(7)} articles/s`,
      `PostgreSQL, 2 queue workers  ${rate('2 workers').toFixed(1).padStart(7)} articles/s  (${(rate('2 workers') / rate('1 worker')).toFixed(2)}× one worker)`,
      `queue cost per article: publishing ${((median(times.publish) / ARTICLES) * 1000).toFixed(2)} ms, ` +
        `one worker against one process ${(((median(times['1 worker']) - median(times.postgres)) / ARTICLES) * 1000).toFixed(2)} ms`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await nats.stop();
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
