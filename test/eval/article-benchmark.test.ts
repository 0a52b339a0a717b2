import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArticleBenchmark } from '../../src/eval/article-benchmark.js';
import type { ArticleBodies } from '../../src/eval/article-benchmark.js';
import { extractHtml } from '../../src/ingest/html/index.js';

const dir = join(import.meta.dirname, '../../../shared/data/web/article-extraction-benchmark');
const present = existsSync(join(dir, 'ground-truth.json'));
if (!present) console.warn(`article-extraction benchmark tests skipped: no ${dir}`);

describe.skipIf(!present)('article-extraction benchmark', () => {
  it('reproduces the published F1 of every shipped peer output', () => {
    const bench = openArticleBenchmark(dir);
    const published = bench.publishedF1();
    const outputs = bench.outputs();
    expect(outputs.size).toBe(13);
    for (const [name, bodies] of outputs) expect(bench.score(bodies).f1.toFixed(3), name).toBe(published.get(name)!.toFixed(3));
  });

  it('extracts the main text of the 181 pages with F1 of at least 0.95', () => {
    const bench = openArticleBenchmark(dir);
    const bodies: ArticleBodies = {};
    for (const id of bench.ids) bodies[id] = { articleBody: extractHtml(bench.page(id), bench.truth[id].url).text };
    expect(bench.score(bodies).f1).toBeGreaterThanOrEqual(0.95);
  });
});
