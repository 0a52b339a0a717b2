// Extraction throughput: runs the full pipeline (language, tokens, sentences, mentions, events,
// quotes) over ../shared/data/news and prints articles/s, tokens/s and peak memory, as medians of
// several runs (wall clock, and per CPU second: one core's work whatever else the machine runs),
// beside a peer run in the same process: tokenisation alone, the floor any coder pays.
// usage: npx tsx bench/extract.ts [DATA_DIR] [--runs N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/document/index.js';
import { articleId } from '../src/ingest/index.js';
import { analyze } from '../src/nlp/index.js';
import { createPipeline } from '../src/pipeline/index.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dataDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(import.meta.dirname, '../../shared/data');
const news = join(dataDir, 'news');

function article(text: string, lang: string, source: string): Article {
  return { id: articleId(text, source), externalId: null, source, url: null, title: null, text, date: null, lang, origin: { file: source } };
}

function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

function loadNews(): Article[] {
  const articles: Article[] = [];
  const bbc = join(news, 'en-bbc-politics-2004-2005');
  for (const f of readdirSync(bbc).sort()) articles.push(article(readFileSync(join(bbc, f), 'utf8'), 'en', `bbc/${f}`));
  const guardian = parseCsv(readFileSync(join(news, 'en-guardian-2017-2019.csv'), 'utf8'));
  const textColumn = guardian[0].findIndex((h) => /text|body|content/i.test(h));
  for (const row of guardian.slice(1)) if (row[textColumn]?.trim()) articles.push(article(row[textColumn], 'en', 'guardian'));
  const dutch = readFileSync(join(news, 'nl-press-2019-2020.tsv'), 'utf8').split('\n');
  const header = dutch[0].split('\t');
  const nlColumn = header.findIndex((h) => /text|body|content/i.test(h));
  for (const line of dutch.slice(1)) {
    const cell = line.split('\t')[nlColumn];
    if (cell?.trim()) articles.push(article(cell, 'nl', 'nl-press'));
  }
  return articles;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const articles = loadNews();
const pipeline = createPipeline();
const tokens = articles.reduce((n, a) => n + analyze(a).tokens.length, 0);
let peak = process.memoryUsage().rss;

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall-clock and CPU seconds of one pass; CPU time is what one core spends, whatever else runs. */
function time(work: (a: Article) => unknown): Timing {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const a of articles) work(a);
  const cpu = process.cpuUsage(cpuStart);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { wall: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

time((a) => pipeline.process(a));
const full = Array.from({ length: runs }, () => time((a) => pipeline.process(a)));
const tokenOnly = Array.from({ length: runs }, () => time((a) => analyze(a)));

const rows = [
  ['full pipeline', full],
  ['tokens + sentences only (peer)', tokenOnly],
] as const;
const fullWall = median(full.map((t) => t.wall));
console.log(`${articles.length} articles, ${tokens} tokens, median of ${runs} runs, one core`);
console.log(`${'run'.padEnd(32)} ${'articles/s'.padStart(11)} ${'tokens/s'.padStart(11)} ${'ratio'.padStart(7)} ${'articles/CPU-s'.padStart(15)}`);
for (const [name, timings] of rows) {
  const seconds = median(timings.map((t) => t.wall));
  const cpu = median(timings.map((t) => t.cpu));
  console.log(
    `${name.padEnd(32)} ${(articles.length / seconds).toFixed(0).padStart(11)} ${(tokens / seconds).toFixed(0).padStart(11)} ${(seconds / fullWall).toFixed(2).padStart(7)} ${(articles.length / cpu).toFixed(0).padStart(15)}`,
  );
}
console.log(`peak memory (RSS): ${(peak / 1024 / 1024).toFixed(0)} MB`);
