import { describe, expect, it } from 'vitest';
import { matchPage, scorePages, shingleTokens } from '../../src/eval/shingles.js';

describe('article-body shingle metric', () => {
  it('tokenises like Python\'s Unicode \\w+: letters and digits of any script and underscore', () => {
    expect(shingleTokens('Kyiv, 24-02: Оекраїна_1 — 東京 ok!')).toEqual(['Kyiv', '24', '02', 'Оекраїна_1', '東京', 'ok']);
  });

  it('counts matched, extra and missing 4-token shingles, normalised to sum to 1', () => {
    // truth: a b c d e → abcd, bcde; prediction: a b c d x → abcd, bcdx
    expect(matchPage('a b c d e', 'a b c d x')).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3, exact: false });
    expect(matchPage('a b c d', 'a, b. c d')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
  });

  it('makes a text of fewer than four tokens one short shingle, and an empty one none', () => {
    expect(matchPage('a b', 'a b')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(matchPage('a b c d', '')).toEqual({ tp: 0, fp: 0, fn: 1, exact: false });
    expect(matchPage('', '')).toEqual({ tp: 0, fp: 0, fn: 0, exact: true });
  });

  it('averages precision over predicted pages and recall over true pages; F1 from the means', () => {
    const scores = scorePages([matchPage('a b c d e', 'a b c d x'), matchPage('a b c d', '')]);
    expect(scores.precision).toBeCloseTo(0.5, 10);
    expect(scores.recall).toBeCloseTo(0.25, 10);
    expect(scores.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75, 10);
    expect(scores.accuracy).toBe(0);
  });
});
