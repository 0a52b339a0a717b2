// The article-body metric of the Scrapinghub/Zyte article extraction benchmark: 4-token shingles
// of `\w+` tokens (Python's Unicode \w: letters, digits of every kind, underscore), counted as
// multisets, per-page TP/FP/FN normalised to sum to 1, precision and recall averaged over pages.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function shingleTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = shingleTokens(text);
  const counts = new Map<string, number>();
  // A text shorter than a shingle is one short shingle; an empty one has none.
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
  /** The two texts have the same token sequence. */
  exact: boolean;
}

/** Matched, extra and missing shingles of one page, normalised to sum to 1 (all 0 when both are empty). */
export function matchPage(truth: string, prediction: string): PageMatch {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  const exact = shingleTokens(truth).join('\u0000') === shingleTokens(prediction).join('\u0000');
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

export interface ShingleScores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

/**
 * Precision averaged over pages whose prediction has a shingle, recall over pages whose truth
 * has one; F1 from the two means.
 */
export function scorePages(matches: PageMatch[]): ShingleScores {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map((m) => m.tp / (m.tp + m.fp)));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map((m) => m.tp / (m.tp + m.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(matches.map((m) => (m.exact ? 1 : 0))), pages: matches.length };
}
