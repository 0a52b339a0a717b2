// Word clusters and capitalisation habits learned from unlabelled text, as features for the
// entity recogniser: words the labelled data never saw still share a cluster with words it did
// ("Srebrenica" with "Sarajevo"), and a word that is lower-case elsewhere is rarely a name at the
// start of a sentence. The clusters are a cheap stand-in for Brown clusters: each word's vector of
// left and right neighbours (among the most frequent words), split in two again and again by
// 2-means (bisecting k-means, fixed seed), so every word gets a bit path whose prefixes are
// coarser clusters, as Brown paths are.
import { feat1, feat2, seededRandom } from '../perceptron/hash.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import { FLAG_CAPITALISED, computeWordHashes } from '../tagger/wordfeatures.js';

/** How a word is written in the unlabelled text, away from the start of a sentence. */
export const CASE_UNSEEN = 0;
export const CASE_LOWER = 1;
export const CASE_MIXED = 2;
export const CASE_CAPITALISED = 3;
/** Added to CASE_MIXED when lower case outnumbers capitals 4 to 1 ("van", capitalised in Flemish surnames). */
export const CASE_MOSTLY_LOWER = 4;
/** The case class without CASE_MOSTLY_LOWER. */
export const CASE_CLASS_MASK = 3;

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** The most frequent words that serve as context dimensions. */
  contextWords: number;
  /** Maximum path length in bits. */
  depth: number;
  seed: number;
}

/**
 * Per word (its `norm` hash): cluster path (1 followed by the path bits) and case class, in one
 * open-addressing table so a token costs one probe.
 */
export class WordClusters {
  /** slots[2s] = word key (0 when empty: no FNV hash is 0 in practice), slots[2s + 1] = path | case << 16. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: Int32Array, paths: Uint16Array, casing: Uint8Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[i];
      this.slots[slot * 2 + 1] = paths[i] | (casing[i] << 16);
    }
  }

  /** The word's cluster path (low 16 bits, 0 when it has none) and case class (bits 16 up). */
  lookup(norm: number): number {
    let slot = norm & this.mask;
    for (;;) {
      const key = this.slots[slot * 2];
      if (key === norm) return this.slots[slot * 2 + 1];
      if (key === 0) return CASE_UNSEEN << 16;
      slot = (slot + 1) & this.mask;
    }
  }

  static fromSections(prefix: string, sections: Record<string, SectionArray>): WordClusters | null {
    const keys = sections[`${prefix}.keys`] as Int32Array | undefined;
    if (!keys) return null;
    return new WordClusters(keys, sections[`${prefix}.paths`] as Uint16Array, sections[`${prefix}.case`] as Uint8Array);
  }
}

/** The first `bits` bits of a path (a shorter path stands for itself, as with Brown prefixes). */
export function pathPrefix(path: number, bits: number): number {
  const length = 31 - Math.clz32(path);
  return length > bits ? path >>> (length - bits) : path;
}

/**
 * Cluster features of a word (templates `t` to `t + 6`): prefixes of its path and its neighbours'
 * (1 at the sentence edge), and its coarse cluster after the previous tag (`prevTag`, -1 for none).
 */
export function pathFeatures(t: number, path: number, pathPrev: number, pathNext: number, prevTag: number, out: Int32Array, k: number): number {
  out[k++] = feat1(t, pathPrefix(path, 4));
  out[k++] = feat1(t + 1, pathPrefix(path, 8));
  out[k++] = feat1(t + 2, pathPrefix(path, 12));
  out[k++] = feat1(t + 3, path);
  out[k++] = feat1(t + 4, pathPrefix(pathPrev, 8));
  out[k++] = feat1(t + 5, pathPrefix(pathNext, 8));
  out[k++] = feat2(t + 6, prevTag + 1, pathPrefix(path, 8));
  return k;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', "'", '-DOCSTART-']);

/** Learns clusters and case classes from token sequences (sentences or whole documents). */
export function learnWordClusters(
  prefix: string,
  texts: readonly (readonly string[])[],
  options: ClusterOptions,
): Record<string, SectionArray> {
  // Counts per norm hash: occurrences, and capitalised / lower-case ones not sentence-initial.
  const index = new Map<number, number>();
  const counts: number[] = [];
  const upper: number[] = [];
  const lower: number[] = [];
  const ids: Int32Array[] = [];
  for (const forms of texts) {
    const h = computeWordHashes(forms);
    const row = new Int32Array(h.length);
    for (let i = 0; i < h.length; i++) {
      let id = index.get(h.norm[i]);
      if (id === undefined) {
        id = counts.length;
        index.set(h.norm[i], id);
        counts.push(0);
        upper.push(0);
        lower.push(0);
      }
      counts[id]++;
      row[i] = id;
      const initial = i === 0 || SENTENCE_END.has(forms[i - 1]);
      if (!initial && /\p{L}/u.test(forms[i][0])) {
        if (h.flags[i] & FLAG_CAPITALISED) upper[id]++;
        else lower[id]++;
      }
    }
    ids.push(row);
  }
  const keys = Int32Array.from(index.keys());
  const byFrequency = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a] || keys[a] - keys[b]);
  // Context dimension of a word id: 1 + rank among the context words; 0 for the sentence edge.
  const contextDimension = new Int32Array(counts.length).fill(-1);
  byFrequency.slice(0, options.contextWords).forEach((id, rank) => (contextDimension[id] = rank + 1));
  const dims = options.contextWords + 1;
  const members = byFrequency.filter((id) => counts[id] >= options.minCount);
  const memberIndex = new Int32Array(counts.length).fill(-1);
  members.forEach((id, m) => (memberIndex[id] = m));

  // Sparse context vectors: left neighbours in [0, dims), right ones in [dims, 2 dims).
  const contexts = members.map(() => new Map<number, number>());
  for (const row of ids) {
    for (let i = 0; i < row.length; i++) {
      const m = memberIndex[row[i]];
      if (m < 0) continue;
      const left = i > 0 ? contextDimension[row[i - 1]] : 0;
      const right = i + 1 < row.length ? contextDimension[row[i + 1]] : 0;
      const c = contexts[m];
      if (left >= 0) c.set(left, (c.get(left) ?? 0) + 1);
      if (right >= 0) c.set(dims + right, (c.get(dims + right) ?? 0) + 1);
    }
  }
  // Square-rooted counts, unit length: frequent and rare words become comparable.
  const vectors = contexts.map((c) => {
    const entries = [...c].sort((a, b) => a[0] - b[0]);
    const dimsOf = Int32Array.from(entries, (e) => e[0]);
    const values = Float32Array.from(entries, (e) => Math.sqrt(e[1]));
    const norm = Math.hypot(...values) || 1;
    for (let k = 0; k < values.length; k++) values[k] /= norm;
    return { dims: dimsOf, values };
  });

  const paths = new Uint16Array(keys.length);
  const random = seededRandom(options.seed);
  const centroid = [new Float64Array(2 * dims), new Float64Array(2 * dims)];
  const dot = (v: { dims: Int32Array; values: Float32Array }, c: Float64Array) => {
    let s = 0;
    for (let k = 0; k < v.dims.length; k++) s += v.values[k] * c[v.dims[k]];
    return s;
  };
  // Breadth-first bisection; a cluster stops splitting at `depth` bits or below 4 members.
  let level: { path: number; members: number[] }[] = [{ path: 1, members: members.map((_, m) => m) }];
  for (let bit = 0; bit < options.depth; bit++) {
    const next: { path: number; members: number[] }[] = [];
    for (const cluster of level) {
      if (cluster.members.length < 4) {
        for (const m of cluster.members) paths[members[m]] = cluster.path;
        continue;
      }
      const a = cluster.members[Math.floor(random() * cluster.members.length)];
      let b = cluster.members[Math.floor(random() * cluster.members.length)];
      if (b === a) b = cluster.members[(cluster.members.indexOf(a) + 1) % cluster.members.length];
      let side = new Uint8Array(cluster.members.length);
      for (const [s, seedMember] of [a, b].entries()) {
        centroid[s].fill(0);
        const v = vectors[seedMember];
        for (let k = 0; k < v.dims.length; k++) centroid[s][v.dims[k]] = v.values[k];
      }
      for (let iteration = 0; iteration < 8; iteration++) {
        const assigned = cluster.members.map((m) => (dot(vectors[m], centroid[1]) > dot(vectors[m], centroid[0]) ? 1 : 0));
        side = Uint8Array.from(assigned);
        for (const c of centroid) c.fill(0);
        cluster.members.forEach((m, j) => {
          const v = vectors[m];
          const c = centroid[side[j]];
          for (let k = 0; k < v.dims.length; k++) c[v.dims[k]] += v.values[k];
        });
        // Unit-length centroids (spherical k-means): otherwise the larger half draws everything.
        for (const c of centroid) {
          let sum = 0;
          for (let d = 0; d < c.length; d++) sum += c[d] * c[d];
          const length = Math.sqrt(sum) || 1;
          for (let d = 0; d < c.length; d++) c[d] /= length;
        }
      }
      const halves: number[][] = [[], []];
      cluster.members.forEach((m, j) => halves[side[j]].push(m));
      if (halves[0].length === 0 || halves[1].length === 0) {
        for (const m of cluster.members) paths[members[m]] = cluster.path;
        continue;
      }
      next.push({ path: cluster.path * 2, members: halves[0] }, { path: cluster.path * 2 + 1, members: halves[1] });
    }
    level = next;
  }
  for (const cluster of level) for (const m of cluster.members) paths[members[m]] = cluster.path;

  const casing = Uint8Array.from(keys, (_, id) => {
    const seen = upper[id] + lower[id];
    if (seen === 0) return CASE_UNSEEN;
    if (upper[id] === 0) return CASE_LOWER;
    if (lower[id] === 0 || upper[id] >= 9 * lower[id]) return CASE_CAPITALISED;
    return lower[id] >= 4 * upper[id] ? CASE_MIXED | CASE_MOSTLY_LOWER : CASE_MIXED;
  });
  // Keep only words with a cluster or a case class worth storing, in key order (deterministic).
  const kept = Array.from(keys.keys())
    .filter((id) => paths[id] !== 0 || (casing[id] !== CASE_UNSEEN && counts[id] >= 2))
    .sort((a, b) => keys[a] - keys[b]);
  return {
    [`${prefix}.keys`]: Int32Array.from(kept, (id) => keys[id]),
    [`${prefix}.paths`]: Uint16Array.from(kept, (id) => paths[id]),
    [`${prefix}.case`]: Uint8Array.from(kept, (id) => casing[id]),
  };
}

/** The same clusters under another section prefix, so one learning run serves several models. */
export function clustersUnder(sections: Record<string, SectionArray>, from: string, to: string): Record<string, SectionArray> {
  return Object.fromEntries(['keys', 'paths', 'case'].map((part) => [`${to}.${part}`, sections[`${from}.${part}`]]));
}
