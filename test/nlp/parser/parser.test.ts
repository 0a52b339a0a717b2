import { describe, expect, it } from 'vitest';
import { WordClusters, learnWordClusters } from '../../../src/nlp/ner/clusters.js';
import { MAX_PARSER_FEATURES, parserFeatures, parserInput } from '../../../src/nlp/parser/parser.js';
import { ParseState, SHIFT } from '../../../src/nlp/parser/transition.js';
import { hashString } from '../../../src/nlp/perceptron/hash.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

// Cities share contexts ("naar X", "in X"), so they share a cluster path.
const texts: string[][] = [];
for (let round = 0; round < 6; round++) {
  for (const city of ['Kiev', 'Parijs', 'Berlijn']) {
    texts.push(['De', 'minister', 'reist', 'naar', city, '.'], ['Het', 'overleg', 'in', city, 'duurt', 'lang', '.']);
  }
}
const clusters = WordClusters.fromSections('c', learnWordClusters('c', texts, { minCount: 3, contextWords: 20, depth: 6, seed: 5 }))!;

function input(forms: string[]) {
  const tags = Int32Array.from(forms, () => hashString('X') | 0);
  return parserInput(computeWordHashes(forms), tags, new Int32Array(forms.length), clusters);
}

describe('parser input', () => {
  it('gives each word its cluster path, 0 for words without one, and the root its own value', () => {
    const x = input(['naar', 'Kiev', 'en', 'Zanzibar']);
    expect(x.cluster[2]).toBeGreaterThan(0);
    expect(x.cluster[4]).toBe(0);
    expect(x.cluster[0]).not.toBe(x.cluster[2]);
    expect(x.coarseCluster[2]).toBeLessThanOrEqual(x.cluster[2]);
  });

  it('lets a word the treebank never saw share features with a word of its cluster', () => {
    const featuresAfterShift = (forms: string[]) => {
      const x = input(forms);
      const st = new ParseState(x.n);
      st.apply(SHIFT, -1);
      const out = new Int32Array(MAX_PARSER_FEATURES);
      return Array.from(out.subarray(0, parserFeatures(x, st, out)));
    };
    const sharedFeatures = (a: string, b: string) => {
      const first = featuresAfterShift(['naar', a]);
      const second = featuresAfterShift(['naar', b]);
      return first.filter((f, i) => f === second[i]).length;
    };
    expect(input(['Kiev']).cluster[1]).toBe(input(['Berlijn']).cluster[1]);
    // "Zanzibar" has no cluster: it shares only what any two unlike words share.
    expect(sharedFeatures('Kiev', 'Berlijn')).toBeGreaterThan(sharedFeatures('Kiev', 'Zanzibar'));
  });
});
