import type { Article, Document } from '../document/index.js';
import { articleId } from './formats.js';
import type { IngestProblem, SourceItem } from './formats.js';

export type Oversize = 'refuse' | 'cut';

/** What one article may cost: coding time and memory grow with its text, storage with its events. */
export interface ArticleLimits {
  /** Bytes of UTF-8 text an article may have. */
  maxArticleBytes: number;
  /** What happens to a longer one: refused, or cut to its first maxArticleBytes. */
  oversize: Oversize;
  /** Events stored per article; the first ones in text order are kept. */
  maxEvents: number;
}

// A news article is a few kilobytes and a few dozen events; these leave a hundredfold margin.
export const DEFAULT_LIMITS: ArticleLimits = { maxArticleBytes: 1_000_000, oversize: 'refuse', maxEvents: 1000 };

/** The largest request body the API reads: a batch of articles of a few hundred kilobytes each. */
export const DEFAULT_BODY_BYTES = 10_000_000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/**
 * The longest beginning of a text within `maxBytes` of UTF-8 that ends a sentence, or else a word,
 * when one ends in its second half; never inside a character.
 */
function cutText(text: string, maxBytes: number): string {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  const head = text.slice(0, read);
  const ends = (pattern: RegExp) => [...head.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > read / 2);
  const sentenceEnd = ends(/[.!?]["”’)]?(?=\s|$)/g).pop();
  const wordEnd = ends(/\S(?=\s)/g).pop();
  return head.slice(0, sentenceEnd ?? wordEnd ?? read).trimEnd();
}

/** Refuses or cuts an article whose text is longer than the limit, with the problem said. */
export function limitArticleSize(article: Article, limits: Pick<ArticleLimits, 'maxArticleBytes' | 'oversize'>): SourceItem {
  const bytes = Buffer.byteLength(article.text);
  if (bytes <= limits.maxArticleBytes) return { article, problems: [] };
  const at: Pick<IngestProblem, 'file' | 'line'> = { file: article.origin.file, ...(article.origin.line ? { line: article.origin.line } : {}) };
  const size = `article text is ${formatBytes(bytes)}, more than the limit of ${formatBytes(limits.maxArticleBytes)} (--max-article-bytes)`;
  if (limits.oversize === 'refuse') {
    return { article: null, problems: [{ ...at, severity: 'error', message: `${size}: refused (--oversize cut keeps its beginning)` }] };
  }
  const text = cutText(article.text, limits.maxArticleBytes);
  const cut: Article = { ...article, text, id: articleId(text, article.source ?? article.url) };
  return { article: cut, problems: [{ ...at, severity: 'warning', message: `${size}: cut to its first ${formatBytes(Buffer.byteLength(text))}` }] };
}

/** Keeps the first `maxEvents` events of a document; says how many there were when it drops any. */
export function capEvents(doc: Document, maxEvents: number): IngestProblem | null {
  if (doc.events.length <= maxEvents) return null;
  const found = doc.events.length;
  doc.events = doc.events.slice(0, maxEvents);
  const origin = doc.article.origin;
  return {
    file: origin.file,
    ...(origin.line ? { line: origin.line } : {}),
    severity: 'warning',
    message: `${found} events in one article, more than the limit of ${maxEvents} (--max-events): the first ${maxEvents} are stored`,
  };
}
