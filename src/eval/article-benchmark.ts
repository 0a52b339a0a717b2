// The article-extraction benchmark's files (ground truth, gzipped pages, peer outputs, the README's
// published scores), read for bench/article-extraction.ts and its test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchPage, scorePages } from './shingles.js';
import type { ShingleScores } from './shingles.js';

export type ArticleBodies = Record<string, { articleBody?: string }>;

export interface ArticleBenchmark {
  ids: string[];
  truth: Record<string, { articleBody: string; url: string }>;
  /** The page of an id, decompressed. */
  page(id: string): string;
  /** Each shipped peer output by name (file name without .json). */
  outputs(): Map<string, ArticleBodies>;
  /** The F1 the README publishes for each output file name. */
  publishedF1(): Map<string, number>;
  score(bodies: ArticleBodies): ShingleScores;
}

export function openArticleBenchmark(dir: string): ArticleBenchmark {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as ArticleBenchmark['truth'];
  const ids = Object.keys(truth);
  return {
    ids,
    truth,
    page: (id) => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    outputs() {
      const outputs = new Map<string, ArticleBodies>();
      for (const file of readdirSync(join(dir, 'output')).filter((f) => f.endsWith('.json')).sort()) {
        const raw = JSON.parse(readFileSync(join(dir, 'output', file), 'utf8')) as ArticleBodies | { output: ArticleBodies };
        // Some outputs are wrapped as {"version": ..., "output": {...}}.
        outputs.set(file.replace(/\.json$/, ''), 'output' in raw && typeof raw.output === 'object' ? (raw.output as ArticleBodies) : (raw as ArticleBodies));
      }
      return outputs;
    },
    publishedF1() {
      const published = new Map<string, number>();
      for (const line of readFileSync(join(dir, 'README.md'), 'utf8').split('\n')) {
        const m = /^\|\s*`([^`]+)\.json`\s*\|[^|]*\|\s*([\d.]+)\s*\|/.exec(line);
        if (m) published.set(m[1], Number(m[2]));
      }
      return published;
    },
    score: (bodies) => scorePages(ids.map((id) => matchPage(truth[id].articleBody, bodies[id]?.articleBody ?? ''))),
  };
}
