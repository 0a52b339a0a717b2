import { describe, expect, it } from 'vitest';
import { applyRule, Lemmatizer, ruleFor, trainLemmatizer } from '../../src/nlp/lemma/lemmatizer.js';
import { decodeModel, encodeModel } from '../../src/nlp/perceptron/modelfile.js';
import {
  PerceptronTrainer,
  SmallWeightTable,
  compileMean,
  WeightTable,
  sparseFromSections,
  sparseToSections,
  weightTable,
} from '../../src/nlp/perceptron/perceptron.js';
import { DocumentMemory } from '../../src/nlp/ner/ner.js';
import { Tagger, trainTagger } from '../../src/nlp/tagger/tagger.js';
import { computeWordHashes } from '../../src/nlp/tagger/wordfeatures.js';

const sentences = [
  { forms: ['De', 'minister', 'reist', '.'], tags: ['DET', 'NOUN', 'VERB', 'PUNCT'] },
  { forms: ['Het', 'kabinet', 'stuurt', 'wapens', '.'], tags: ['DET', 'NOUN', 'VERB', 'NOUN', 'PUNCT'] },
  { forms: ['De', 'premier', 'spreekt', '.'], tags: ['DET', 'NOUN', 'VERB', 'PUNCT'] },
];

describe('model files', () => {
  it('round-trip a trained tagger through the binary format with the same predictions', () => {
    const trained = trainTagger('tagger', sentences, { epochs: 5, seed: 1, minWeight: 0 });
    const before = Tagger.fromSections('tagger', trained.header, trained.sections);
    const decoded = decodeModel(encodeModel({ header: trained.header, sections: trained.sections }));
    expect(decoded.header).toEqual(trained.header);
    const after = Tagger.fromSections('tagger', decoded.header as typeof trained.header, decoded.sections);
    for (const s of sentences) {
      const sentence = { forms: s.forms, h: computeWordHashes(s.forms) };
      expect(Array.from(after.tag(sentence))).toEqual(Array.from(before.tag(sentence)));
      expect(Array.from(after.tag(sentence), (t) => after.tags[t])).toEqual(s.tags);
    }
  });

  it('keep quantised weights close to the averaged ones', () => {
    const trainer = new PerceptronTrainer(3);
    const features = Int32Array.from([11, 22, 33]);
    for (let i = 0; i < 10; i++) trainer.learn(features, 3, i % 3, (i + 1) % 3);
    const sparse = trainer.compile(0);
    const sections = decodeModel(encodeModel({ header: {}, sections: sparseToSections('w', sparse) })).sections;
    const table = new WeightTable(sparseFromSections('w', sections, 3, sparse.scale));
    const direct = new Float64Array(3);
    const stored = new Float64Array(3);
    new WeightTable(sparse).score(features, 3, direct);
    table.score(features, 3, stored);
    for (let c = 0; c < 3; c++) expect(stored[c]).toBeCloseTo(direct[c], 3);
    expect(Math.max(...direct.map(Math.abs))).toBeGreaterThan(0);
  });

  it('compile the mean of several trainers, a feature only one learned counting at its share', () => {
    const first = new PerceptronTrainer(2);
    const second = new PerceptronTrainer(2);
    // One correction, then instances without one: the averaged weights grow from zero.
    for (const [trainer, other] of [[first, 6], [second, 7]] as const) {
      trainer.learn(Int32Array.from([5, other]), 2, 0, 1);
      for (let i = 0; i < 3; i++) trainer.learn(Int32Array.from([5, other]), 2, 0, 0);
    }
    const table = new WeightTable(compileMean([first, second], 0));
    const score = (feature: number) => {
      const out = new Float64Array(2);
      table.score(Int32Array.from([feature]), 1, out);
      return Array.from(out);
    };
    const alone = new Float64Array(2);
    new WeightTable(first.compile(0)).score(Int32Array.from([5]), 1, alone);
    expect(score(5)[0]).toBeCloseTo(alone[0], 3);
    expect(score(6)[0]).toBeCloseTo(alone[0] / 2, 3);
    expect(score(7)[1]).toBeCloseTo(alone[1] / 2, 3);
    expect(alone[0]).toBeGreaterThan(0);
    expect(compileMean([first], 0)).toEqual(first.compile(0));
  });

  it('train a tagger as the mean of several runs, each in its own sentence order', () => {
    const once = trainTagger('tagger', sentences, { epochs: 3, seed: 1, minWeight: 0 });
    const thrice = trainTagger('tagger', sentences, { epochs: 3, seed: 1, minWeight: 0, runs: 3 });
    expect(thrice.sections['tagger.values']).not.toEqual(once.sections['tagger.values']);
    const tagger = Tagger.fromSections('tagger', thrice.header, thrice.sections);
    const forms = ['Het', 'kabinet', 'reist', '.'];
    const tags = tagger.tag({ forms, h: computeWordHashes(forms) });
    expect(Array.from(tags, (t) => tagger.tags[t])).toEqual(['DET', 'NOUN', 'VERB', 'PUNCT']);
  });

  it('score the sum of the stored weights, with colliding slots and odd or even class counts, in both layouts', () => {
    for (const [Table, nClasses] of [[WeightTable, 3], [WeightTable, 4], [WeightTable, 17], [SmallWeightTable, 3], [SmallWeightTable, 4]] as const) {
      const trainer = new PerceptronTrainer(nClasses);
      // Ids sharing their low bits land in the same slot and probe onwards.
      const ids = Int32Array.from({ length: 300 }, (_, i) => (i * 4096 + 7) & 0x3fffffff);
      for (let i = 0; i < 2000; i++) {
        const features = ids.subarray(i % 290, (i % 290) + 10);
        trainer.learn(features, 10, i % nClasses, (i * 7 + 1) % nClasses);
      }
      const sparse = trainer.compile(0);
      const expected = new Float64Array(nClasses);
      const wanted = new Set(ids.subarray(100, 140));
      let cursor = 0;
      for (let row = 0; row < sparse.keys.length; row++) {
        for (let k = 0; k < sparse.counts[row]; k++, cursor++) {
          if (wanted.has(sparse.keys[row])) expected[sparse.classes[cursor]] += sparse.values[cursor] * sparse.scale;
        }
      }
      // Unknown ids among the known ones add nothing.
      const features = Int32Array.from([...ids.subarray(100, 140), 5, 4096 * 1000 + 7]);
      const scores = new Float64Array(nClasses + 1).fill(99);
      new Table(sparse).score(features, features.length, scores);
      for (let c = 0; c < nClasses; c++) expect(scores[c]).toBeCloseTo(expected[c], 6);
      expect(scores[nClasses]).toBe(99);
      expect(Math.max(...expected.map(Math.abs))).toBeGreaterThan(0);
    }
    expect(weightTable(new PerceptronTrainer(4).compile(0))).toBeInstanceOf(SmallWeightTable);
    expect(weightTable(new PerceptronTrainer(5).compile(0))).toBeInstanceOf(WeightTable);
  });

  it('score unknown features as zero', () => {
    const trainer = new PerceptronTrainer(2);
    trainer.learn(Int32Array.from([5]), 1, 0, 1);
    for (const table of [new WeightTable(trainer.compile(0)), new SmallWeightTable(trainer.compile(0))]) {
      const scores = new Float32Array(2);
      table.score(Int32Array.from([6, 7]), 2, scores);
      expect(Array.from(scores)).toEqual([0, 0]);
    }
  });
});

describe('lemmatiser', () => {
  it('learns edit rules including the Dutch ge- prefix', () => {
    const rule = ruleFor('gewerkt', 'werken');
    expect(rule.prefix).toBe(2);
    expect(applyRule('gewerkt', rule)).toBe('werken');
    expect(applyRule('gespeeld', ruleFor('gespeeld', 'spelen'))).toBe('spelen');
    expect(applyRule('Kabinetten', ruleFor('Kabinetten', 'kabinet'))).toBe('kabinet');
  });

  it('uses the lexicon for known words and suffix rules for new ones', () => {
    const lemmatizer = new Lemmatizer(
      trainLemmatizer([
        { form: 'landen', upos: 'NOUN', lemma: 'land', feats: 'Number=Plur' },
        { form: 'banden', upos: 'NOUN', lemma: 'band', feats: 'Number=Plur' },
        { form: 'randen', upos: 'NOUN', lemma: 'rand', feats: 'Number=Plur' },
        { form: 'was', upos: 'AUX', lemma: 'zijn', feats: 'Tense=Past' },
      ]),
    );
    expect(lemmatizer.lemma('was', 'AUX')).toBe('zijn');
    expect(lemmatizer.lemma('standen', 'NOUN')).toBe('stand');
    expect(lemmatizer.feats('standen', 'NOUN')).toBe('Number=Plur');
  });
});

describe('entity document memory', () => {
  it('recalls the majority entity type earlier sentences gave a capitalised form', () => {
    const tags = ['B-LOC', 'B-PER', 'I-PER', 'O'];
    const typeOf = Uint8Array.from([1, 2, 2, 0]);
    const memory = new DocumentMemory(typeOf, 2);
    const first = computeWordHashes(['Wim', 'Kok', 'zegt', 'Kok']);
    expect(Array.from(memory.lookup(first))).toEqual([255, 255, 255, 255]);
    memory.record(first, [tags.indexOf('B-PER'), tags.indexOf('I-PER'), 3, tags.indexOf('B-PER')]);
    const later = memory.lookup(computeWordHashes(['Kok', 'zegt', 'Wim']));
    expect(later[0]).toBe(2);
    expect(later[1]).toBe(255); // lower-case words are not remembered
    expect(later[2]).toBe(2);
  });
});
