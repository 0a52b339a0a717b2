// Main-text extraction on the Scrapinghub/Zyte article-extraction benchmark (181 pages): scores
// every shipped peer output with the benchmark's metric (src/eval/shingles.ts), checks each
// against the score its README publishes, and prints Paraat's extraction beside them with its
// throughput in pages per second.
// usage: npx tsx bench/article-extraction.ts [BENCHMARK_DIR]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openArticleBenchmark } from '../src/eval/article-benchmark.js';
import type { ArticleBodies } from '../src/eval/article-benchmark.js';
import type { ShingleScores } from '../src/eval/shingles.js';
import { extractHtml } from '../src/ingest/html/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/web/article-extraction-benchmark');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  process.stderr.write(`no benchmark at ${dir}\n`);
  process.exit(2);
}
const bench = openArticleBenchmark(dir);
const published = bench.publishedF1();
const rows: { name: string; scores: ShingleScores; published: number | null; pagesPerSecond: number | null }[] = [];
for (const [name, bodies] of bench.outputs()) rows.push({ name, scores: bench.score(bodies), published: published.get(name) ?? null, pagesPerSecond: null });

const pages = bench.ids.map((id) => bench.page(id));
const extracted: ArticleBodies = {};
let refused = 0;
const started = performance.now();
pages.forEach((html, i) => {
  const id = bench.ids[i];
  try {
    extracted[id] = { articleBody: extractHtml(html, bench.truth[id].url).text };
  } catch {
    refused++;
  }
});
const seconds = (performance.now() - started) / 1000;
rows.push({ name: 'paraat', scores: bench.score(extracted), published: null, pagesPerSecond: pages.length / seconds });

rows.sort((a, b) => b.scores.f1 - a.scores.f1);
const f = (x: number) => x.toFixed(3);
process.stdout.write(`${'extractor'.padEnd(22)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'acc'.padStart(6)}  published F1  pages/s\n`);
let mismatches = 0;
for (const r of rows) {
  const same = r.published !== null && f(r.published) === f(r.scores.f1);
  if (r.published !== null && !same) mismatches++;
  const check = r.published === null ? '' : `${f(r.published)} ${same ? 'ok' : 'DIFFERS'}`;
  const speed = r.pagesPerSecond === null ? '' : r.pagesPerSecond.toFixed(1);
  process.stdout.write(`${r.name.padEnd(22)} ${f(r.scores.f1).padStart(6)} ${f(r.scores.precision).padStart(6)} ${f(r.scores.recall).padStart(6)} ${f(r.scores.accuracy).padStart(6)}  ${check.padEnd(12)}  ${speed}\n`);
}
process.stdout.write(`${bench.ids.length} pages; paraat found no article in ${refused}; ${mismatches} peer rows differ from the published scores\n`);
process.exit(mismatches > 0 ? 1 : 0);
