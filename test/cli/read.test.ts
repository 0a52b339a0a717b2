import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paraat, tempDir } from './run.js';

const body = [
  'The regional council voted on Tuesday to close the northern border crossing for three weeks after the floods.',
  'Officials said the decision followed two days of talks with the neighbouring province and the transport ministry.',
  'Traders who use the crossing every day said the closure would cost them a large part of their monthly income.',
];
const page = `<!doctype html><html lang="en"><head><title>Council closes crossing | Daily Post</title>
  <meta property="article:published_time" content="2023-10-17T09:00:00Z"><meta name="author" content="Jane Reporter">
  <link rel="canonical" href="https://post.example/news/crossing"></head>
  <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
  <item><title>Ferry strike ends</title><link>https://news.example/ferry</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate><description>The ferry strike ended after three days.</description></item>
</channel></rss>`;

describe('paraat read', () => {
  it('prints what it read of pages, feeds and CSV files in input order, refusing bad input by name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-page.html'), page);
    writeFileSync(join(dir, 'b-feed.xml'), feed);
    writeFileSync(join(dir, 'c-rows.csv'), 'date,title,text\n2020-01-01,First,Rain fell on the capital.\n2020-01-02,Second,Too,many,fields\n');
    writeFileSync(join(dir, 'd-no-text.csv'), 'id,summary\n1,x\n');
    writeFileSync(join(dir, 'e-not-a-feed.xml'), '<?xml version="1.0"?><catalog><book/></catalog>');
    writeFileSync(join(dir, 'f-binary.html'), Buffer.from([0x3c, 0x68, 0, 0, 1, 2, 3]));
    const run = paraat(['read', dir]);
    expect(run.status).toBe(1);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.input.slice(dir.length + 1), r.title, r.date, r.date_precision, r.lang])).toEqual([
      ['a-page.html', 'Council closes crossing', '2023-10-17', 'day', 'en'],
      ['b-feed.xml', 'Ferry strike ends', '2024-05-07', 'day', 'en'],
      ['c-rows.csv', 'First', '2020-01-01', 'day', 'en'],
    ]);
    expect(records[0]).toMatchObject({ author: 'Jane Reporter', canonical_url: 'https://post.example/news/crossing', text: body.join('\n\n') });
    expect(records[1]).toMatchObject({ url: 'https://news.example/ferry', source: 'Harbour News', text: 'The ferry strike ended after three days.' });
    expect(run.stderr).toContain(`${join(dir, 'c-rows.csv')}:3: error: the row has 5 fields, the header 3`);
    expect(run.stderr).toContain(`${join(dir, 'd-no-text.csv')}:1: error: no text column in the header: id, summary (name it with --text-column)`);
    expect(run.stderr).toContain(`${join(dir, 'e-not-a-feed.xml')}: error: not a feed: no RSS, RDF or Atom root element`);
    expect(run.stderr).toContain(`${join(dir, 'f-binary.html')}: error: binary file, not text`);
  });

  it('reads a CSV column the user names, and prints a table', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.csv'), 'when,story\n2021-05-01,Police arrested twelve protesters.\n');
    const run = paraat(['read', join(dir, 'x.csv'), '--text-column', 'story', '--date-column', 'when', '--format', 'table']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[2]).toMatch(/x\.csv\s+2021-05-01\s+en\s+34\s+-$/);
  });
});
