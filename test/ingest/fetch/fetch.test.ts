import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, readSources, USER_AGENT } from '../../../src/ingest/index.js';
import type { InputItem } from '../../../src/ingest/index.js';
import { articlePage, redirect, send, startServer } from './server.js';
import type { TestServer } from './server.js';

let server: TestServer;
const fetcher = () => new Fetcher({ timeoutMs: 500, maxBytes: 64 * 1024, maxRedirects: 3 });

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': send(200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }),
    '/page': send(200, articlePage('Bridge closed')),
    '/latin1': send(200, Buffer.from(articlePage('Caf\xe9 \x93closed\x94'), 'latin1'), { 'content-type': 'text/html; charset=ISO-8859-1' }),
    '/meta-charset': send(200, Buffer.from(articlePage('Na\xefve', '<meta charset="windows-1252">'), 'latin1'), { 'content-type': 'text/html' }),
    '/wrong-charset': send(200, articlePage('Oekraïne'), { 'content-type': 'text/html; charset=x-klingon' }),
    '/moved': redirect('/page', 301),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/hop1': redirect('/hop2'),
    '/hop2': redirect('/hop3'),
    '/hop3': redirect('/hop4'),
    '/hop4': redirect('/page'),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
      setTimeout(() => res.end('</body></html>'), 2000).unref();
    },
    '/big': send(200, 'x'.repeat(100 * 1024), { 'content-length': String(100 * 1024) }),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 100; i++) res.write('y'.repeat(1024));
      res.end();
    },
    '/binary': send(200, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), { 'content-type': 'text/html' }),
    '/private/page': send(200, articlePage('Secret')),
    '/gone': send(410, 'gone'),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 07 May 2024 10:00:00 GMT', 'content-type': 'text/html' }).end(articlePage('Tagged'));
    },
    '/feed.xml': send(
      200,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>
        <item><title>Bridge item</title><link>/page</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate><description>Short summary.</description></item>
        <item><title>Missing item</title><link>/missing</link><description>Only this summary.</description></item>
      </channel></rss>`,
      { 'content-type': 'application/rss+xml' },
    ),
  });
});
afterAll(() => server.close());

async function readAll(inputs: string[], fetch = false): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readSources(inputs, { fetch, fetcher: fetcher() })) items.push(item);
  return items;
}

const problems = (items: InputItem[]) => items.flatMap((i) => i.item.problems.map((p) => `${p.severity}: ${p.message}`));

describe('fetching URLs', () => {
  it('fetches a page with a User-Agent that names Paraat, after reading robots.txt', async () => {
    const fetched = await fetcher().fetch(`${server.url}/page`);
    expect(fetched).toMatchObject({ status: 200, notModified: false, charset: 'utf-8', url: `${server.url}/page` });
    const request = server.requests.find((r) => r.path === '/page')!;
    expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(server.requests.some((r) => r.path === '/robots.txt')).toBe(true);
  });

  it('follows redirects up to the limit, and names a loop', async () => {
    expect((await fetcher().fetch(`${server.url}/moved`)).url).toBe(`${server.url}/page`);
    await expect(fetcher().fetch(`${server.url}/hop1`)).rejects.toThrow(`${server.url}/hop1: more than 3 redirects`);
    await expect(fetcher().fetch(`${server.url}/loop-a`)).rejects.toThrow(`${server.url}/loop-a: redirect loop (back to ${server.url}/loop-a)`);
  });

  it('gives up on a slow server, an oversized body, an error status and what robots.txt forbids', async () => {
    await expect(fetcher().fetch(`${server.url}/slow`)).rejects.toThrow(`${server.url}/slow: no complete answer within 0.5s`);
    await expect(fetcher().fetch(`${server.url}/big`)).rejects.toThrow(`${server.url}/big: the body is 102400 bytes, over the limit of 65536`);
    await expect(fetcher().fetch(`${server.url}/big-chunked`)).rejects.toThrow(`${server.url}/big-chunked: the body is over the limit of 65536 bytes`);
    await expect(fetcher().fetch(`${server.url}/gone`)).rejects.toThrow(`${server.url}/gone: HTTP 410 Gone`);
    await expect(fetcher().fetch(`${server.url}/private/page`)).rejects.toThrow(`${server.url}/private/page: robots.txt does not allow Paraat/0.1 to fetch it`);
    await expect(fetcher().fetch('ftp://127.0.0.1/x')).rejects.toThrow('ftp://127.0.0.1/x: only http and https URLs are fetched');
  });

  it('sends ETag and Last-Modified back, and reports a 304 as not modified', async () => {
    const first = await fetcher().fetch(`${server.url}/etag`);
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 07 May 2024 10:00:00 GMT' });
    const second = await fetcher().fetch(`${server.url}/etag`, { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(server.requests.filter((r) => r.path === '/etag').at(-1)!.headers['if-modified-since']).toBe('Tue, 07 May 2024 10:00:00 GMT');
  });

  it('decodes the charset of the header or the page, and warns about an unknown one', async () => {
    const items = await readAll([`${server.url}/latin1`, `${server.url}/meta-charset`, `${server.url}/wrong-charset`]);
    expect(items.flatMap((i) => (i.item.article ? [i.item.article.title] : []))).toEqual(['Café “closed”', 'Naïve', 'Oekraïne']);
    expect(problems(items)).toContain('warning: unknown charset "x-klingon"; read as UTF-8');
  });

  it('reports a refused URL by name and goes on with the rest', async () => {
    const items = await readAll([`${server.url}/binary`, `${server.url}/loop-a`, `${server.url}/page`]);
    expect(items.map((i) => [i.input, i.item.article?.title ?? null])).toEqual([
      [`${server.url}/binary`, null],
      [`${server.url}/loop-a`, null],
      [`${server.url}/page`, 'Bridge closed'],
    ]);
    expect(problems(items).slice(0, 2)).toEqual(['error: binary file, not text', `error: redirect loop (back to ${server.url}/loop-a)`]);
  });

  it('with --fetch, replaces a summary by its page, keeping the summary when the page fails', async () => {
    const items = await readAll([`${server.url}/feed.xml`], true);
    const articles = items.flatMap((i) => (i.item.article ? [i.item.article] : []));
    expect(articles.map((a) => [a.title, a.url, a.date, a.source, a.text.split('\n\n')[0]])).toEqual([
      ['Bridge item', `${server.url}/page`, '2024-05-07', 'Test Feed', 'The regional council voted on Tuesday to close the northern border crossing for three weeks after the floods. Bridge closed.'],
      ['Missing item', `${server.url}/missing`, null, 'Test Feed', 'Only this summary.'],
    ]);
    expect(problems(items)).toContain(`warning: ${server.url}/missing: HTTP 404 Not Found`);
  });
});
