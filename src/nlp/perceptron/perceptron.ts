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
    return compileMean([this], minWeight, keep);
  }

  /** Calls `visit` with each feature's averaged weights (one reused array of nClasses). */
  forEachAveraged(visit: (key: number, averaged: Float64Array) => void): void {
    const n = this.nClasses;
    const averaged = new Float64Array(n);
    for (let row = 0; row < this.rowKeys.length; row++) {
      for (let c = 0; c < n; c++) {
        const cell = row * n + c;
        const total = this.totals[cell] + (this.instances - this.stamps[cell]) * this.weights[cell];
        averaged[c] = total / Math.max(1, this.instances);
      }
      visit(this.rowKeys[row], averaged);
    }
  }
}

/**
 * The compact table of the mean of several trainers' averaged weights (one trainer: its own),
 * keeping weights of at least `minWeight` and features `keep` accepts. Trainers that saw the same
 * data in different orders err differently; for the tagger their mean erred less on held-out data
 * than one run did (parameter mixing; models/README.md has the figures).
 */
export function compileMean(trainers: PerceptronTrainer[], minWeight: number, keep: (key: number) => boolean = () => true): SparseWeights {
  const n = trainers[0].nClasses;
  const keys: number[] = [];
  const counts: number[] = [];
  const classes: number[] = [];
  const values: number[] = [];
  let maxAbs = 0;
  const addRow = (key: number, row: Float64Array) => {
    let kept = 0;
    for (let c = 0; c < n; c++) {
      const value = row[c];
      if (Math.abs(value) < minWeight) continue;
      classes.push(c);
      values.push(value);
      maxAbs = Math.max(maxAbs, Math.abs(value));
      kept++;
    }
    if (kept > 0) {
      keys.push(key);
      counts.push(kept);
    }
  };
  if (trainers.length === 1) {
    trainers[0].forEachAveraged((key, row) => {
      if (keep(key)) addRow(key, row);
    });
  } else {
    const sums = new Map<number, Float64Array>();
    for (const trainer of trainers) {
      trainer.forEachAveraged((key, row) => {
        if (!keep(key)) return;
        let sum = sums.get(key);
        if (!sum) sums.set(key, (sum = new Float64Array(n)));
        for (let c = 0; c < n; c++) sum[c] += row[c] / trainers.length;
      });
    }
    for (const [key, sum] of sums) addRow(key, sum);
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

/** A compiled perceptron at run time: `weightTable` picks the layout for its number of classes. */
export interface Scorer {
  readonly nClasses: number;
  /** Sets `scores[0..nClasses)` to the summed weights of `features[0..count)`. */
  score(features: Int32Array, count: number, scores: Float32Array | Float64Array): void;
}

export function weightTable(sparse: SparseWeights): Scorer {
  return sparse.nClasses <= SMALL_TABLE_CLASSES ? new SmallWeightTable(sparse) : new WeightTable(sparse);
}

// Both layouts are open-addressing tables from feature id to weights. Scoring is bound by memory
// latency, not arithmetic: a feature costs a cache miss or two, so the tables are kept compact and
// a feature's weights sit in its slot or packed side by side. Both sum the quantised weights as
// integers, so the order of addition cannot change a score.

/** Capacity: a power of two at least twice the feature count (short probe runs). */
function tableCapacity(featureCount: number): number {
  let capacity = 16;
  while (capacity < featureCount * 2) capacity *= 2;
  return capacity;
}

/**
 * The general layout. Most features have two or three non-zero classes out of up to ~50, so the
 * weights are stored sparsely, which keeps the table small enough for the caches.
 */
export class WeightTable implements Scorer {
  readonly nClasses: number;
  private readonly scale: number;
  /**
   * slots[2s] = feature id (-1: empty; ids are 30-bit), slots[2s + 1] = start << 8 | count of its
   * weights in `entries` (0 for an empty slot: an unknown feature adds nothing, without a branch).
   */
  private readonly slots: Int32Array;
  /** Per non-zero weight: value << 8 | class (the value is a quantised Int16, in units of `scale`). */
  private readonly entries: Int32Array;
  private readonly mask: number;
  private readonly sums: Int32Array;
  /** The slots' references found for the features of one call. */
  private refs = new Int32Array(128);

  constructor(sparse: SparseWeights) {
    const n = sparse.nClasses;
    if (n > 256 || sparse.values.length >= 1 << 23) throw new Error('weight table: too many classes or weights');
    this.nClasses = n;
    this.scale = sparse.scale;
    this.sums = new Int32Array(n);
    const capacity = tableCapacity(sparse.keys.length);
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let slot = 0; slot < capacity; slot++) this.slots[slot * 2] = -1;
    this.entries = new Int32Array(sparse.values.length);
    let cursor = 0;
    for (let row = 0; row < sparse.keys.length; row++) {
      const key = sparse.keys[row];
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== -1) slot = (slot + 1) & this.mask;
      const count = sparse.counts[row];
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = (cursor << 8) | count;
      for (let k = 0; k < count; k++, cursor++) this.entries[cursor] = (sparse.values[cursor] << 8) | sparse.classes[cursor];
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array | Float64Array): void {
    if (count > this.refs.length) this.refs = new Int32Array(count);
    const refs = this.refs;
    const slots = this.slots;
    const mask = this.mask;
    // Two passes: all probes first, then all weights. No branch waits on a weight load, so the
    // processor keeps many cache misses in flight instead of one at a time.
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let found = slots[slot << 1];
      while (found !== key && found !== -1) {
        slot = (slot + 1) & mask;
        found = slots[slot << 1];
      }
      refs[i] = slots[(slot << 1) + 1];
    }
    const sums = this.sums;
    sums.fill(0);
    const entries = this.entries;
    for (let i = 0; i < count; i++) {
      const ref = refs[i];
      const end = (ref >>> 8) + (ref & 0xff);
      for (let e = ref >>> 8; e < end; e++) {
        const entry = entries[e];
        sums[entry & 0xff] += entry >> 8;
      }
    }
    for (let c = 0; c < this.nClasses; c++) scores[c] = sums[c] * this.scale;
  }
}

const SMALL_TABLE_CLASSES = 4;

/**
 * The layout for up to four classes (the parser's transitions): each 12-byte slot holds the key
 * and all four Int16 weights. Empty slots hold zero weights, so an unknown feature adds its slot's
 * zeros instead of taking a branch that depends on the load: such branches mispredict and stall
 * the pipeline for a full cache miss each.
 */
export class SmallWeightTable implements Scorer {
  readonly nClasses: number;
  private readonly scale: number;
  /** keys[3s] = feature id, -1 when the slot is empty. */
  private readonly keys: Int32Array;
  /** cells[6s + 2 + c] = weight of class c, in units of `scale`. */
  private readonly cells: Int16Array;
  private readonly mask: number;
  private readonly sums = new Int32Array(SMALL_TABLE_CLASSES);

  constructor(sparse: SparseWeights) {
    if (sparse.nClasses > SMALL_TABLE_CLASSES) throw new Error(`small weight table: ${sparse.nClasses} classes`);
    this.nClasses = sparse.nClasses;
    this.scale = sparse.scale;
    const capacity = tableCapacity(sparse.keys.length);
    this.mask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * 12);
    this.keys = new Int32Array(buffer);
    this.cells = new Int16Array(buffer);
    for (let slot = 0; slot < capacity; slot++) this.keys[slot * 3] = -1;
    let cursor = 0;
    for (let row = 0; row < sparse.keys.length; row++) {
      const key = sparse.keys[row];
      let slot = key & this.mask;
      while (this.keys[slot * 3] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot * 3] = key;
      const base = slot * 6 + 2;
      for (let k = 0; k < sparse.counts[row]; k++, cursor++) this.cells[base + sparse.classes[cursor]] = sparse.values[cursor];
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array | Float64Array): void {
    const keys = this.keys;
    const cells = this.cells;
    const mask = this.mask;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i];
      let slot = key & mask;
      let found = keys[slot * 3];
      while (found !== key && found !== -1) {
        slot = (slot + 1) & mask;
        found = keys[slot * 3];
      }
      const base = slot * 6 + 2;
      s0 += cells[base];
      s1 += cells[base + 1];
      s2 += cells[base + 2];
      s3 += cells[base + 3];
    }
    const sums = this.sums;
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
    for (let c = 0; c < this.nClasses; c++) scores[c] = sums[c] * this.scale;
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
