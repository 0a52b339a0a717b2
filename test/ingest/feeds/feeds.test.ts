import { describe, expect, it } from 'vitest';
import { parseFeedXml, readFeedArticles, withoutDoctype } from '../../../src/ingest/feeds/index.js';

const rss2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour News</title><link>https://news.example/</link><language>en-gb</language>
  <item><title>Ferry strike ends</title><link>/2024/05/ferry</link><guid>f-1</guid><pubDate>Tue, 07 May 2024 22:30:00 -0200</pubDate>
    <description><![CDATA[<p>The strike ended after <b>three</b> days.</p><p>Ferries sail again.</p>]]></description></item>
  <item><title>Same item again</title><link>/2024/05/ferry</link><guid>f-1</guid></item>
  <item><title>Port &amp; dock</title><link>https://news.example/port</link></item>
</channel></rss>`;

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/a"><title>Dam opened</title><link>https://rdf.example/a</link><dc:date>2023-01-02T10:00:00Z</dc:date><description>The dam opened.</description></item>
</rdf:RDF>`;

const atom10 = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/"><title>Atom News</title>
  <entry><title>Bridge reopens</title><link rel="alternate" href="posts/bridge"/><id>tag:atom.example,2024:1</id>
    <published>2024-02-29T09:00:00Z</published><author><name>Sam Writer</name></author>
    <summary>Short.</summary><content type="html">&lt;p&gt;The bridge reopened on Thursday.&lt;/p&gt;</content></entry>
</feed>`;

const atom03 = `<?xml version="1.0"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
  <entry><title>Old entry</title><link rel="alternate" type="text/html" href="https://old.example/1"/><issued>2003-12-31T10:14:55Z</issued><summary>Old summary.</summary></entry>
</feed>`;

describe('feeds', () => {
  it('reads RSS 2.0 items with title, resolved link, day and text; a repeated guid once', () => {
    const feed = parseFeedXml(rss2, 'https://news.example/feed.xml');
    expect(feed).toMatchObject({ title: 'Harbour News', lang: 'en', warnings: [] });
    expect(feed.entries.map((e) => [e.title, e.link, e.date, e.summary])).toEqual([
      ['Ferry strike ends', 'https://news.example/2024/05/ferry', '2024-05-08', 'The strike ended after three days.\n\nFerries sail again.'],
      ['Port & dock', 'https://news.example/port', null, null],
    ]);
  });

  it('reads RSS 1.0 (RDF), Atom 1.0 with xml:base and Atom 0.3', () => {
    expect(parseFeedXml(rdf).entries.map((e) => [e.title, e.link, e.date, e.summary])).toEqual([['Dam opened', 'https://rdf.example/a', '2023-01-02', 'The dam opened.']]);
    expect(parseFeedXml(atom10).entries.map((e) => [e.title, e.link, e.date, e.author, e.content])).toEqual([
      ['Bridge reopens', 'https://atom.example/blog/posts/bridge', '2024-02-29', 'Sam Writer', 'The bridge reopened on Thursday.'],
    ]);
    expect(parseFeedXml(atom03).entries.map((e) => [e.title, e.link, e.date])).toEqual([['Old entry', 'https://old.example/1', '2003-12-31']]);
  });

  it('gives one article an item, naming the page of a summary-only item for --fetch', () => {
    const items = [...readFeedArticles(rss2, 'feed.xml', 'https://news.example/feed.xml')];
    expect(items[0]).toMatchObject({ article: { title: 'Ferry strike ends', source: 'Harbour News', url: 'https://news.example/2024/05/ferry', externalId: 'f-1' }, pageUrl: 'https://news.example/2024/05/ferry' });
    expect(items[1]).toEqual({ article: null, problems: [{ file: 'feed.xml', severity: 'error', message: 'item 3 ("Port & dock"): no text (--fetch reads its page)' }], pageUrl: 'https://news.example/port' });
    const atom = [...readFeedArticles(atom10, 'atom.xml')];
    expect(atom[0].pageUrl).toBeUndefined();
  });

  it('never expands entities declared in a document type (the XML bomb)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <rss version="2.0"><channel><title>T</title><item><title>&c;</title><description>x</description></item></channel></rss>`;
    const feed = parseFeedXml(bomb);
    expect(feed.warnings).toEqual(['the document type declares entities; they are not expanded']);
    expect(feed.entries[0].title).toBe('&c;');
    expect(withoutDoctype('<!-- c --><!DOCTYPE rss><rss/>')).toEqual({ xml: '<!-- c --><rss/>', declaredEntities: false });
  });

  it('reads a feed whose only fault is a cut-off end tag, with a warning', () => {
    const feed = parseFeedXml('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://x.example/?a=1&amp;b=2</link><description>d</description></item></channel></rss');
    expect(feed.entries[0].link).toBe('https://x.example/?a=1&b=2');
    expect(feed.warnings).toEqual(['malformed XML (Closing Tag is not closed.); read with bare "&" escaped and a cut-off end tag closed']);
  });

  it('refuses what is not a feed, saying why', () => {
    const refusal = (xml: string) => [...readFeedArticles(xml, 'f.xml')][0].problems[0].message;
    expect(refusal('<html><body>hello</body></html>')).toBe('not a feed: no RSS, RDF or Atom root element');
    expect(refusal('<rss version="2.0"></rss>')).toBe('not a feed: RSS without a channel element');
    expect(refusal('just words')).toBe('not a feed: the document is not XML');
    expect(refusal('<rss version="2.0"><channel><title>T</title><item><description><![CDATA[ cut off </description></item></channel></rss>')).toBe('malformed XML: CDATA is not closed.');
  });
});
