import { describe, expect, it } from 'vitest';
import { learnWordClusters } from '../../../src/nlp/ner/clusters.js';
import { Gazetteer, namesFromAnnotations } from '../../../src/nlp/ner/gazetteer.js';
import { EntityResources, EntityTagger, MAX_NER_FEATURES, nerFeatures, trainEntityTagger } from '../../../src/nlp/ner/ner.js';
import { decodeModel, encodeModel } from '../../../src/nlp/perceptron/modelfile.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

const people = ['Jansen', 'Peeters', 'Smits', 'Claes', 'Bakker', 'Visser'];
const cities = ['Parijs', 'Berlijn', 'Madrid', 'Rome', 'Wenen', 'Praag'];
const data = people.flatMap((person, d) => {
  const city = cities[d];
  return [
    { tokens: ['Minister', person, 'reist', 'naar', city, '.'], tags: ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'], docStart: true },
    { tokens: [person, 'blijft', 'in', city, '.'], tags: ['B-PER', 'O', 'O', 'B-LOC', 'O'], docStart: false },
  ];
});
const resources = {
  gazetteer: { LOC: ['Berlijn'], ORG: [], PER: [], MISC: [] },
  silverNames: { LOC: ['Rome'], ORG: ['Verenigde Naties'], PER: ['Bakker'], MISC: [] },
  clusters: learnWordClusters('ner.clusters', data.map((s) => s.tokens), { minCount: 2, contextWords: 10, depth: 4, seed: 1 }),
};
const options = { epochs: 6, memoryFolds: 2, seed: 3, minWeight: 0 };

describe('entity tagger training', () => {
  const trained = trainEntityTagger('ner', data, resources, options);

  it('is deterministic, jackknifed memory included', () => {
    const again = trainEntityTagger('ner', data, resources, options);
    expect(again.header).toEqual(trained.header);
    for (const [name, array] of Object.entries(trained.sections)) expect(Array.from(again.sections[name])).toEqual(Array.from(array));
  });

  it('round-trips through the model file with the same predictions', () => {
    const before = EntityTagger.fromSections('ner', trained.header, trained.sections);
    const decoded = decodeModel(encodeModel(trained));
    const after = EntityTagger.fromSections('ner', decoded.header as typeof trained.header, decoded.sections);
    const sentences = [['Minister', 'Visser', 'reist', 'naar', 'Wenen', '.'], ['Visser', 'blijft', '.']];
    const tags = after.tagDocument(sentences).map((t) => Array.from(t, (x) => after.tags[x]));
    expect(tags).toEqual(before.tagDocument(sentences).map((t) => Array.from(t, (x) => before.tags[x])));
    expect(tags[0]).toEqual(['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
  });

  it('reads models without silver names or clusters', () => {
    const { silverNames: _, ...older } = trained.header;
    const sections = Object.fromEntries(Object.entries(trained.sections).filter(([name]) => !name.startsWith('ner.clusters')));
    const tagger = EntityTagger.fromSections('ner', older, sections);
    expect(tagger.tag(['Minister', 'Visser', 'reist', '.'])).toHaveLength(4);
  });
});

describe('entity features', () => {
  const evidence = new EntityResources(resources.gazetteer, resources.silverNames, null);

  it('fire on silver-list matches and differ from a sentence without them', () => {
    const forms = ['Minister', 'Bakker', 'bezoekt', 'Rome'];
    const other = ['Minister', 'Smits', 'bezoekt', 'Rome'];
    const a = new Int32Array(MAX_NER_FEATURES);
    const b = new Int32Array(MAX_NER_FEATURES);
    const e = evidence.evidence(forms, computeWordHashes(forms), new Uint8Array(4).fill(255));
    expect(Array.from(e.silver)).toEqual([0, 5, 0, 1]);
    const count = nerFeatures(e, 3, 0, -1, a);
    const f = evidence.evidence(other, computeWordHashes(other), new Uint8Array(4).fill(255));
    expect(nerFeatures(f, 3, 0, -1, b)).toBe(count);
    // The last word and its own list match are the same; its left neighbour differs.
    expect(Array.from(b.subarray(0, count))).not.toEqual(Array.from(a.subarray(0, count)));
    expect(count).toBeLessThanOrEqual(MAX_NER_FEATURES);
  });
});

describe('silver name lists', () => {
  it('keep names under the type most of their occurrences got, and skip bracketed titles', () => {
    const lists = namesFromAnnotations([
      { tokens: ['Ajax', 'wint', 'in', 'Ajax'], tags: ['B-ORG', 'O', 'O', 'B-ORG'] },
      { tokens: ['Ajax', '(', 'voetbalclub', ')'], tags: ['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC'] },
      { tokens: ['Ajax'], tags: ['B-LOC'] },
      { tokens: ['Georgia', 'en', 'Georgia'], tags: ['B-LOC', 'O', 'B-PER'] },
    ]);
    expect(lists.ORG).toEqual(['Ajax']);
    expect(lists.LOC).toEqual([]);
    expect(lists.PER).toEqual([]);
  });

  it('match multi-token names with the same result given lower-cased forms', () => {
    const gazetteer = new Gazetteer(resources.silverNames);
    const forms = ['De', 'Verenigde', 'Naties', 'en', 'Bakker'];
    expect(Array.from(gazetteer.match(forms))).toEqual([0, 3, 4, 0, 5]);
    expect(Array.from(gazetteer.match(forms, forms.map((f) => f.toLowerCase())))).toEqual([0, 3, 4, 0, 5]);
  });
});
