import { describe, expect, it } from 'vitest';
import { WordClusters, learnWordClusters } from '../../../src/nlp/ner/clusters.js';
import { MAX_PARSER_FEATURES, parserFeatures, parserInput } from '../../../src/nlp/parser/parser.js';
import { reattachMarks } from '../../../src/nlp/parser/punctuation.js';
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
  it('points each word to the first verb after it in its clause, 0 past a punctuation mark', () => {
    const forms = ['Hij', 'zegt', 'dat', 'zij', 'het', 'boek', 'las', ',', 'en', 'gaat', '.'];
    const tagNames = ['PRON', 'VERB', 'SCONJ', 'PRON', 'DET', 'NOUN', 'VERB', 'PUNCT', 'CCONJ', 'AUX', 'PUNCT'];
    const x = parserInput(computeWordHashes(forms), Int32Array.from(tagNames, (t) => hashString(t) | 0), new Int32Array(forms.length), null);
    // Positions are 1-based (0 = root): "zegt" is 2, "las" 7, "gaat" 10.
    expect(Array.from(x.nextVerb)).toEqual([2, 2, 7, 7, 7, 7, 7, 0, 10, 10, 0, 0]);
  });

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

describe('marks re-hung by the UD rule after parsing', () => {
  // "Hij zegt , dat hij appels , peren en bonen koopt ." with the marks hung anywhere by the parser.
  const forms = ['Hij', 'zegt', ',', 'dat', 'hij', 'appels', ',', 'peren', 'en', 'bonen', 'koopt', '.'];
  const isMark = Uint8Array.from(forms, (f) => (f === ',' || f === '.' ? 1 : 0));

  it('hangs each mark from the lower of its neighbouring constituents, the full stop from the root', () => {
    const heads = Int32Array.from([1, -1, 1, 10, 10, 10, 10, 5, 9, 5, 1, 10]);
    reattachMarks(forms, heads, isMark);
    // The comma opening the complement clause hangs from that clause's verb, the one in the
    // list from the conjunct after it, the full stop from the root.
    expect(heads[2]).toBe(10);
    expect(heads[6]).toBe(7);
    expect(heads[11]).toBe(1);
    // Words keep their heads.
    expect([heads[0], heads[1], heads[3], heads[4], heads[5], heads[7], heads[8], heads[9], heads[10]]).toEqual([1, -1, 10, 10, 10, 5, 9, 5, 1]);
  });

  it('leaves a tree alone when the parser made a mark its root, and sentences of marks only', () => {
    const rootedInMark = Int32Array.from([1, 11, 1, 10, 10, 10, 10, 5, 9, 5, 1, -1]);
    const before = Array.from(rootedInMark);
    reattachMarks(forms, rootedInMark, isMark);
    expect(Array.from(rootedInMark)).toEqual(before);
    const onlyMarks = Int32Array.from([-1, 0]);
    reattachMarks(['.', '.'], onlyMarks, Uint8Array.from([1, 1]));
    expect(Array.from(onlyMarks)).toEqual([-1, 0]);
  });
});
