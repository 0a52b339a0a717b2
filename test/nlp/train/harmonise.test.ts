import { describe, expect, it } from 'vitest';
import type { ConlluSentence, ConlluWord } from '../../../src/nlp/conll/conllu.js';
import { harmonise } from '../../../src/nlp/train/harmonise.js';
import { attachPunctuation } from '../../../src/nlp/parser/punctuation.js';

function words(rows: ([string, string, number, string] | [string, string, number, string, string])[]): ConlluWord[] {
  return rows.map(([form, upos, head, deprel, lemma], i) => ({
    id: i + 1, form, lemma: lemma ?? '_', upos, xpos: '_', feats: '_', head, deprel, deps: '_', misc: '_',
  }));
}

function sentence(rows: ([string, string, number, string] | [string, string, number, string, string])[]): ConlluSentence {
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

  // Current-guideline sentences: "worden" is an auxiliary only in the passive, "moeten" always one,
  // and "er" as expletive is a pronoun (elsewhere an adverb).
  const current = [
    sentence([['Het', 'PRON', 3, 'nsubj:pass', 'het'], ['wordt', 'AUX', 3, 'aux:pass', 'worden'], ['gebouwd', 'VERB', 0, 'root', 'bouwen']]),
    sentence([['Hij', 'PRON', 2, 'nsubj', 'hij'], ['wordt', 'VERB', 0, 'root', 'worden'], ['boos', 'ADJ', 2, 'xcomp', 'boos']]),
    sentence([['Wij', 'PRON', 2, 'nsubj', 'wij'], ['worden', 'VERB', 0, 'root', 'worden'], ['moe', 'ADJ', 2, 'xcomp', 'moe']]),
    sentence([['Zij', 'PRON', 3, 'nsubj', 'zij'], ['moet', 'AUX', 3, 'aux', 'moeten'], ['werken', 'VERB', 0, 'root', 'werken']]),
    sentence([['Wij', 'PRON', 3, 'nsubj', 'wij'], ['moesten', 'AUX', 3, 'aux', 'moeten'], ['gaan', 'VERB', 0, 'root', 'gaan']]),
    sentence([['Jullie', 'PRON', 3, 'nsubj', 'jullie'], ['moeten', 'AUX', 3, 'aux', 'moeten'], ['slapen', 'VERB', 0, 'root', 'slapen']]),
    ...[1, 2, 3].map(() => sentence([['Er', 'PRON', 2, 'expl', 'er'], ['regent', 'VERB', 0, 'root', 'regenen']])),
    ...[1, 2, 3, 4].map(() => sentence([['Hij', 'PRON', 2, 'nsubj', 'hij'], ['woont', 'VERB', 0, 'root', 'wonen'], ['er', 'ADV', 2, 'advmod', 'er']])),
  ];

  it('makes a copula the current data never has a verb, as its lemma is elsewhere', () => {
    const [s] = harmonise([sentence([['Zij', 'PRON', 3, 'nsubj', 'zij'], ['werd', 'AUX', 3, 'cop', 'worden'], ['ziek', 'ADJ', 0, 'root', 'ziek']])], current);
    expect(s.words.map((w) => w.upos)).toEqual(['PRON', 'VERB', 'ADJ']);
    expect(s.words[1].deprel).toBe('cop');
  });

  it('decides between AUX and VERB by the lemma when the form alone does not', () => {
    const [s] = harmonise([sentence([['Hij', 'PRON', 2, 'nsubj', 'hij'], ['moet', 'VERB', 0, 'root', 'moeten'], ['lezen', 'VERB', 2, 'xcomp', 'lezen']])], current);
    expect(s.words[1].upos).toBe('AUX');
  });

  it('changes a tag by lemma and relation where the word keeps both tags', () => {
    const [s] = harmonise([sentence([['er', 'ADV', 2, 'expl', 'er'], ['sneeuwt', 'VERB', 0, 'root', 'sneeuwen']])], current);
    expect(s.words[0].upos).toBe('PRON');
    const [t] = harmonise([sentence([['Zij', 'PRON', 2, 'nsubj', 'zij'], ['woont', 'VERB', 0, 'root', 'wonen'], ['er', 'ADV', 2, 'advmod', 'er']])], current);
    expect(t.words[2].upos).toBe('ADV');
  });

  it('spells lemmas as the current data does: compounds split, names as written', () => {
    const lemmaCurrent = [
      ...[1, 2].map(() => sentence([['Zij', 'PRON', 2, 'nsubj', 'zij'], ['richtten', 'VERB', 0, 'root', 'op_richten'], ['op', 'ADP', 2, 'compound:prt', 'op']])),
      ...['Gent', 'Lier', 'Mol'].map((city) => sentence([['in', 'ADP', 2, 'case', 'in'], [city, 'PROPN', 0, 'root', city]])),
    ];
    const [s] = harmonise(
      [sentence([['Jan', 'PROPN', 2, 'nsubj', 'jan'], ['opgericht', 'VERB', 0, 'root', 'oprichten'], ['boek', 'NOUN', 2, 'obj', 'boek']])],
      lemmaCurrent,
    );
    expect(s.words.map((w) => w.lemma)).toEqual(['Jan', 'op_richten', 'boek']);
  });
});
