import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { SourceState } from '../../src/store/source-state.js';
import { Queue } from '../../src/queue/nats.js';
import { runWorker } from '../../src/queue/worker.js';
import { ArticleSink, QueueSink, Watcher } from '../../src/watch/index.js';
import type { WatchedFeed } from '../../src/watch/index.js';
import { articlePage, redirect, send, startServer } from '../ingest/fetch/server.js';
import type { Handler, TestServer } from '../ingest/fetch/server.js';
import type { TestNats } from '../queue/nats-server.js';
import { hasNats, startNats } from '../queue/nats-server.js';

let server: TestServer;
const pipeline = createPipeline({ components: ['tokens'] });

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed</title>${items.join('')}</channel></rss>`;
}
const item = (id: string, link: string, description = 'Summary only.') => `<item><guid>${id}</guid><title>Item ${id}</title><link>${link}</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate><description>${description}</description></item>`;

/** A feed that answers 304 to its current ETag; set `body` and `etag` to change it. */
function conditionalFeed(feed: { body: string; etag: string }) {
  const handler: Handler = (req, res) => {
    if (req.headers['if-none-match'] === feed.etag) res.writeHead(304, { etag: feed.etag }).end();
    else res.writeHead(200, { etag: feed.etag, 'content-type': 'application/rss+xml' }).end(feed.body);
  };
  return handler;
}

const feedA = { body: '', etag: '"a1"' };

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': send(404, ''),
    '/a.xml': conditionalFeed(feedA),
    '/b.xml': send(200, '', {}),
    '/moved.xml': redirect('/b.xml'),
    '/broken.xml': send(500, 'oops'),
    '/not-a-feed.xml': send(200, '<html><body>hello</body></html>', { 'content-type': 'text/xml' }),
    '/cp1252.xml': send(200, Buffer.from(rss([item('w', '/pages/none', 'Caf\xe9 \x93open\x94.')]), 'latin1'), { 'content-type': 'application/rss+xml; charset=windows-1252' }),
    '/slow.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      setTimeout(() => res.end(rss([])), 2000).unref();
    },
  });
  feedA.body = rss([item('1', `${server.url}/pages/one`), item('2', `${server.url}/pages/two`)]);
  server.routes.set('/b.xml', send(200, rss([item('b1', `${server.url}/pages/one?utm_source=other`)]), { 'content-type': 'application/rss+xml' }));
  for (const page of ['one', 'two', 'three']) {
    server.routes.set(`/pages/${page}`, send(200, articlePage(`Page ${page}`, `<link rel="canonical" href="${server.url}/pages/${page}">`)));
    server.routes.set(`/pages/${page}?utm_source=other`, send(200, articlePage(`Page ${page}`, `<link rel="canonical" href="${server.url}/pages/${page}">`)));
  }
});
afterAll(() => server.close());

async function open(db: string, options: { now?: () => number; log?: (l: string) => void } = {}) {
  const store = await openStore(db);
  const state = new SourceState(db);
  const fetcher = new Fetcher({ timeoutMs: 500 });
  const watcher = new Watcher([], new ArticleSink(store, state, (a) => pipeline.process(a), 1), state, { fetcher, retrySeconds: 60, maxBackoffSeconds: 300, ...options });
  return { store, state, watcher, close: async () => (state.close(), await store.close()) };
}

const feed = (path: string): WatchedFeed => ({ url: `${server.url}${path}`, intervalSeconds: 600 });
const fetchesOf = (path: string) => server.requests.filter((r) => r.path === path).length;

describe('the feed watcher', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'paraat-watch-')), 'w.db');

  it('stores the new items of a feed with their pages, and an article met again through another feed once', async () => {
    const w = await open(db);
    const first = await w.watcher.poll(feed('/a.xml'));
    expect(first).toMatchObject({ status: 'new', items: 2, newItems: 2, stored: 2, alreadyStored: 0, problems: [] });
    expect(fetchesOf('/pages/one')).toBe(1);
    const other = await w.watcher.poll(feed('/moved.xml'));
    expect(other).toMatchObject({ status: 'new', items: 1, newItems: 1, stored: 0, alreadyStored: 1 });
    expect((await w.store.stats()).articles).toBe(2);
    expect(w.state.feed(feed('/a.xml').url)).toMatchObject({ etag: '"a1"', failures: 0, items: 2, lastError: null });
    await w.close();
  });

  it('asks again with the ETag, takes a 304 as nothing new, and after a restart fetches only the new item', async () => {
    let w = await open(db);
    expect(await w.watcher.poll(feed('/a.xml'))).toMatchObject({ status: 'not-modified', newItems: 0, stored: 0 });
    expect(server.requests.filter((r) => r.path === '/a.xml').at(-1)!.headers['if-none-match']).toBe('"a1"');
    await w.close();
    feedA.body = rss([item('3', `${server.url}/pages/three`), item('1', `${server.url}/pages/one`), item('2', `${server.url}/pages/two`)]);
    feedA.etag = '"a2"';
    w = await open(db);
    const pagesBefore = fetchesOf('/pages/one') + fetchesOf('/pages/two');
    expect(await w.watcher.poll(feed('/a.xml'))).toMatchObject({ status: 'new', items: 3, newItems: 1, stored: 1 });
    expect(fetchesOf('/pages/one') + fetchesOf('/pages/two')).toBe(pagesBefore);
    expect(fetchesOf('/pages/three')).toBe(1);
    expect(w.state.feed(feed('/a.xml').url)).toMatchObject({ etag: '"a2"', items: 3 });
    await w.close();
  });

  it('retries a failing feed with a doubling back-off, reporting each failure', async () => {
    const lines: string[] = [];
    const w = await open(db, { now: () => 1_000_000, log: (l) => lines.push(l) });
    const first = await w.watcher.poll(feed('/broken.xml'));
    expect(first).toMatchObject({ status: 'failed', error: 'HTTP 500 Internal Server Error', nextPoll: 1_000_000 + 60_000 });
    const second = await w.watcher.poll(feed('/broken.xml'));
    expect(second.nextPoll).toBe(1_000_000 + 120_000);
    expect(w.state.feed(feed('/broken.xml').url)).toMatchObject({ failures: 2, lastError: 'HTTP 500 Internal Server Error' });
    expect(lines[1]).toBe(`1970-01-01T00:16:40.000Z ${server.url}/broken.xml: error: HTTP 500 Internal Server Error (failure 2; next poll in 120s)`);
    expect((await w.watcher.poll(feed('/not-a-feed.xml'))).error).toBe('not a feed: no RSS, RDF or Atom root element');
    expect((await w.watcher.poll(feed('/slow.xml'))).error).toBe('no complete answer within 0.5s');
    await w.close();
  });

  it('decodes a feed in the charset its header names, keeping the summary of an item whose page is missing', async () => {
    const lines: string[] = [];
    const w = await open(db, { log: (l) => lines.push(l) });
    expect(await w.watcher.poll(feed('/cp1252.xml'))).toMatchObject({ status: 'new', stored: 1 });
    await w.close();
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT text FROM articles WHERE url = ?').get(`${server.url}/pages/none`)).toEqual({ text: 'Café “open”.' });
    handle.close();
  });

  it('runs until stopped, polling each feed when it is due', async () => {
    const stop = new AbortController();
    const lines: string[] = [];
    const store = await openStore(db);
    const state = new SourceState(db);
    const feeds = [{ url: `${server.url}/a.xml`, intervalSeconds: 1 }];
    const watcher = new Watcher(feeds, new ArticleSink(store, state, (a) => pipeline.process(a), 1), state, {
      fetcher: new Fetcher({ timeoutMs: 500 }),
      log: (l) => {
        lines.push(l);
        if (lines.length === 2) stop.abort();
      },
    });
    const started = Date.now();
    await watcher.run(stop.signal);
    expect(lines.length).toBe(2);
    expect(lines.every((l) => l.endsWith(`${server.url}/a.xml: not modified (next poll in 1s)`))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    state.close();
    await store.close();
  });
});

describe.skipIf(!hasNats)('the feed watcher with a queue', () => {
  let nats: TestNats;
  let queue: Queue;

  beforeAll(async () => {
    nats = await startNats();
    queue = await Queue.open(nats.url, { ackWaitSeconds: 2 });
    server.routes.set('/q.xml', send(200, rss([item('q1', `${server.url}/pages/one`), item('q2', `${server.url}/pages/two`)]), { 'content-type': 'application/rss+xml' }));
    server.routes.set('/q-other.xml', send(200, rss([item('o1', `${server.url}/pages/one?utm_source=other`)]), { 'content-type': 'application/rss+xml' }));
  });
  afterAll(async () => {
    await queue.close();
    await nats.stop();
  });

  it('publishes the new items for the workers instead of coding them, keeping the feed state, and publishes nothing twice', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'paraat-watch-queue-')), 'state.db');
    const lines: string[] = [];
    const watcherOf = (state: SourceState) => new Watcher([], new QueueSink(queue, state), state, { fetcher: new Fetcher({ timeoutMs: 500 }), log: (l) => lines.push(l) });
    let state = new SourceState(statePath);
    expect(await watcherOf(state).poll(feed('/q.xml'))).toMatchObject({ status: 'new', items: 2, newItems: 2, stored: 2, alreadyStored: 0 });
    expect(lines.at(-1)).toMatch(/\/q\.xml: 2 items, 2 new, 2 queued, 0 already queued \(next poll in 600s\)$/);
    // The same page through another feed has the same canonical URL: not queued again.
    expect(await watcherOf(state).poll(feed('/q-other.xml'))).toMatchObject({ newItems: 1, stored: 0, alreadyStored: 1 });
    state.close();
    state = new SourceState(statePath);
    expect(await watcherOf(state).poll(feed('/q.xml'))).toMatchObject({ status: 'new', newItems: 0, stored: 0 });
    expect(state.feed(feed('/q.xml').url)).toMatchObject({ failures: 0, items: 2, lastError: null });
    state.close();
    expect(await queue.status()).toEqual({ pending: 2, inFlight: 0, redelivered: 0, failed: 0 });

    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'paraat-watch-worker-')), 'w.db'));
    const summary = await runWorker(queue, store, (a) => pipeline.process(a), { exitWhenEmpty: true });
    expect(summary).toEqual({ stored: 2, alreadyStored: 0, events: 0, failed: 0, retried: 0 });
    const handle = new Database(store.location, { readonly: true });
    // The pages' text, read by the watcher, not the feeds' summaries.
    expect(handle.prepare("SELECT title, url, text LIKE '%Page one.%' AS one, text LIKE '%Page two.%' AS two FROM articles ORDER BY url").all()).toEqual([
      { title: 'Item q1', url: `${server.url}/pages/one`, one: 1, two: 0 },
      { title: 'Item q2', url: `${server.url}/pages/two`, one: 0, two: 1 },
    ]);
    handle.close();
    await store.close();
  });
});
