// An article page's metadata from the markup publishers use for it: Open Graph and article:*
// meta tags, schema.org JSON-LD, <time>, <link rel=canonical>, <html lang> and dates in the URL.
import type { PartialDate } from '../../document/index.js';
import { parsePartialDate, parsePublishedDate } from '../dates.js';

type JsonObject = Record<string, unknown>;

/** The schema.org objects of the page's JSON-LD blocks, @graph and arrays flattened. */
export function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    objects.push(value as JsonObject);
    visit((value as JsonObject)['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: the other sources remain.
    }
  }
  return objects;
}

function firstString(objects: JsonObject[], key: string): string | null {
  for (const o of objects) {
    const v = o[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/** The page's meta tags by lower-cased property, name or itemprop: the first tag of each key. */
export function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Content of the first of these keys that the page has a meta tag for. */
export function metaContent(tags: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return names((value as JsonObject).name);
  return [];
}

const TITLE_SEPARATOR = /\s+[|–—·:»-]\s+|\s*[|·»]\s*/;

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when a title segment names the site: it is, or is part of, the site name or the host's main label. */
function namesSite(segment: string, siteName: string | null, host: string | null): boolean {
  const s = letters(segment);
  if (!s) return false;
  if (siteName && (letters(siteName) === s || letters(siteName).includes(s) || s.includes(letters(siteName)))) return true;
  if (!host) return false;
  const labels = host.replace(/^www\./, '').split('.').slice(0, -1).map(letters).filter((l) => l.length > 2);
  return labels.some((label) => s === label || s.replace(/com$/, '') === label || (s.length > 3 && label.includes(s)) || s.includes(label));
}

/** The title without a site name before or after it ("Storm hits coast | Daily Post" → "Storm hits coast"). */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const segments = title.split(TITLE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return title.trim();
  let kept = segments;
  while (kept.length > 1 && namesSite(kept[kept.length - 1], siteName, host)) kept = kept.slice(0, -1);
  while (kept.length > 1 && namesSite(kept[0], siteName, host)) kept = kept.slice(1);
  // Without a name to match, a short last segment after a bar is still a site's name: "| " sets off no clause.
  const bar = title.lastIndexOf('|');
  if (kept.length === segments.length && bar > 0) {
    const tail = title.slice(bar + 1).trim();
    const head = title.slice(0, bar).trim();
    if (tail.split(/\s+/).length <= 5 && tail.length < head.length) return head;
  }
  if (kept.length === segments.length) return title.trim();
  // Rejoin what is left with the separators as written.
  const start = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  return title.slice(start, title.lastIndexOf(last) + last.length).trim();
}

const SEPARATED_SEGMENT = new RegExp(`^(${TITLE_SEPARATOR.source})|(${TITLE_SEPARATOR.source})$`);

/** The page's heading when the title is that heading plus a separated segment (the site's name). */
function headingOfTitle(title: string, heading: string | null | undefined): string {
  const h1 = heading?.replace(/\s+/g, ' ').trim();
  if (!h1 || h1 === title || h1.length < 3) return title;
  const rest = title.startsWith(h1) ? title.slice(h1.length) : title.endsWith(h1) ? title.slice(0, -h1.length) : null;
  return rest !== null && SEPARATED_SEGMENT.test(rest) ? h1 : title;
}

export interface PageMetadata {
  title: string | null;
  date: PartialDate | null;
  author: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;

/** A date in the URL's path: /2019/11/20/ is a day, /2019/11/ a month. */
export function urlDate(url: string | null): PartialDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  try {
    return parsePartialDate([m[1], m[2].padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-'));
  } catch {
    return null;
  }
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author'];
const TITLE_META = ['og:title', 'twitter:title', 'headline'];
const SITE_META = ['og:site_name', 'application-name', 'publisher'];

/** The metadata of a page; `url` is where it was read from (for relative links and URL dates). */
export function pageMetadata(document: Document, url: string | null): PageMetadata {
  const ld = jsonLdObjects(document);
  const tags = metaTags(document);
  const canonicalUrl =
    resolveUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url) ?? resolveUrl(metaContent(tags, ['og:url']), url);
  const pageUrl = canonicalUrl ?? url;
  let host: string | null = null;
  try {
    host = pageUrl ? new URL(pageUrl).hostname : null;
  } catch {
    host = null;
  }
  const publisher = ld.map((o) => o.publisher).flatMap(names)[0] ?? null;
  const siteName = metaContent(tags, SITE_META) ?? publisher;
  const rawTitle = firstString(ld, 'headline') ?? metaContent(tags, TITLE_META) ?? document.querySelector('title')?.textContent?.trim() ?? document.querySelector('h1')?.textContent?.trim() ?? null;
  const stripped = rawTitle ? stripSiteName(rawTitle.replace(/\s+/g, ' '), siteName, host) || null : null;
  const title = stripped ? headingOfTitle(stripped, document.querySelector('h1')?.textContent) : null;
  const timeElement = document.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
  const date =
    parsePublishedDate(metaContent(tags, PUBLISHED_META.slice(0, 2))) ??
    parsePublishedDate(firstString(ld, 'datePublished')) ??
    parsePublishedDate(metaContent(tags, PUBLISHED_META.slice(2))) ??
    parsePublishedDate(timeElement?.getAttribute('datetime')) ??
    urlDate(pageUrl) ??
    urlDate(url);
  const ldAuthors = [...new Set(ld.map((o) => o.author).flatMap(names).map((n) => n.trim()).filter(Boolean))];
  const metaAuthor = metaContent(tags, AUTHOR_META);
  const author = ldAuthors.length ? ldAuthors.join(', ') : metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null;
  const langAttribute = document.documentElement?.getAttribute('lang') ?? metaContent(tags, ['og:locale', 'content-language', 'language']);
  const lang = langAttribute ? langAttribute.trim().split(/[-_]/)[0].toLowerCase() || null : null;
  return { title, date, author, lang, canonicalUrl, siteName };
}
