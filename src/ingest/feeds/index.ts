// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 feeds → entries, through @rowanmanning/feed-parser
// (on fast-xml-parser). What this module adds: the document type declaration is dropped before
// parsing, so no entity declared in it is ever expanded (the XML bomb's way in); a feed whose only
// faults are bare ampersands or a cut-off end tag is read again repaired, as a lenient reader would; item links
// are resolved against xml:base and the feed's URL; item HTML becomes paragraphs of text.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Article, PartialDate } from '../../document/index.js';
import { parsePublishedDate } from '../dates.js';
import type { SourceItem } from '../formats.js';
import { articleId } from '../formats.js';
import { htmlFragmentText } from '../html/index.js';

export interface FeedEntry {
  /** 1-based position in the feed, for messages. */
  index: number;
  id: string | null;
  title: string | null;
  link: string | null;
  date: PartialDate | null;
  author: string | null;
  summary: string | null;
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  lang: string | null;
  entries: FeedEntry[];
  warnings: string[];
}

/** Thrown for a document that is not a feed or cannot be read as one; the message says why. */
export class FeedError extends Error {}

const PROLOG_ITEM = /^\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;
const DOCTYPE = /^\s*<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>/i;

/** The document with its DOCTYPE (before the root element only, not one quoted in CDATA) removed. */
export function withoutDoctype(xml: string): { xml: string; declaredEntities: boolean } {
  let rest = xml;
  let prolog = '';
  for (let m = PROLOG_ITEM.exec(rest); m; m = PROLOG_ITEM.exec(rest)) {
    prolog += m[0];
    rest = rest.slice(m[0].length);
  }
  const doctype = DOCTYPE.exec(rest);
  if (!doctype) return { xml, declaredEntities: false };
  return { xml: prolog + rest.slice(doctype[0].length), declaredEntities: /<!ENTITY/i.test(doctype[1] ?? '') };
}

const BARE_AMPERSAND = /&(?!#\d+;|#x[\da-f]+;|[a-z][\w.-]*;)/gi;

function rootBase(xml: string): string | null {
  const root = /<(?:rss|feed|rdf:RDF|RDF)\b[^>]*>/i.exec(xml);
  return root ? (/\bxml:base\s*=\s*["']([^"']*)["']/.exec(root[0])?.[1] ?? null) : null;
}

function resolve(link: string | null, bases: (string | null)[]): string | null {
  if (!link?.trim()) return null;
  const value = link.trim();
  // tag: and urn: identifiers are kept as they are: there is nothing to resolve them against.
  if (/^[a-z][\w+.-]*:/i.test(value)) return value;
  for (const base of bases) {
    if (!base) continue;
    try {
      return new URL(value, base).href;
    } catch {
      // A malformed or relative base: try the next one.
    }
  }
  return value;
}

function dayOf(date: Date | null): PartialDate | null {
  return date && !Number.isNaN(date.getTime()) ? parsePublishedDate(date.toISOString()) : null;
}

function textOf(html: string | null): string | null {
  return html?.trim() ? htmlFragmentText(html) || null : null;
}

/** Repairs a lenient reader makes to ill-formed XML: bare ampersands escaped, a cut-off last end tag closed. */
function repaired(xml: string): string {
  return xml.replace(BARE_AMPERSAND, '&amp;').replace(/(<\/[\w:.-]+)\s*$/, '$1>');
}

function parseLeniently(xml: string, warnings: string[]): ReturnType<typeof parseFeed> {
  try {
    return parseFeed(xml);
  } catch (err) {
    if ((err as { code?: string }).code === 'INVALID_FEED') throw err;
    const repair = repaired(xml);
    if (repair === xml) throw err;
    const feed = parseFeed(repair);
    warnings.push(`malformed XML (${(err as Error).message.trim()}); read with bare "&" escaped and a cut-off end tag closed`);
    return feed;
  }
}

/** Parses a feed document; `feedUrl` is where it came from, for relative links. */
export function parseFeedXml(source: string, feedUrl: string | null = null): ParsedFeed {
  const warnings: string[] = [];
  const text = source.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new FeedError('not a feed: the document is empty');
  if (!/^\s*</.test(text)) throw new FeedError('not a feed: the document is not XML');
  const { xml, declaredEntities } = withoutDoctype(text);
  if (declaredEntities) warnings.push('the document type declares entities; they are not expanded');
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseLeniently(xml, warnings);
  } catch (err) {
    if ((err as { code?: string }).code === 'INVALID_FEED') {
      const message = (err as Error).message;
      throw new FeedError(/channel/.test(message) ? 'not a feed: RSS without a channel element' : 'not a feed: no RSS, RDF or Atom root element');
    }
    throw new FeedError(`malformed XML: ${(err as Error).message.trim()}`);
  }
  // A relative xml:base or channel link is itself resolved against where the feed says it lives.
  const outer = [feedUrl, feed.self];
  const bases = [resolve(rootBase(xml), outer), ...outer, resolve(feed.url, outer)];
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  feed.items.forEach((item, i) => {
    const key = item.id ?? item.url;
    // A feed that repeats an item (the same guid twice) means it once.
    if (key && seen.has(key)) return;
    if (key) seen.add(key);
    const authors = item.authors.map((a) => a.name?.trim()).filter((n): n is string => Boolean(n));
    entries.push({
      index: i + 1,
      id: item.id,
      title: item.title?.trim() ? textOf(item.title) : null,
      link: resolve(item.url, bases),
      date: dayOf(item.published) ?? dayOf(item.updated),
      author: authors.length ? authors.join(', ') : null,
      summary: textOf(item.description),
      content: textOf(item.content),
    });
  });
  return { title: feed.title?.trim() || null, link: resolve(feed.url, outer), lang: feed.language?.split(/[-_]/)[0].toLowerCase() || null, entries, warnings };
}

/** The article of a feed entry; an entry with only a summary names its page for --fetch. */
export function entryItem(entry: FeedEntry, feed: ParsedFeed, file: string): SourceItem {
  const at = { file };
  const label = `item ${entry.index}${entry.title ? ` ("${entry.title.slice(0, 60)}")` : ''}`;
  const text = entry.content ?? entry.summary;
  if (!text) {
    const problems = [{ ...at, severity: 'error' as const, message: `${label}: no text${entry.link ? ' (--fetch reads its page)' : ' and no link'}` }];
    return entry.link ? { article: null, problems, pageUrl: entry.link } : { article: null, problems };
  }
  const source = feed.title;
  const article: Article = {
    id: articleId(text, entry.link ?? source),
    externalId: entry.id,
    source,
    url: entry.link,
    title: entry.title,
    text,
    date: entry.date,
    lang: feed.lang,
    author: entry.author,
    origin: at,
  };
  const problems = entry.date ? [] : [{ ...at, severity: 'warning' as const, message: `${label}: no date; events will carry no date` }];
  return entry.content === null && entry.link ? { article, problems, pageUrl: entry.link } : { article, problems };
}

/** The articles of a feed document, one an entry; a document that is no feed is one problem. */
export function* readFeedArticles(xml: string, file: string, feedUrl: string | null = null): Generator<SourceItem> {
  let feed: ParsedFeed;
  try {
    feed = parseFeedXml(xml, feedUrl);
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    yield { article: null, problems: [{ file, severity: 'error', message: err.message }] };
    return;
  }
  for (const warning of feed.warnings) yield { article: null, problems: [{ file, severity: 'warning', message: warning }] };
  if (feed.entries.length === 0) yield { article: null, problems: [{ file, severity: 'warning', message: 'the feed has no items' }] };
  for (const entry of feed.entries) yield entryItem(entry, feed, file);
}
