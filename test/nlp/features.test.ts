import { describe, expect, it } from 'vitest';
import { feat2, hashString, seededRandom } from '../../src/nlp/perceptron/hash.js';
import { GAZETTEER_LABELS, Gazetteer } from '../../src/nlp/ner/gazetteer.js';
import { MAX_TAGGER_FEATURES, taggerFeatures } from '../../src/nlp/tagger/tagger.js';
import {
  FLAG_ALL_CAPS,
  FLAG_ALL_PUNCT,
  FLAG_CAPITALISED,
  FLAG_HAS_DIGIT,
  FLAG_HAS_HYPHEN,
  computeWordHashes,
} from '../../src/nlp/tagger/wordfeatures.js';

describe('word features', () => {
  const h = computeWordHashes(['NAVO-chef', 'Amsterdam', 'Rotterdam', '1999', '2022', '12,5', 'EU', '.']);

  it('hashes a compound by its last part', () => {
    expect(h.head[0]).toBe(hashString('chef') | 0);
    expect(h.norm[0]).toBe(hashString('navo-chef') | 0);
  });

  it('gives words of the same character classes the same shape', () => {
    expect(h.shape[1]).toBe(h.shape[2]);
    expect(h.shape[1]).not.toBe(h.shape[6]);
  });

  it('normalises years and other numbers', () => {
    expect(h.norm[3]).toBe(h.norm[4]);
    expect(h.norm[3]).not.toBe(h.norm[5]);
  });

  it('sets case, digit, hyphen and punctuation flags', () => {
    expect(h.flags[0] & FLAG_HAS_HYPHEN).toBeTruthy();
    expect(h.flags[1] & FLAG_CAPITALISED).toBeTruthy();
    expect(h.flags[1] & FLAG_ALL_CAPS).toBe(0);
    expect(h.flags[6] & FLAG_ALL_CAPS).toBeTruthy();
    expect(h.flags[3] & FLAG_HAS_DIGIT).toBeTruthy();
    expect(h.flags[7] & FLAG_ALL_PUNCT).toBeTruthy();
    expect(h.flags[1] & FLAG_ALL_PUNCT).toBe(0);
  });

  it('hashes substrings in place like the sliced string', () => {
    expect(hashString('werkten', 4)).toBe(hashString('ten'));
    expect(h.suf3[1]).toBe(hashString('dam') | 0);
  });
});

describe('tagger features', () => {
  const h = computeWordHashes(['De', 'minister', 'vertrekt', '.']);

  it('are deterministic and depend on the previous tags', () => {
    const a = new Int32Array(MAX_TAGGER_FEATURES);
    const b = new Int32Array(MAX_TAGGER_FEATURES);
    const count = taggerFeatures(h, 1, 3, -1, a);
    expect(taggerFeatures(h, 1, 3, -1, b)).toBe(count);
    expect(Array.from(b.subarray(0, count))).toEqual(Array.from(a.subarray(0, count)));
    taggerFeatures(h, 1, 4, -1, b);
    expect(Array.from(b.subarray(0, count))).not.toEqual(Array.from(a.subarray(0, count)));
  });

  it('are 30-bit non-negative ids', () => {
    const out = new Int32Array(MAX_TAGGER_FEATURES);
    const count = taggerFeatures(h, 0, -1, -1, out);
    for (const f of out.subarray(0, count)) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(2 ** 30);
    }
    expect(new Set(out.subarray(0, count)).size).toBe(count);
  });

  it('combine parts order-sensitively', () => {
    expect(feat2(5, 1, 2)).not.toBe(feat2(5, 2, 1));
  });
});

describe('seeded random', () => {
  it('repeats its sequence for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    expect(seededRandom(8)()).not.toBe(xs[0]);
  });
});

describe('gazetteer', () => {
  const gazetteer = new Gazetteer({ LOC: ['Verenigde Staten', 'Kiev'], ORG: ['NAVO'], PER: ['Mark Rutte'], MISC: ['Russische'] });

  it('marks the longest capitalised matches with label and position', () => {
    const codes = gazetteer.match(['De', 'Verenigde', 'Staten', 'en', 'de', 'NAVO', 'steunen', 'Kiev', '.']);
    const loc = 1 + GAZETTEER_LABELS.indexOf('LOC') * 2;
    const org = 1 + GAZETTEER_LABELS.indexOf('ORG') * 2;
    expect(Array.from(codes)).toEqual([0, loc, loc + 1, 0, 0, org, 0, loc, 0]);
  });

  it('ignores lower-case words and partial matches', () => {
    expect(Array.from(gazetteer.match(['kiev', 'Mark', 'zegt']))).toEqual([0, 0, 0]);
  });
});
