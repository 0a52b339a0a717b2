import { describe, expect, it } from 'vitest';
import { WordClusters, learnWordClusters } from '../../../src/nlp/ner/clusters.js';
import { Parser, parserInput, trainParser, type ParserTrainingSentence } from '../../../src/nlp/parser/parser.js';
import { TreeLinks } from '../../../src/nlp/parser/relabel.js';
import { hashString } from '../../../src/nlp/perceptron/hash.js';
import { decodeModel, encodeModel } from '../../../src/nlp/perceptron/modelfile.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

// Own sentences: verb-final subordinate clauses, where subject and object both precede the verb.
const sentences = [
  { forms: ['Hij', 'zegt', 'dat', 'de', 'burgemeester', 'de', 'brug', 'opent', '.'], tags: ['PRON', 'VERB', 'SCONJ', 'DET', 'NOUN', 'DET', 'NOUN', 'VERB', 'PUNCT'], heads: [2, 0, 8, 5, 8, 7, 8, 2, 2], rels: ['nsubj', 'root', 'mark', 'det', 'nsubj', 'det', 'obj', 'ccomp', 'punct'] },
  { forms: ['Zij', 'weet', 'dat', 'de', 'wethouder', 'het', 'plan', 'steunt', '.'], tags: ['PRON', 'VERB', 'SCONJ', 'DET', 'NOUN', 'DET', 'NOUN', 'VERB', 'PUNCT'], heads: [2, 0, 8, 5, 8, 7, 8, 2, 2], rels: ['nsubj', 'root', 'mark', 'det', 'nsubj', 'det', 'obj', 'ccomp', 'punct'] },
  { forms: ['De', 'raad', 'steunt', 'het', 'plan', '.'], tags: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'], heads: [2, 3, 0, 5, 3, 3], rels: ['det', 'nsubj', 'root', 'det', 'obj', 'punct'] },
];
const labels = ['det', 'mark', 'nsubj', 'obj', 'ccomp', 'punct', 'root'];

describe('tree links', () => {
  it('find neighbouring siblings and outer children in a finished tree', () => {
    const heads = Int32Array.from([0, ...sentences[0].heads]);
    const links = new TreeLinks(heads, 9);
    // "opent" (8) has mark 3, nsubj 5 and obj 7: 5's siblings are 3 and 7.
    expect([links.prevSibling[5], links.nextSibling[5]]).toEqual([3, 7]);
    expect([links.firstChild[8], links.lastChild[8], links.childCount[8]]).toEqual([3, 7, 3]);
    expect(links.prevSibling[3]).toBe(-1);
    expect(links.childCount[4]).toBe(0);
  });
});

describe('parser with relabelling and word clusters', () => {
  it('learns the subject and object of verb-final clauses and round-trips through the model file', () => {
    const clusterSections = learnWordClusters('parser.clusters', sentences.map((s) => s.forms), { minCount: 1, contextWords: 20, depth: 6, seed: 1 });
    const clusters = WordClusters.fromSections('parser.clusters', clusterSections);
    const input = (s: (typeof sentences)[number]) =>
      parserInput(computeWordHashes(s.forms), Int32Array.from(s.tags, (t) => hashString(t) | 0), new Int32Array(s.forms.length), clusters);
    const data: ParserTrainingSentence[] = sentences.map((s) => ({
      input: input(s),
      gold: Int32Array.from([0, ...s.heads]),
      goldLabels: Int32Array.from([0, ...s.rels.map((r) => labels.indexOf(r))]),
    }));
    const trained = trainParser('parser', labels, data, { epochs: 10, seed: 1, minWeight: 0, explore: 0 });
    const decoded = decodeModel(encodeModel({ header: trained.header, sections: trained.sections }));
    expect(Object.keys(decoded.sections).some((k) => k.startsWith('parser.relabel'))).toBe(true);
    const parser = Parser.fromSections('parser', decoded.header as Parameters<typeof Parser.fromSections>[1], decoded.sections);
    // Every arc through the relabelling pass, and none (each keeps the arc labeller's label).
    for (const margin of [Infinity, 0]) {
      parser.relabelMargin = margin;
      for (const s of sentences) {
        const parsed = parser.parse(input(s));
        expect(Array.from(parsed.heads, (h) => h + 1)).toEqual(s.heads);
        expect(Array.from(parsed.labels, (l) => labels[l])).toEqual(s.rels);
      }
    }
  });
});
