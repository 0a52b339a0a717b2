// The keys by which an article met again is known: its canonical URL (tracking parameters and
// fragment dropped) and its normalised text, whatever feed, page or file it came through.
import type { Article } from '../document/index.js';
import { articleId } from './formats.js';

const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|ocid|cmpid)$/i;

/** A URL as the same page's other links would give it; null when it is no http(s) URL. */
export function normaliseUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  return parsed.href.replace(/\/$/, '');
}

export function articleKeys(article: Article): string[] {
  const keys = [`text:${articleId(article.text, null)}`];
  const url = article.canonicalUrl ?? article.url;
  const normal = url ? normaliseUrl(url) : null;
  if (normal) keys.unshift(`url:${normal}`);
  return keys;
}
