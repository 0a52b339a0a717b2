import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/index.js';
import { articleId } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { SourceState } from '../../src/store/source-state.js';
import { ArticleSink } from '../../src/watch/index.js';

const pipeline = createPipeline({ components: ['tokens'] });

function article(text: string, source: string, url: string | null, canonicalUrl: string | null = null): Article {
  return { id: articleId(text, source), externalId: null, source, url, canonicalUrl, title: null, text, date: null, lang: 'en', origin: { file: source } };
}

describe('the article sink', () => {
  it('stores a web article once whether it comes again by id, canonical URL or normalised text, in this run or a later one', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'paraat-sink-')), 's.db');
    const open = async () => {
      const store = await openStore(db);
      const state = new SourceState(db);
      return { store, state, sink: new ArticleSink(store, state, (a) => pipeline.process(a), 2) };
    };
    let s = await open();
    expect(await s.sink.add(article('Rain fell on the capital.', 'feed-a', 'https://a.example/rain'))).toBe(true);
    expect(await s.sink.add(article('Rain  fell on the\ncapital.', 'feed-b', 'https://b.example/other'))).toBe(false);
    expect(await s.sink.add(article('Rain fell on the capital, it said.', 'feed-c', 'https://a.example/rain?utm_source=x#top'))).toBe(false);
    expect(await s.sink.add(article('Snow fell.', 'feed-c', 'https://c.example/snow', 'https://c.example/snow-canonical'))).toBe(true);
    await s.sink.flush();
    expect(s.sink.counts).toEqual({ stored: 2, alreadyStored: 2, events: 0 });
    s.state.close();
    await s.store.close();
    s = await open();
    expect(await s.sink.add(article('Other words entirely.', 'feed-d', 'https://c.example/snow-canonical/'))).toBe(false);
    expect(await s.sink.add(article('Snow fell.', 'feed-e', 'https://e.example/snow'))).toBe(false);
    // Without a URL, the same text from another source is another report.
    expect(await s.sink.add(article('Snow fell.', 'wire-f', null))).toBe(true);
    await s.sink.flush();
    expect((await s.store.stats()).articles).toBe(3);
    s.state.close();
    await s.store.close();
  });
});
