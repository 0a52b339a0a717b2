import { describe, expect, it } from 'vitest';
import type { Article, Document, Event } from '../../src/document/index.js';
import { articleId, capEvents, limitArticleSize } from '../../src/ingest/index.js';

function article(text: string): Article {
  return { id: articleId(text, 'wire'), externalId: null, source: 'wire', url: null, title: null, text, date: null, lang: 'en', origin: { file: 'big.jsonl', line: 3 } };
}

describe('the article size limit', () => {
  it('passes an article within it untouched', () => {
    const small = article('Short text.');
    expect(limitArticleSize(small, { maxArticleBytes: 11, oversize: 'refuse' })).toEqual({ article: small, problems: [] });
  });

  it('refuses a longer article, saying its size and the limit', () => {
    expect(limitArticleSize(article('x'.repeat(2_500_000)), { maxArticleBytes: 1_000_000, oversize: 'refuse' })).toEqual({
      article: null,
      problems: [{ file: 'big.jsonl', line: 3, severity: 'error', message: 'article text is 2.5 MB, more than the limit of 1.0 MB (--max-article-bytes): refused (--oversize cut keeps its beginning)' }],
    });
  });

  it('cuts a longer article at a word and never inside a character, with a new id and a warning', () => {
    const item = limitArticleSize(article('één twee drie vier'), { maxArticleBytes: 12, oversize: 'cut' });
    expect(item.article).toMatchObject({ text: 'één twee', id: articleId('één twee', 'wire') });
    expect(item.problems).toEqual([
      { file: 'big.jsonl', line: 3, severity: 'warning', message: 'article text is 20 bytes, more than the limit of 12 bytes (--max-article-bytes): cut to its first 10 bytes' },
    ]);
    expect(limitArticleSize(article('ëëëëë'), { maxArticleBytes: 5, oversize: 'cut' }).article?.text).toBe('ëë');
  });
});

describe('the events cap', () => {
  it('keeps the first events of an article and says how many there were', () => {
    const events = [1, 2, 3].map((n) => ({ cameo: String(n) }) as Event);
    const doc = { article: article('Text.'), events } as Document;
    expect(capEvents(doc, 3)).toBeNull();
    expect(capEvents(doc, 2)).toEqual({ file: 'big.jsonl', line: 3, severity: 'warning', message: '3 events in one article, more than the limit of 2 (--max-events): the first 2 are stored' });
    expect(doc.events.map((e) => e.cameo)).toEqual(['1', '2']);
  });
});
