// The feed fixtures of ../shared/data/feeds (node-feedparser, rss-parser with its golden JSON,
// feedparser's cases with their Expect: lines) as tables; skipped when ../shared is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedXml } from '../../../src/ingest/feeds/index.js';
import type { ParsedFeed } from '../../../src/ingest/feeds/index.js';
import { htmlFragmentText } from '../../../src/ingest/html/index.js';
import { readDocument } from '../../../src/ingest/index.js';
import type { SourceItem } from '../../../src/ingest/index.js';

const root = join(import.meta.dirname, '../../../../shared/data/feeds');
const present = existsSync(root);
if (!present) console.warn(`feed fixture tests skipped: no ${root}`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

function read(path: string, headers: { charset?: string; url?: string } = {}): SourceItem[] {
  return [...readDocument({ name: path, bytes: readFileSync(path), charset: headers.charset, url: headers.url }, {})];
}

const refusal = (items: SourceItem[]) => items.flatMap((i) => i.problems).find((p) => p.severity === 'error')?.message ?? null;
const articles = (items: SourceItem[]) => items.flatMap((i) => (i.article ? [i.article] : []));

describe.skipIf(!present)('feed fixtures', () => {
  it('reads every fixture file, or refuses it with a message, without throwing', () => {
    const all = files(root).filter((f) => /\.(xml|rss|atom|rdf|html)$/.test(f));
    expect(all.length).toBe(124);
    for (const f of all) {
      const items = read(f);
      expect(items.length, f).toBeGreaterThan(0);
      expect(articles(items).length > 0 || refusal(items) !== null || items.some((i) => i.problems.length > 0), f).toBe(true);
    }
  });

  describe('node-feedparser', () => {
    const feeds = join(root, 'node-feedparser/test/feeds');
    const parse = (name: string, url?: string): ParsedFeed => parseFeedXml(readFileSync(join(feeds, name), 'utf8'), url ?? null);
    it('refuses an HTML page read as a feed', () => {
      expect(() => parse('notafeed.html')).toThrow(new FeedError('not a feed: no RSS, RDF or Atom root element'));
    });

    it.each([
      ['invalid-characters-gzipped.xml', 'binary file, not text'],
      ['compressed.xml', 'binary file, not text'],
    ])('refuses %s: %s', (name, message) => {
      const items = read(join(feeds, name));
      expect(articles(items)).toEqual([]);
      expect(refusal(items)).toBe(message);
    });

    it('keeps the items around a SAX error, and exactly the 10 items of an illegally nested feed', () => {
      expect(parse('saxerror.xml').entries.map((e) => e.title)).toEqual(['Good Item', 'Bad Item', 'Item After Error']);
      expect(parse('illegally-nested.xml').entries.length).toBe(10);
      expect(parse('rss2sample.xml').entries.length).toBe(4);
    });

    it('keeps the first of duplicate guids, and a tag: URI as the link', () => {
      expect(parse('guid-dupes.xml').entries.map((e) => e.id)).toEqual(['http://www.braingle.com/50366.html']);
      expect(parse('atom-with-tag-uri-links.xml').entries[0].link).toMatch(/^tag:mefi\.social,2024-01-26:/);
    });

    it('resolves item links against xml:base, the feed URL, or none (20 absolute links of tpm)', () => {
      for (const name of ['tpm.atom', 'tpm-with-empty-base.atom', 'tpm-with-fragment-base.atom']) {
        const links = parse(name).entries.map((e) => e.link);
        expect(links.length, name).toBe(20);
        expect(links.every((l) => l?.startsWith('http://talkingpointsmemo.com/')), name).toBe(true);
      }
      expect(parse('intertwingly.atom').entries[0].link).toBe('http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend');
      expect(parse('rss-with-relative-urls.xml', 'https://www.arcgames.com/en/games/neverwinter/news/rss').entries[0].link).toBe(
        'https://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21',
      );
    });

    it('counts channel metadata after the items, and decodes a windows-1251 feed', () => {
      expect(parse('rss-with-trailing-meta.xml').title).not.toBeNull();
      const russian = articles(read(join(feeds, 'iconv.xml')));
      expect(russian.length).toBe(10);
      expect(russian[0].title).toMatch(/^[\p{Script=Cyrillic}\s\p{P}\d]+$/u);
    });
  });

  describe('rss-parser golden outputs: item count, title, link and day', () => {
    const dir = join(root, 'rss-parser/test');
    const inputs = readdirSync(join(dir, 'input')).filter((f) => existsSync(join(dir, 'output', f.replace(/\.[^.]+$/, '.json'))));
    const normalUrl = (link: string | null | undefined, base: string | null) => {
      if (!link?.trim()) return null;
      try {
        return new URL(link.trim(), base ?? undefined).href;
      } catch {
        return link.trim();
      }
    };
    it.each(inputs)('%s', (name) => {
      const latin1 = name === 'encoding.rss';
      const gold = JSON.parse(readFileSync(join(dir, 'output', name.replace(/\.[^.]+$/, '.json')), latin1 ? 'latin1' : 'utf8')).feed;
      const feed = parseFeedXml(readFileSync(join(dir, 'input', name), latin1 ? 'latin1' : 'utf8'));
      const expected = (gold.items ?? []).map((g: { title?: unknown; link?: string; isoDate?: string }) => [
        typeof g.title === 'string' && g.title.trim() ? htmlFragmentText(g.title) : null,
        normalUrl(g.link, feed.link),
        g.isoDate?.slice(0, 10) ?? null,
      ]);
      expect(feed.entries.map((e) => [e.title, normalUrl(e.link, null), e.date])).toEqual(expected);
    });

    it('refuses unrecognized.rss clearly', () => {
      expect(() => parseFeedXml(readFileSync(join(dir, 'input/unrecognized.rss'), 'utf8'))).toThrow(new FeedError('not a feed: no RSS, RDF or Atom root element'));
    });
  });

  describe('feedparser cases', () => {
    const dir = join(root, 'feedparser');
    const cases = readFileSync(join(dir, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; http_headers: Record<string, string> | null });
    const headersOf = (path: string) => {
      const headers = cases.find((c) => c.path === path)?.http_headers ?? {};
      const charset = /charset='?([\w-]+)/.exec(headers['Content-type'] ?? '')?.[1];
      return { ...(charset ? { charset } : {}), url: `http://127.0.0.1:8097/${path}` };
    };
    const entry = (path: string) => articles(read(join(dir, path), headersOf(path)))[0];
    const feedOf = (path: string) => parseFeedXml(readDocumentText(join(dir, path)), null);
    const readDocumentText = (path: string) => readFileSync(path, 'utf8');

    // Paraat keeps plain text: feedparser's HTML values are compared as the text they show.
    it.each([
      ['tests/encoding/demoronize-1.xml', 'don\u2019t'],
      ['tests/encoding/demoronize-2.xml', 'don\u2019t'],
      ['tests/encoding/demoronize-3.xml', 'don\u2019t'],
      ['tests/encoding/http_text_xml_charset_2.xml', 'This is a \xa3\u201ctest.\u201d'],
      ['tests/encoding/http_text_xml_charset_overrides_encoding_2.xml', 'This is a \xa3\u201ctest.\u201d'],
      ['tests/wellformed/rss/item_description_br.xml', 'article title\n\narticle byline\n\ntext of article'],
      ['tests/wellformed/sanitize/item_description_script_cdata.xml', 'safe description'],
      ['tests/wellformed/atom/entry_summary_escaped_markup.xml', 'Example Atom'],
      ['tests/wellformed/atom10/entry_content_escaped_markup.xml', 'Example Atom'],
    ])('%s reads as %j', (path, text) => {
      expect(entry(path).text).toBe(text);
    });

    it.each([
      ['tests/wellformed/rss/item_pubDate.xml', '2004-01-01'],
      ['tests/wellformed/rss/item_dc_date_parsed.xml', '2003-12-31'],
      ['tests/wellformed/atom/entry_issued_parsed.xml', '2003-12-31'],
      ['tests/wellformed/atom/entry_published_parsed_date_overwriting.xml', '2010-01-01'],
    ])('%s is dated %s', (path, date) => {
      expect(feedOf(path).entries[0].date).toBe(date);
    });

    it('resolves links against the document URI, keeps entities and repairs cut-off documents', () => {
      expect(parseFeedXml(readDocumentText(join(dir, 'tests/wellformed/base/http_item_link_base_docuri.xml')), headersOf('tests/wellformed/base/http_item_link_base_docuri.xml').url).entries[0].link).toBe(
        'http://127.0.0.1:8097/relative/uri',
      );
      expect(feedOf('tests/illformed/rss_item_link_corrupted_ampersands.xml').entries[0].link).toBe('http://link/get?a=1&b=2');
      expect(feedOf('tests/entities/eacute.xml').title).toBe('testing \xe9 entity');
      expect(feedOf('tests/entities/8217.xml').title).toBe('testing \u2019 entity');
      expect(feedOf('tests/entities/doesnotexist.xml').title).toBe('testing &doesnotexist; entity');
      expect(feedOf('tests/entities/attr_amp.xml').link).toBe('http://domain/?a=1&b=2');
      expect(feedOf('tests/illformed/always_strip_doctype.xml').title).toBe('found');
      expect(feedOf('tests/wellformed/atom/atom_namespace_1.xml').title).toBe('Example Atom');
    });

    it('refuses the ill-formed and channel-less cases clearly, after decoding every byte-order mark', () => {
      const refused = (path: string) => refusal(read(join(dir, path), headersOf(path)));
      for (const path of ['tests/encoding/utf-8-bom.xml', 'tests/encoding/utf-16be-bom.xml', 'tests/encoding/utf-16le-bom.xml', 'tests/encoding/utf-16le-autodetect.xml', 'tests/encoding/utf-16be.xml', 'tests/wellformed/rss/rss_version_20.xml']) {
        expect(refused(path), path).toBe('not a feed: RSS without a channel element');
      }
      expect(refused('tests/illformed/rss_empty_document.xml')).toBe('not a feed: no RSS, RDF or Atom root element');
      expect(refused('tests/illformed/rss_incomplete_cdata.xml')).toBe('malformed XML: CDATA is not closed.');
    });
  });
});
