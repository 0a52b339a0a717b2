import type { Document, Sentence, Token } from '../../src/document/index.js';

/** A hand-built document: one sentence per array of words, each word with an optional part of speech and features. */
export function makeDocument(lang: string, sentences: { text: string; upos?: string; feats?: string; lemma?: string }[][]): Document {
  const tokens: Token[] = [];
  const spans: Sentence[] = [];
  let offset = 0;
  sentences.forEach((words, s) => {
    const firstToken = tokens.length;
    for (const w of words) {
      tokens.push({ start: offset, end: offset + w.text.length, text: w.text, lower: w.text.toLowerCase(), lemma: w.lemma ?? w.text.toLowerCase(), sentence: s, upos: w.upos, feats: w.feats });
      offset += w.text.length + 1;
    }
    spans.push({ start: tokens[firstToken].start, end: tokens[tokens.length - 1].end, firstToken, endToken: tokens.length });
  });
  const text = tokens.map((t) => t.text).join(' ');
  return {
    article: { id: 'hand-built', externalId: null, source: null, url: null, title: null, text, date: null, lang, origin: { file: 'test' } },
    text,
    lang,
    tokens,
    sentences: spans,
    entities: [],
    mentions: [],
    events: [],
    quotes: [],
  };
}

export const words = (text: string) => text.split(' ').map((w) => ({ text: w }));
