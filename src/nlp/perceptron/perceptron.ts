// Averaged perceptron (Collins 2002; the Honnibal tagger design): a trainer with lazily averaged
// weights keyed by hashed feature ids, and a compact runtime table the trainer compiles into.
import type { SectionArray } from './modelfile.js';

/** Trains one multi-class averaged perceptron. Rows are allocated on first update of a feature. */
export class PerceptronTrainer {
  private readonly rowOf = new Map<number, number>();
  private rowKeys: number[] = [];
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  private instances = 0;

  constructor(readonly nClasses: number) {
    const initialCells = 1024 * nClasses;
    this.weights = new Float32Array(initialCells);
    this.totals = new Float64Array(initialCells);
    this.stamps = new Int32Array(initialCells);
  }

  get featureCount(): number {
    return this.rowKeys.length;
  }

  /** Fills `scores` (length ≥ nClasses) with the current (non-averaged) class scores. */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const n = this.nClasses;
    scores.fill(0, 0, n);
    for (let i = 0; i < count; i++) {
      const row = this.rowOf.get(features[i]);
      if (row === undefined) continue;
      const base = row * n;
      for (let c = 0; c < n; c++) scores[c] += this.weights[base + c];
    }
  }

  /** Records one training instance; moves weights towards `truth` when `guess` differs. */
  learn(features: Int32Array, count: number, truth: number, guess: number): void {
    this.instances++;
    if (truth === guess) return;
    for (let i = 0; i < count; i++) {
      const base = this.rowFor(features[i]) * this.nClasses;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(cell: number, delta: number): void {
    this.totals[cell] += (this.instances - this.stamps[cell]) * this.weights[cell];
    this.stamps[cell] = this.instances;
    this.weights[cell] += delta;
  }

  private rowFor(key: number): number {
    let row = this.rowOf.get(key);
    if (row !== undefined) return row;
    row = this.rowKeys.length;
    this.rowOf.set(key, row);
    this.rowKeys.push(key);
    const needed = (row + 1) * this.nClasses;
    if (needed > this.weights.length) {
      const size = this.weights.length * 2;
      const weights = new Float32Array(size);
      weights.set(this.weights);
      const totals = new Float64Array(size);
      totals.set(this.totals);
      const stamps = new Int32Array(size);
      stamps.set(this.stamps);
      this.weights = weights;
      this.totals = totals;
      this.stamps = stamps;
    }
    return row;
  }

  /**
   * Averages the weights and keeps those with |w| ≥ `minWeight` (the pruning that keeps model
   * files small: rare features end with tiny averaged weights), as a sparse quantised table.
   * Only features `keep` accepts are compiled.
   */
  compile(minWeight: number, keep: (key: number) => boolean = () => true): SparseWeights {
    const n = this.nClasses;
    const keys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const values: number[] = [];
    let maxAbs = 0;
    for (let row = 0; row < this.rowKeys.length; row++) {
      if (!keep(this.rowKeys[row])) continue;
      let kept = 0;
      for (let c = 0; c < n; c++) {
        const cell = row * n + c;
        const total = this.totals[cell] + (this.instances - this.stamps[cell]) * this.weights[cell];
        const avg = total / Math.max(1, this.instances);
        if (Math.abs(avg) < minWeight) continue;
        classes.push(c);
        values.push(avg);
        maxAbs = Math.max(maxAbs, Math.abs(avg));
        kept++;
      }
      if (kept > 0) {
        keys.push(this.rowKeys[row]);
        counts.push(kept);
      }
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    return {
      nClasses: n,
      scale,
      keys: Int32Array.from(keys),
      counts: Uint8Array.from(counts),
      classes: Uint8Array.from(classes),
      values: Int16Array.from(values, (v) => Math.round(v / scale)),
    };
  }
}

/** The stored form of a perceptron: per kept feature, its non-zero classes and Int16 weights. */
export interface SparseWeights {
  nClasses: number;
  scale: number;
  keys: Int32Array;
  counts: Uint8Array;
  classes: Uint8Array;
  values: Int16Array;
}

export function sparseToSections(prefix: string, w: SparseWeights): Record<string, SectionArray> {
  return {
    [`${prefix}.keys`]: w.keys,
    [`${prefix}.counts`]: w.counts,
    [`${prefix}.classes`]: w.classes,
    [`${prefix}.values`]: w.values,
  };
}

export function sparseFromSections(
  prefix: string,
  sections: Record<string, SectionArray>,
  nClasses: number,
  scale: number,
): SparseWeights {
  return {
    nClasses,
    scale,
    keys: sections[`${prefix}.keys`] as Int32Array,
    counts: sections[`${prefix}.counts`] as Uint8Array,
    classes: sections[`${prefix}.classes`] as Uint8Array,
    values: sections[`${prefix}.values`] as Int16Array,
  };
}

/**
 * Runtime scorer: open-addressing table from feature id to its row of quantised Int16 weights.
 * Each slot holds the key followed by its row, so a probe that finds its feature reads the
 * weights from the same cache line: scoring is bound by memory latency, not arithmetic.
 */
export class WeightTable {
  readonly nClasses: number;
  private readonly scale: number;
  /** Slot size in Int16 units: two for the key, then the row, padded to keep keys aligned. */
  private readonly stride: number;
  /** keys[slot * stride / 2] = feature id, -1 when the slot is empty (ids are 30-bit). */
  private readonly keys: Int32Array;
  /** cells[slot * stride + 2 + c] = weight of class c, in units of `scale`. */
  private readonly cells: Int16Array;
  private readonly mask: number;

  constructor(sparse: SparseWeights) {
    const n = sparse.nClasses;
    this.nClasses = n;
    this.scale = sparse.scale;
    this.stride = 2 + n + (n % 2);
    const featureCount = sparse.keys.length;
    let capacity = 16;
    while (capacity < featureCount * 2) capacity *= 2;
    this.mask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * this.stride * 2);
    this.keys = new Int32Array(buffer);
    this.cells = new Int16Array(buffer);
    const half = this.stride / 2;
    for (let slot = 0; slot < capacity; slot++) this.keys[slot * half] = -1;
    let cursor = 0;
    for (let row = 0; row < featureCount; row++) {
      const key = sparse.keys[row];
      let slot = key & this.mask;
      while (this.keys[slot * half] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot * half] = key;
      const base = slot * this.stride + 2;
      for (let k = 0; k < sparse.counts[row]; k++, cursor++) this.cells[base + sparse.classes[cursor]] = sparse.values[cursor];
    }
  }

  /** Adds the weights of `features[0..count)` into `scores` (cleared first). */
  score(features: Int32Array, count: number, scores: Float32Array | Float64Array): void {
    const n = this.nClasses;
    scores.fill(0, 0, n);
    const keys = this.keys;
    const cells = this.cells;
    const mask = this.mask;
    const stride = this.stride;
    const half = stride >> 1;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let found = keys[slot * half];
      while (found !== key && found !== -1) {
        slot = (slot + 1) & mask;
        found = keys[slot * half];
      }
      if (found === -1) continue;
      const base = slot * stride + 2;
      for (let c = 0; c < n; c++) scores[c] += cells[base + c];
    }
    for (let c = 0; c < n; c++) scores[c] *= this.scale;
  }
}

/** Index of the highest score among classes allowed by `allowed` (all when null). */
export function argmax(scores: Float32Array | Float64Array, n: number, allowed: Uint8Array | null = null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed !== null && allowed[c] === 0) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
