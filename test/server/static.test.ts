import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { staticRoutes } from '../../src/server/static.js';

describe('static files of the web interface', () => {
  it('serves the build and nothing outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'paraat-static-'));
    const web = join(root, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Paraat</title>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not for you');
    const app = Fastify();
    staticRoutes(app, web);
    const index = await app.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/assets/app-1234.js' });
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/nothing.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('not for you');
    }
    expect((await app.inject({ url: '/api/nothing' })).json().message).toMatch(/no API route/);
    await app.close();
  });

  it('says how to build the interface when it is missing', async () => {
    const app = Fastify();
    staticRoutes(app, null);
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toMatch(/npm run build:web/);
    await app.close();
  });
});
