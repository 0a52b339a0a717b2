import { describe, expect, it } from 'vitest';
import { markCandidateSentences } from '../../src/events/index.js';
import { makeDocument, words } from '../pipeline/document.js';

describe('candidate sentences', () => {
  it('flags the sentences in which a trigger pattern matches, by word or by lemma', () => {
    const doc = makeDocument('nl', [
      words('De minister was gisteren in Brussel .'),
      words('Rusland valt morgen Oekraïne aan .'),
      [{ text: 'Zij' }, { text: 'dreigden', lemma: 'dreigen' }, { text: '.' }],
    ]);
    markCandidateSentences(doc);
    expect(doc.sentences.map((s) => s.candidate)).toEqual([false, true, true]);
  });

  it('flags nothing in a language without an event lexicon', () => {
    const doc = makeDocument('de', [words('Russland greift an .')]);
    markCandidateSentences(doc);
    expect(doc.sentences.map((s) => s.candidate)).toEqual([false]);
  });
});
