// Scaling out: articles per second for extraction into SQLite (one process), into PostgreSQL by one
// process, and into PostgreSQL through the NATS queue with 1 and 2 workers, as medians of several
// runs, with the queue's cost per article (publishing, and one worker against one direct process).
// Every run is the real command line on a fresh database, start-up (model loading) included.
// Beside them, as the machine's own ceiling for the workers' ratio, two plain `paraat extract`
// processes (no queue, no database) against one over the same articles. CPU is counted in
// seconds per article, since the wall clock of a shared machine says little: Paraat's own (the
// children's rusage, workers' processes included) and the rest of the machine's (busy time in
// /proc/stat less Paraat's: PostgreSQL, NATS, and whatever else runs).
// Starts a throw-away PostgreSQL and nats-server like the tests do.
// usage: npx tsx bench/workers.ts [--articles N] [--runs N]   (defaults 2000 and 3)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNats } from '../test/queue/nats-server.js';
import { startPostgres } from '../test/store/postgres-server.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const ARTICLES = option('articles', 2000);
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

/** Clock ticks a second, the unit of /proc's CPU times. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU seconds of this process's children that have ended (fields cutime and cstime of /proc/self/stat). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/** CPU seconds the whole machine has been busy (every core; idle and iowait left out). */
function machineBusy(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS;
}

interface Measure {
  seconds: number;
  /** CPU seconds of the Paraat processes the run started. */
  paraat: number;
  /** CPU seconds of everything else on the machine meanwhile. */
  rest: number;
}

async function measured(run: () => Promise<unknown>): Promise<Measure> {
  const [started, cpu, busy] = [performance.now(), childrenCpu(), machineBusy()];
  await run();
  const paraat = childrenCpu() - cpu;
  return { seconds: (performance.now() - started) / 1000, paraat, rest: machineBusy() - busy - paraat };
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

/** The articles of a JSON Lines input split into two halves, for two processes. */
function halves(input: string): [string, string] {
  const lines = readFileSync(input, 'utf8').trimEnd().split('\n');
  const half = Math.ceil(lines.length / 2);
  return [lines.slice(0, half), lines.slice(half)].map((part, i) => {
    const path = input.replace(/\.jsonl$/, `-half-${i}.jsonl`);
    writeFileSync(path, part.join('\n') + '\n');
    return path;
  }) as [string, string];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-bench-workers-'));
  const [postgres, nats] = await Promise.all([startPostgres(), startNats()]);
  try {
    const kinds = ['sqlite', 'postgres', 'publish', '1 worker', '2 workers', 'extract, 1 process', 'extract, 2 processes'] as const;
    const runs = Object.fromEntries(kinds.map((k) => [k, [] as Measure[]])) as Record<(typeof kinds)[number], Measure[]>;
    for (let run = 0; run < RUNS; run++) {
      const input = writeInput(dir, `run-${run}`);
      runs.sqlite.push(await measured(() => paraat(['ingest', input, '--db', join(dir, `run-${run}.db`)])));
      runs.postgres.push(await measured(async () => paraat(['ingest', input, '--db', await postgres.newDatabase()])));
      for (const workers of [1, 2] as const) {
        const db = await postgres.newDatabase();
        const queued = writeInput(dir, `run-${run}-workers-${workers}`);
        runs.publish.push(await measured(() => paraat(['ingest', queued, '--queue', nats.url])));
        runs[workers === 1 ? '1 worker' : '2 workers'].push(
          await measured(() => paraat(['worker', '--queue', nats.url, '--db', db, '--concurrency', String(workers), '--exit-when-empty'])),
        );
      }
      runs['extract, 1 process'].push(await measured(() => paraat(['extract', input])));
      runs['extract, 2 processes'].push(await measured(() => Promise.all(halves(input).map((half) => paraat(['extract', half])))));
    }
    const rate = (kind: (typeof kinds)[number]) => ARTICLES / median(runs[kind].map((m) => m.seconds));
    const perArticle = (kind: (typeof kinds)[number], part: 'paraat' | 'rest') => ((median(runs[kind].map((m) => m[part])) / ARTICLES) * 1000).toFixed(1).padStart(6);
    const row = (label: string, kind: (typeof kinds)[number], note = '') =>
      `${label.padEnd(30)}${rate(kind).toFixed(1).padStart(8)}   ${perArticle(kind, 'paraat')}  ${perArticle(kind, 'rest')}${note}`;
    const lines = [
      `${ARTICLES} articles, medians of ${RUNS} runs (wall clock, start-up included)`,
      `${''.padEnd(30)}articles/s   CPU ms per article: Paraat, rest of the machine`,
      row('SQLite, one process', 'sqlite'),
      row('PostgreSQL, one process', 'postgres'),
      row('PostgreSQL, 1 queue worker', '1 worker'),
      row('PostgreSQL, 2 queue workers', '2 workers', `  (${(rate('2 workers') / rate('1 worker')).toFixed(2)}× one worker)`),
      row('extract alone, 1 process', 'extract, 1 process'),
      row('extract alone, 2 processes', 'extract, 2 processes', `  (${(rate('extract, 2 processes') / rate('extract, 1 process')).toFixed(2)}× one: this machine's ceiling for the workers)`),
      `queue cost per article: publishing ${((median(runs.publish.map((m) => m.seconds)) / ARTICLES) * 1000).toFixed(2)} ms, ` +
        `one worker against one process ${(((median(runs['1 worker'].map((m) => m.seconds)) - median(runs.postgres.map((m) => m.seconds))) / ARTICLES) * 1000).toFixed(2)} ms`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await nats.stop();
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
