import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { newFeedState, SourceState } from '../../src/store/source-state.js';

describe('GET /api/feeds', () => {
  it('lists no feeds for a database no watcher has run on, then each watched feed\'s state', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'paraat-feeds-')), 'f.db');
    await (await openStore(dbPath)).close();
    let app = await buildServer({ dbPath, token: null, webRoot: null });
    expect((await app.inject({ method: 'GET', url: '/api/feeds' })).json()).toEqual({ feeds: [] });
    await app.close();
    const state = new SourceState(dbPath);
    state.saveFeed({ ...newFeedState('https://news.example/feed.xml'), lastPoll: '2026-12-08T02:00:00.000Z', failures: 2, lastError: 'HTTP 503 Service Unavailable', items: 7 });
    state.close();
    app = await buildServer({ dbPath, token: null, webRoot: null });
    expect((await app.inject({ method: 'GET', url: '/api/feeds' })).json()).toEqual({
      feeds: [{ url: 'https://news.example/feed.xml', last_poll: '2026-12-08T02:00:00.000Z', last_success: null, next_poll: null, items: 7, failures: 2, last_error: 'HTTP 503 Service Unavailable' }],
    });
    await app.close();
  });
});
