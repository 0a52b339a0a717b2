import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/index.js';
import { findQuotes } from '../../src/events/quotes.js';
import { makeDocument } from '../pipeline/document.js';

const w = (text: string, upos = 'NOUN', lemma?: string) => ({ text, upos, lemma });

/** '"We will win ." Putin said this .' as two sentences, with a mention of Putin. */
function quotedThenAttributed(): Document {
  const doc = makeDocument('en', [
    [w('"', 'PUNCT'), w('We', 'PRON'), w('will', 'AUX'), w('win', 'VERB'), w('.', 'PUNCT'), w('"', 'PUNCT')],
    [w('Putin', 'PROPN'), w('said', 'VERB', 'say'), w('this', 'PRON'), w('.', 'PUNCT')],
  ]);
  const [start, end] = [doc.tokens[6].start, doc.tokens[6].end];
  doc.mentions = [{ start, end, firstToken: 6, endToken: 7, actor: { code: 'RUS', sector: 'GOV', kind: 'state', name: 'Putin', kb_id: null }, rule: 'person-role' }];
  return doc;
}

describe('quotes whose sentence names no speaker', () => {
  it('take the speaker the reference stage found in a neighbouring sentence, with its rule', () => {
    const doc = quotedThenAttributed();
    doc.sentences[0].speaker = { mention: doc.mentions[0], rule: 'speaker:next-sentence' };
    expect(findQuotes(doc).map((q) => [q.text, q.speakerText, q.speaker?.code, q.speakerRule])).toEqual([['We will win .', 'Putin', 'RUS', 'speaker:next-sentence']]);
  });

  it('have no speaker when no neighbouring sentence gives one', () => {
    const doc = quotedThenAttributed();
    expect(findQuotes(doc).map((q) => [q.text, q.speaker, q.speakerRule])).toEqual([['We will win .', null, undefined]]);
  });
});
