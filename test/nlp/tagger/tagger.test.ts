import { describe, expect, it } from 'vitest';
import { WordClusters, clustersUnder, learnWordClusters } from '../../../src/nlp/ner/clusters.js';
import { hashString } from '../../../src/nlp/perceptron/hash.js';
import {
  MAX_TAGGER_FEATURES,
  Tagger,
  clauseLookahead,
  clusterFeatures,
  compoundClasses,
  tagdictKey,
  trainTagger,
  truecase,
  verbMask,
} from '../../../src/nlp/tagger/tagger.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

// Mid-sentence, "de", "minister", "bezoekt" and "van" are lower-case; "Parijs" and "Rutte" are not.
const texts: string[][] = [];
for (let round = 0; round < 5; round++) {
  texts.push(
    ['Morgen', 'bezoekt', 'de', 'minister', 'Parijs', '.'],
    ['Gisteren', 'sprak', 'de', 'minister', 'van', 'defensie', 'met', 'Rutte', '.'],
    ['Volgens', 'de', 'krant', 'bezoekt', 'Rutte', 'de', 'haven', 'van', 'Parijs', '.'],
  );
}
const clusterOptions = { minCount: 3, contextWords: 20, depth: 6, seed: 3 };
const clusters = WordClusters.fromSections('c', learnWordClusters('c', texts, clusterOptions))!;

describe('truecasing headline-case sentences', () => {
  it('writes usually lower-case words in lower case and keeps names', () => {
    const forms = ['Minister', 'Bezoekt', 'De', 'Haven', 'Van', 'Parijs'];
    expect(truecase(clusters, forms, computeWordHashes(forms))).toEqual(['Minister', 'bezoekt', 'de', 'haven', 'van', 'Parijs']);
  });

  it('gives words in capitals their usual case', () => {
    const forms = ['DE', 'MINISTER', 'BEZOEKT', 'PARIJS'];
    expect(truecase(clusters, forms, computeWordHashes(forms))).toEqual(['De', 'minister', 'bezoekt', 'Parijs']);
  });

  it('leaves ordinary sentences, short ones and lists of names alone', () => {
    for (const forms of [
      ['De', 'minister', 'bezoekt', 'Parijs', '.'],
      ['Minister', 'Bezoekt', 'Parijs'],
      ['Mark', 'Rutte', ',', 'Anna', 'Van', 'Dam', ',', 'Piet', 'Bakker'],
    ]) {
      expect(truecase(clusters, forms, computeWordHashes(forms))).toBeNull();
    }
    expect(truecase(null, ['DE', 'MINISTER', 'BEZOEKT', 'PARIJS'], computeWordHashes(['DE', 'MINISTER', 'BEZOEKT', 'PARIJS']))).toBeNull();
  });
});

describe('tagger with word clusters', () => {
  const sections = clustersUnder(learnWordClusters('c', texts, clusterOptions), 'c', 'tagger.clusters');

  it('fire cluster and case-habit features that differ between a name and a common noun', () => {
    const h = computeWordHashes(['Rutte', 'krant']);
    const evidence = Int32Array.from([0, 1], (i) => WordClusters.fromSections('tagger.clusters', sections)!.lookup(h.norm[i]));
    const a = new Int32Array(MAX_TAGGER_FEATURES);
    const b = new Int32Array(MAX_TAGGER_FEATURES);
    const count = clusterFeatures(evidence, h, 0, -1, a, 0);
    expect(clusterFeatures(evidence, h, 1, -1, b, 0)).toBe(count);
    expect(Array.from(a.subarray(0, count))).not.toEqual(Array.from(b.subarray(0, count)));
  });

  it('store the clusters with the model and tag headlines as ordinary sentences', () => {
    const data = texts.map((forms) => ({
      forms,
      tags: forms.map((f) => (f === '.' ? 'PUNCT' : /^[A-Z]/.test(f) && f !== 'Morgen' && f !== 'Gisteren' && f !== 'Volgens' ? 'PROPN' : 'X')),
    }));
    const trained = trainTagger('tagger', data, { epochs: 3, seed: 1, minWeight: 0, clusters: sections });
    expect(Array.from(trained.sections['tagger.clusters.keys'])).toEqual(Array.from(sections['tagger.clusters.keys']));
    const tagger = Tagger.fromSections('tagger', trained.header, trained.sections);
    const forms = ['DE', 'KRANT', 'BEZOEKT', 'PARIJS'];
    const readable = tagger.readable(forms, computeWordHashes(forms));
    expect(readable.forms).toEqual(['De', 'krant', 'bezoekt', 'Parijs']);
    expect(Array.from(tagger.tag(readable), (t) => tagger.tags[t]).slice(1)).toEqual(['X', 'X', 'PROPN']);
  });
});

describe('compound heads', () => {
  it('give unknown words the ambiguity class of their longest known ending', () => {
    const ambiguity = new Map([
      [hashString('campagne') | 0, 0b01],
      [hashString('pagne') | 0, 0b10],
      [hashString('lopen') | 0, 0b100],
    ]);
    const forms = ['verkiezingscampagne', 'campagne', 'hardlopen', 'nieuw', 'xyzabc'];
    const classes = Int32Array.from([0, 0b01, 0, 0, 0]);
    expect(Array.from(compoundClasses(ambiguity, forms, classes))).toEqual([0b01, 0, 0b100, 0, 0]);
  });
});

describe('tag dictionary', () => {
  it('reads a capitalised word inside a sentence apart from the same word opening one', () => {
    const h = computeWordHashes(['De', 'lezer', 'van', 'De', 'Tijd', 'de', 'krant']);
    expect(tagdictKey(h, 0)).not.toBe(tagdictKey(h, 3));
    expect(tagdictKey(h, 5)).toBe(h.form[5]);
    expect(tagdictKey(h, 0)).toBe(h.form[0]);
  });

  it('settles an opening article and a name-initial word inside a sentence each by its own entry', () => {
    const data = [];
    for (let i = 0; i < 12; i++) {
      data.push({ forms: ['De', 'krant', 'schrijft', '.'], tags: ['DET', 'NOUN', 'VERB', 'PUNCT'] });
      data.push({ forms: ['Zij', 'leest', 'De', 'Tijd', '.'], tags: ['PRON', 'VERB', 'PROPN', 'PROPN', 'PUNCT'] });
    }
    const trained = trainTagger('tagger', data, { epochs: 2, seed: 1, minWeight: 0 });
    const tagger = Tagger.fromSections('tagger', trained.header, trained.sections);
    const tag = (forms: string[]) => Array.from(tagger.tag(tagger.readable(forms, computeWordHashes(forms))), (t) => tagger.tags[t]);
    expect(tag(['De', 'krant', 'schrijft', '.'])[0]).toBe('DET');
    expect(tag(['Zij', 'leest', 'De', 'Tijd', '.'])[2]).toBe('PROPN');
  });
});

describe('clause lookahead', () => {
  it('marks the verb tags of an ambiguity class', () => {
    expect(verbMask(['ADJ', 'AUX', 'NOUN', 'VERB'])).toBe(0b1010);
    expect(verbMask(['NOUN', 'PUNCT'])).toBe(0);
  });

  it('finds the last word and the next possible verb up to the next punctuation mark (for a mark, in the clause after it)', () => {
    const forms = ['Hij', 'heeft', ',', 'zegt', 'zij', ',', 'het', 'boek', 'gelezen', '.'];
    const verb = 0b10;
    const classes = Int32Array.from([0b1, verb, 0, verb, 0b1, 0, 0b1, 0b100, verb, 0]);
    const { last, verb: nextVerb } = clauseLookahead(computeWordHashes(forms), classes, verb);
    expect(Array.from(last)).toEqual([1, -1, 4, 4, -1, 8, 8, 8, -1, -1]);
    expect(Array.from(nextVerb)).toEqual([1, -1, 3, -1, -1, 8, 8, 8, -1, -1]);
  });

  it('lets the tagger tell an auxiliary from a main verb by a participle beyond its window', () => {
    const places = [['in', 'de', 'stad'], ['op', 'het', 'plein'], ['bij', 'de', 'haven'], ['aan', 'de', 'kust']];
    const things = [['een', 'boek'], ['de', 'fiets'], ['het', 'huis']];
    const placeTags = ['ADP', 'DET', 'NOUN'];
    const data = [];
    for (let round = 0; round < 3; round++) {
      for (const place of places.slice(0, 3)) {
        for (const thing of things) {
          data.push({
            forms: ['Hij', 'heeft', 'gisteren', ...place, ...thing, 'gekocht', '.'],
            tags: ['PRON', 'AUX', 'ADV', ...placeTags, 'DET', 'NOUN', 'VERB', 'PUNCT'],
          });
          data.push({ forms: ['Hij', 'heeft', 'gisteren', ...place, ...thing, '.'], tags: ['PRON', 'VERB', 'ADV', ...placeTags, 'DET', 'NOUN', 'PUNCT'] });
        }
      }
    }
    const trained = trainTagger('tagger', data, { epochs: 4, seed: 1, minWeight: 0 });
    const tagger = Tagger.fromSections('tagger', trained.header, trained.sections);
    const tagOfHeeft = (forms: string[]) => tagger.tags[tagger.tag(tagger.readable(forms, computeWordHashes(forms)))[1]];
    // A place the training sentences never had between verb and participle.
    expect(tagOfHeeft(['Hij', 'heeft', 'gisteren', 'aan', 'de', 'kust', 'een', 'boek', 'gekocht', '.'])).toBe('AUX');
    expect(tagOfHeeft(['Hij', 'heeft', 'gisteren', 'aan', 'de', 'kust', 'een', 'boek', '.'])).toBe('VERB');
  });
});
