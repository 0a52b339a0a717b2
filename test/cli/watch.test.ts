import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedsOfFile } from '../../src/cli/commands/watch.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startServer } from '../ingest/fetch/server.js';
import type { TestServer } from '../ingest/fetch/server.js';
import { Queue } from '../../src/queue/nats.js';
import { hasNats, startNats } from '../queue/nats-server.js';
import { paraat, paraatAsync, tempDir } from './run.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/robots.txt': send(404, ''),
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>F</title><item><guid>1</guid><title>Rain</title><description>Rain fell on the capital on Monday.</description></item></channel></rss>');
    },
  });
});
afterAll(() => server.close());

describe('paraat watch', () => {
  it('polls, reports one line per poll and stops cleanly on Ctrl-C', async () => {
    const db = join(tempDir(), 'w.db');
    const child = paraatAsync(['watch', `${server.url}/feed.xml`, '--interval', '1s', '--db', db]);
    let stderr = '';
    let stopped = false;
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
      // One Ctrl-C: a second one would end the process at once, as it should.
      if (!stopped && /not modified/.test(stderr)) stopped = child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`${server.url}/feed.xml: 1 items, 1 new, 1 stored, 0 already stored \\(next poll in 1s\\)`));
    expect(stderr.trim().endsWith('stopped')).toBe(true);
  });

  it('reads a feeds file with an interval per feed, and refuses a bad line by its number', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feeds.txt'), '# feeds\nhttp://127.0.0.1:1/a.xml 30m\n\nhttp://127.0.0.1:1/b.xml\n');
    expect(feedsOfFile(join(dir, 'feeds.txt'), 900)).toEqual([
      { url: 'http://127.0.0.1:1/a.xml', intervalSeconds: 1800 },
      { url: 'http://127.0.0.1:1/b.xml', intervalSeconds: 900 },
    ]);
    writeFileSync(join(dir, 'bad.txt'), 'http://127.0.0.1:1/a.xml often\n');
    const run = paraat(['watch', '--feeds', join(dir, 'bad.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'bad.txt')}:1: interval "often" is not a number of seconds, minutes (15m) or hours (1h)`);
  });

  it.skipIf(!hasNats)('publishes the new items to the queue with --queue, its feed state in --state beside a server database', async () => {
    const nats = await startNats();
    try {
      const state = join(tempDir(), 'state.db');
      const child = paraatAsync(['watch', `${server.url}/feed.xml`, '--interval', '1s', '--db', 'postgres://paraat@127.0.0.1:1/unused', '--state', state, '--queue', nats.url]);
      let stderr = '';
      let stopped = false;
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
        if (!stopped && /not modified/.test(stderr)) stopped = child.kill('SIGINT');
      });
      expect(await new Promise<number | null>((resolve) => child.on('close', resolve))).toBe(0);
      expect(stderr).toContain(`watching 1 feed → ${nats.url}`);
      expect(stderr).toMatch(new RegExp(`${server.url}/feed.xml: 1 items, 1 new, 1 queued, 0 already queued \\(next poll in 1s\\)`));
      const queue = await Queue.open(nats.url);
      expect(await queue.status()).toEqual({ pending: 1, inFlight: 0, redelivered: 0, failed: 0 });
      await queue.close();
    } finally {
      await nats.stop();
    }
  });

  it('asks for a feed-state file beside a server database', () => {
    const run = paraat(['watch', `${server.url}/feed.xml`, '--db', 'postgres://paraat@127.0.0.1:1/none']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the watcher keeps its feed state in a SQLite file: with a server database give --state FILE');
  });

  it('refuses a bad interval or a feed that is no URL', () => {
    expect(paraat(['watch', 'feed.xml']).stderr).toContain('"feed.xml" is not an http(s) URL');
    expect(paraat(['watch', 'http://127.0.0.1:1/f', '--interval', 'soon']).status).toBe(2);
  });
});
