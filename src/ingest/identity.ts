// The keys by which a web article met again is known: its canonical URL (tracking parameters and
// fragment dropped) and its normalised text, whatever feed or page it came through. An article
// without a URL has none: the same text from two sources in files is two reports (two wires
// carrying one agency story), as its id, a hash of text and source, already says.
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
  const url = article.canonicalUrl ?? article.url;
  const normal = url ? normaliseUrl(url) : null;
  return normal ? [`url:${normal}`, `text:${articleId(article.text, null)}`] : [];
}
