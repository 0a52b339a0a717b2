import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.js';

const TOKEN = 'security-token-81a3';
let server: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-security-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Paraat</title>');
  writeFileSync(join(web, 'assets', 'app-1.js'), 'console.log(1)');
  const dbPath = join(dir, 'paraat.db');
  server = await buildServer({ dbPath, token: TOKEN, webRoot: web, bodyLimit: 50_000, limits: { maxArticleBytes: 1000, oversize: 'refuse', maxEvents: 1000 } });
  proxied = await buildServer({ dbPath, token: null, webRoot: web, allowedHosts: ['paraat.example.org', '192.168.1.20'] });
});

afterAll(async () => {
  await server?.close();
  await proxied?.close();
});

describe('security headers', () => {
  it('are on the dashboard, its assets, the API, errors and unknown paths', async () => {
    for (const url of ['/', '/assets/app-1.js', '/api/stats', '/api/events?limit=0', '/api/openapi.json', '/no/such/page.js']) {
      const headers = (await server.inject({ url })).headers;
      expect(headers['content-security-policy'], url).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';font-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
      );
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('no-referrer');
      expect(headers['x-frame-options'], url).toBe('DENY');
      expect(headers['strict-transport-security'], url).toBeUndefined();
    }
  });
});

describe('the Host allow-list', () => {
  it('answers the loopback names and refuses any other, as a rebound DNS name would send', async () => {
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      expect((await server.inject({ url: '/api/stats', headers: { host } })).statusCode, host).toBe(200);
    }
    const rebound = await server.inject({ url: '/api/stats', headers: { host: 'attacker.example:8080' } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().message).toBe('host "attacker.example" is not allowed: serve with --host attacker.example or --allow-host attacker.example to allow it');
    expect(rebound.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('answers the names it is given besides', async () => {
    expect((await proxied.inject({ url: '/api/stats', headers: { host: 'Paraat.example.org' } })).statusCode).toBe(200);
    expect((await proxied.inject({ url: '/', headers: { host: '192.168.1.20:8080' } })).statusCode).toBe(200);
    expect((await proxied.inject({ url: '/', headers: { host: 'other.example.org' } })).statusCode).toBe(403);
  });
});

describe('writes', () => {
  const post = (payload: string, headers: Record<string, string> = {}) =>
    server.inject({ method: 'POST', url: '/api/articles', payload, headers: { 'content-type': 'application/json', ...headers } });
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('check the token before the body: 401 for a malformed, an invalid or a too large body', async () => {
    for (const body of ['{not json', '{"title": "no text"}', JSON.stringify({ text: 'x'.repeat(60_000) })]) {
      const response = await post(body);
      expect(response.statusCode, body.slice(0, 20)).toBe(401);
      expect(response.json().message).toBe('missing "Authorization: Bearer <token>" header');
    }
  });

  it('refuse a body over the limit with a 413', async () => {
    expect((await post(JSON.stringify({ text: 'x'.repeat(60_000) }), auth)).statusCode).toBe(413);
  });

  it('refuse an article over the size limit with a 413 that says its size', async () => {
    const response = await post(JSON.stringify([{ text: 'Kort.' }, { text: 'ë'.repeat(600) }]), auth);
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toBe("article 2: its text is 1.2 kB, more than this server's limit of 1.0 kB");
  });

  it('do not coerce a number into a text, as the command line does not', async () => {
    const response = await post(JSON.stringify({ text: 12345 }), auth);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^body\.text must be string/);
  });
});
