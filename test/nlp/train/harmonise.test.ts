import { describe, expect, it } from 'vitest';
import type { ConlluSentence, ConlluWord } from '../../../src/nlp/conll/conllu.js';
import { harmonise } from '../../../src/nlp/train/harmonise.js';
import { attachPunctuation } from '../../../src/nlp/train/punctuation.js';

function words(rows: [string, string, number, string][]): ConlluWord[] {
  return rows.map(([form, upos, head, deprel], i) => ({
    id: i + 1, form, lemma: '_', upos, xpos: '_', feats: '_', head, deprel, deps: '_', misc: '_',
  }));
}

function sentence(rows: [string, string, number, string][]): ConlluSentence {
  return { comments: [], words: words(rows), extraLines: new Map() };
}

/** Heads (1-based, 0 = root) after re-attaching the words labelled punct. */
function attach(w: ConlluWord[]): number[] {
  const heads = Int32Array.from([0, ...w.map((x) => x.head)]);
  attachPunctuation(w.map((x) => x.form), heads, Uint8Array.from([0, ...w.map((x) => (x.deprel === 'punct' ? 1 : 0))]));
  return Array.from(heads.subarray(1));
}

describe('punctuation attachment', () => {
  it('hangs commas from the lower neighbour, quotes from what they enclose, the full stop from the root word', () => {
    // "Alliantie , afgekort als « N-VA » , is een partij ." with every mark on the root word.
    const w = words([
      ['Alliantie', 'PROPN', 9, 'nsubj'],
      [',', 'PUNCT', 9, 'punct'],
      ['afgekort', 'VERB', 1, 'acl'],
      ['als', 'SCONJ', 6, 'mark'],
      ['«', 'PUNCT', 9, 'punct'],
      ['N-VA', 'PROPN', 3, 'advcl'],
      ['»', 'PUNCT', 9, 'punct'],
      [',', 'PUNCT', 9, 'punct'],
      ['partij', 'NOUN', 0, 'root'],
      ['.', 'PUNCT', 9, 'punct'],
    ]);
    expect(attach(w)).toEqual([9, 3, 1, 6, 6, 3, 6, 1, 0, 9]);
  });

  it('hangs a comma between conjuncts from the next conjunct', () => {
    const w = words([
      ['Kiev', 'PROPN', 0, 'root'],
      [',', 'PUNCT', 1, 'punct'],
      ['Lviv', 'PROPN', 1, 'conj'],
    ]);
    expect(attach(w)[1]).toBe(3);
  });
});

describe('harmonising older UD Dutch', () => {
  it('turns capitalised fixed groups into PROPN flat names and re-attaches punctuation', () => {
    const [s] = harmonise(
      [sentence([
        ['na', 'ADP', 3, 'case'],
        ['de', 'DET', 3, 'det'],
        ['Tweede', 'NUM', 6, 'obl'],
        ['Wereldoorlog', 'NOUN', 3, 'fixed'],
        [',', 'PUNCT', 6, 'punct'],
        ['vertrok', 'VERB', 0, 'root'],
      ])],
      [],
    );
    expect(s.words.map((w) => w.upos)).toEqual(['ADP', 'DET', 'PROPN', 'PROPN', 'PUNCT', 'VERB']);
    expect(s.words[3].deprel).toBe('flat');
    expect(s.words[4].head).toBe(3);
  });

  it('leaves lower-case fixed expressions alone', () => {
    const [s] = harmonise([sentence([['onder', 'ADP', 0, 'root'], ['andere', 'ADJ', 1, 'fixed']])], []);
    expect(s.words[1].deprel).toBe('fixed');
    expect(s.words[1].upos).toBe('ADJ');
  });
});
