// Main-text extraction on the Scrapinghub/Zyte article-extraction benchmark (181 pages): scores
// every shipped peer output with the benchmark's metric (src/eval/shingles.ts), checks each
// against the score its README publishes, and prints Paraat's extraction beside them with its
// throughput in pages per second.
// usage: npx tsx bench/article-extraction.ts [BENCHMARK_DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchPage, scorePages } from '../src/eval/shingles.js';
import type { ShingleScores } from '../src/eval/shingles.js';
import { extractHtml } from '../src/ingest/html/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/web/article-extraction-benchmark');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  process.stderr.write(`no benchmark at ${dir}\n`);
  process.exit(2);
}

type Bodies = Record<string, { articleBody?: string }>;
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = Object.keys(truth);

function score(bodies: Bodies): ShingleScores {
  return scorePages(ids.map((id) => matchPage(truth[id].articleBody, bodies[id]?.articleBody ?? '')));
}

/** The F1 column of the README's table of published peer scores, by output file. */
function publishedF1(): Map<string, number> {
  const published = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'README.md'), 'utf8').split('\n')) {
    const m = /^\|\s*`([^`]+\.json)`\s*\|[^|]*\|\s*([\d.]+)\s*\|/.exec(line);
    if (m) published.set(m[1], Number(m[2]));
  }
  return published;
}

const rows: { name: string; scores: ShingleScores; published: number | null; pagesPerSecond: number | null }[] = [];
const published = publishedF1();
for (const file of readdirSync(join(dir, 'output')).filter((f) => f.endsWith('.json')).sort()) {
  const raw = JSON.parse(readFileSync(join(dir, 'output', file), 'utf8')) as Bodies | { output: Bodies };
  const bodies = 'output' in raw && typeof raw.output === 'object' ? (raw.output as Bodies) : (raw as Bodies);
  rows.push({ name: file.replace(/\.json$/, ''), scores: score(bodies), published: published.get(file) ?? null, pagesPerSecond: null });
}

const pages = ids.map((id) => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'));
const extracted: Bodies = {};
let refused = 0;
const started = performance.now();
pages.forEach((html, i) => {
  try {
    extracted[ids[i]] = { articleBody: extractHtml(html, truth[ids[i]].url).text };
  } catch {
    refused++;
  }
});
const seconds = (performance.now() - started) / 1000;
rows.push({ name: 'paraat', scores: score(extracted), published: null, pagesPerSecond: pages.length / seconds });

rows.sort((a, b) => b.scores.f1 - a.scores.f1);
const f = (x: number) => x.toFixed(3);
process.stdout.write(`${'extractor'.padEnd(22)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'acc'.padStart(6)}  published F1  pages/s\n`);
let mismatches = 0;
for (const r of rows) {
  const check = r.published === null ? '' : Math.abs(r.published - Number(f(r.scores.f1))) < 1e-9 ? `${f(r.published)} ok` : `${f(r.published)} DIFFERS`;
  if (check.endsWith('DIFFERS')) mismatches++;
  const speed = r.pagesPerSecond === null ? '' : r.pagesPerSecond.toFixed(1);
  process.stdout.write(`${r.name.padEnd(22)} ${f(r.scores.f1).padStart(6)} ${f(r.scores.precision).padStart(6)} ${f(r.scores.recall).padStart(6)} ${f(r.scores.accuracy).padStart(6)}  ${check.padEnd(12)}  ${speed}\n`);
}
process.stdout.write(`${ids.length} pages; paraat found no article in ${refused}; ${mismatches} peer rows differ from the published scores\n`);
process.exit(mismatches > 0 ? 1 : 0);
