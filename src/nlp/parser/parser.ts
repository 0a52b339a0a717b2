// Greedy arc-eager dependency parser: an averaged perceptron picks the transition from
// Zhang & Nivre (2011)-style features and the clause's next verb, trained with a dynamic oracle
// and exploration; a second perceptron labels each arc when it is made, from head, dependent and
// their children (labels the transition features read); a third relabels the finished tree
// (relabel.ts). Crossing arcs come back from lifted-arc labels (pseudo-projective parsing,
// projectivise.ts).
import { feat1, feat2, feat3, hashString, seededRandom, shuffleInPlace } from '../perceptron/hash.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import {
  PerceptronTrainer,
  type Scorer,
  argmax,
  sparseFromSections,
  sparseToSections,
  weightTable,
} from '../perceptron/perceptron.js';
import { pathPrefix, type WordClusters } from '../ner/clusters.js';
import { VERB_TAGS } from '../tagger/tagger.js';
import { FLAG_ALL_PUNCT, type WordHashes } from '../tagger/wordfeatures.js';
import { type LiftLabels, deprojectivise, liftLabels } from './projectivise.js';
import { MAX_RELABEL_FEATURES, TreeLinks, noteLabel, relabelFeatures } from './relabel.js';
import { LEFT, ParseState, RIGHT, TRANSITION_COUNT } from './transition.js';

const ROOT_WORD = hashString('<root>');
const ROOT_TAG = hashString('<ROOT>');
const NONE = hashString('<none>');

export const MAX_PARSER_FEATURES = 96;
export const MAX_LABEL_FEATURES = 32;

/** Word and tag hashes indexed by parser position (0 = ROOT, i = word i). */
export interface ParserInput {
  n: number;
  word: Int32Array;
  tag: Int32Array;
  suffix: Int32Array;
  /** punctuation[i]: punctuation tokens among words 1..i (counts between two positions by difference). */
  punctuation: Int32Array;
  /** Hashes of the FEATS values (number agreement tells a subject from an object). */
  morph: Int32Array;
  /** Word-cluster path (ner/clusters.ts; 0 without one): words the treebank never saw act like their cluster. */
  cluster: Int32Array;
  /** The cluster path's first bits: a coarse class. */
  coarseCluster: Int32Array;
  /** nextVerb[i]: the first verb after word i in its clause (no punctuation between), 0 if none. */
  nextVerb: Int32Array;
}

const VERB_TAG_HASHES = new Set(VERB_TAGS.map((tag) => hashString(tag) | 0));

const COARSE_CLUSTER_BITS = 6;

export function parserInput(h: WordHashes, tagHashes: Int32Array, morphHashes: Int32Array, clusters: WordClusters | null): ParserInput {
  const n = h.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const punctuation = new Int32Array(n + 1);
  const morph = new Int32Array(n + 1);
  const cluster = new Int32Array(n + 1);
  const coarseCluster = new Int32Array(n + 1);
  word[0] = ROOT_WORD;
  cluster[0] = ROOT_WORD;
  coarseCluster[0] = ROOT_WORD;
  morph[0] = ROOT_WORD;
  tag[0] = ROOT_TAG;
  suffix[0] = ROOT_WORD;
  for (let i = 0; i < n; i++) {
    word[i + 1] = h.norm[i];
    tag[i + 1] = tagHashes[i];
    suffix[i + 1] = h.suf3[i];
    punctuation[i + 1] = punctuation[i] + (h.flags[i] & FLAG_ALL_PUNCT ? 1 : 0);
    morph[i + 1] = morphHashes[i];
    if (clusters) {
      const path = clusters.lookup(h.norm[i]) & 0xffff;
      cluster[i + 1] = path;
      coarseCluster[i + 1] = pathPrefix(path, COARSE_CLUSTER_BITS);
    }
  }
  const nextVerb = new Int32Array(n + 1);
  for (let word = n, verb = 0; word >= 1; word--) {
    if (h.flags[word - 1] & FLAG_ALL_PUNCT) verb = 0;
    else if (VERB_TAG_HASHES.has(tag[word])) verb = word;
    nextVerb[word - 1] = verb;
  }
  return { n, word, tag, suffix, punctuation, morph, cluster, coarseCluster, nextVerb };
}

// Position accessors: -1 (no such word) reads as NONE / label 0.
function wordAt(x: ParserInput, i: number): number {
  return i >= 0 ? x.word[i] : NONE;
}

function tagAt(x: ParserInput, i: number): number {
  return i >= 0 ? x.tag[i] : NONE;
}

function labelAt(st: ParseState, i: number): number {
  return i >= 0 ? st.labels[i] + 2 : 0;
}

/** Word distance in coarse steps, for features. */
export function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

/** Transition features of a state. */
export function parserFeatures(x: ParserInput, st: ParseState, out: Int32Array): number {
  const n = x.n;
  const s0 = st.top;
  const s1 = st.depth > 1 ? st.stack[st.depth - 2] : -1;
  const n0 = st.front <= n ? st.front : -1;
  const n1 = st.front + 1 <= n ? st.front + 1 : -1;
  const n2 = st.front + 2 <= n ? st.front + 2 : -1;
  const s0h = s0 > 0 ? st.heads[s0] : -1;
  const s0h2 = s0h > 0 ? st.heads[s0h] : -1;
  const s0l = s0 >= 0 ? st.leftmost[s0] : -1;
  const s0l2 = s0 >= 0 ? st.leftmost2[s0] : -1;
  const s0r = s0 >= 0 ? st.rightmost[s0] : -1;
  const s0r2 = s0 >= 0 ? st.rightmost2[s0] : -1;
  const n0l = n0 >= 0 ? st.leftmost[n0] : -1;
  const n0l2 = n0 >= 0 ? st.leftmost2[n0] : -1;
  const s0w = wordAt(x, s0), s0t = tagAt(x, s0), n0w = wordAt(x, n0), n0t = tagAt(x, n0), n1w = wordAt(x, n1), n1t = tagAt(x, n1), n2w = wordAt(x, n2), n2t = tagAt(x, n2);
  const s1t = tagAt(x, s1);
  const dist = s0 >= 0 && n0 >= 0 ? distanceBucket(n0 - s0) : 0;
  const s0vl = s0 >= 0 ? st.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? st.rightCount[s0] : 0;
  const n0vl = n0 >= 0 ? st.leftCount[n0] : 0;
  let k = 0;
  out[k++] = feat1(1, 0);
  out[k++] = feat1(2, s0w);
  out[k++] = feat1(3, s0t);
  out[k++] = feat2(4, s0w, s0t);
  out[k++] = feat1(5, n0w);
  out[k++] = feat1(6, n0t);
  out[k++] = feat2(7, n0w, n0t);
  out[k++] = feat1(8, n1w);
  out[k++] = feat1(9, n1t);
  out[k++] = feat2(10, n1w, n1t);
  out[k++] = feat1(11, n2w);
  out[k++] = feat1(12, n2t);
  out[k++] = feat2(13, n2w, n2t);
  out[k++] = feat3(14, feat2(0, s0w, s0t), n0w, n0t);
  out[k++] = feat3(15, s0w, s0t, n0w);
  out[k++] = feat3(16, s0w, n0w, n0t);
  out[k++] = feat3(17, s0w, s0t, n0t);
  out[k++] = feat3(18, s0t, n0w, n0t);
  out[k++] = feat2(19, s0w, n0w);
  out[k++] = feat2(20, s0t, n0t);
  out[k++] = feat2(21, n0t, n1t);
  out[k++] = feat3(22, n0t, n1t, n2t);
  out[k++] = feat3(23, s0t, n0t, n1t);
  out[k++] = feat3(24, tagAt(x, s0h), s0t, n0t);
  out[k++] = feat3(25, s0t, tagAt(x, s0l), n0t);
  out[k++] = feat3(26, s0t, tagAt(x, s0r), n0t);
  out[k++] = feat3(27, s0t, n0t, tagAt(x, n0l));
  out[k++] = feat2(28, s0w, dist);
  out[k++] = feat2(29, s0t, dist);
  out[k++] = feat2(30, n0w, dist);
  out[k++] = feat2(31, n0t, dist);
  out[k++] = feat3(32, feat2(0, s0w, n0w), dist, 0);
  out[k++] = feat3(33, s0t, n0t, dist);
  out[k++] = feat2(34, s0w, s0vr);
  out[k++] = feat2(35, s0t, s0vr);
  out[k++] = feat2(36, s0w, s0vl);
  out[k++] = feat2(37, s0t, s0vl);
  out[k++] = feat2(38, n0w, n0vl);
  out[k++] = feat2(39, n0t, n0vl);
  out[k++] = feat1(40, wordAt(x, s0h));
  out[k++] = feat1(41, tagAt(x, s0h));
  out[k++] = feat1(42, labelAt(st, s0));
  out[k++] = feat1(43, wordAt(x, s0l));
  out[k++] = feat1(44, tagAt(x, s0l));
  out[k++] = feat1(45, labelAt(st, s0l));
  out[k++] = feat1(46, wordAt(x, s0r));
  out[k++] = feat1(47, tagAt(x, s0r));
  out[k++] = feat1(48, labelAt(st, s0r));
  out[k++] = feat1(49, wordAt(x, n0l));
  out[k++] = feat1(50, tagAt(x, n0l));
  out[k++] = feat1(51, labelAt(st, n0l));
  out[k++] = feat1(52, wordAt(x, s0h2));
  out[k++] = feat1(53, tagAt(x, s0h2));
  out[k++] = feat1(54, labelAt(st, s0h));
  out[k++] = feat1(55, tagAt(x, s0l2));
  out[k++] = feat1(56, labelAt(st, s0l2));
  out[k++] = feat1(57, tagAt(x, s0r2));
  out[k++] = feat1(58, labelAt(st, s0r2));
  out[k++] = feat1(59, tagAt(x, n0l2));
  out[k++] = feat1(60, labelAt(st, n0l2));
  out[k++] = feat3(61, s0t, tagAt(x, s0l), tagAt(x, s0l2));
  out[k++] = feat3(62, s0t, tagAt(x, s0r), tagAt(x, s0r2));
  out[k++] = feat3(63, s0t, tagAt(x, s0h), tagAt(x, s0h2));
  out[k++] = feat3(64, n0t, tagAt(x, n0l), tagAt(x, n0l2));
  out[k++] = feat1(65, s1t);
  out[k++] = feat1(66, wordAt(x, s1));
  out[k++] = feat3(67, s1t, s0t, n0t);
  out[k++] = feat3(68, s0t, labelAt(st, s0), n0t);
  out[k++] = feat3(69, s0t, labelAt(st, s0r), n0t);
  out[k++] = feat3(70, s0t, labelAt(st, s0l), n0t);
  out[k++] = feat2(71, s0 >= 0 && st.heads[s0] !== -1 ? 1 : 0, n0t);
  // A headless word under the top is a rival candidate for the sentence root.
  out[k++] = feat2(72, s1 > 0 && st.heads[s1] === -1 ? 1 : 0, feat2(0, s0t, n0t));
  out[k++] = feat2(73, x.suffix[n0 >= 0 ? n0 : 0], n0t);
  out[k++] = feat3(74, n0t, st.depth, 0);
  // Label sets (Zhang & Nivre 2011): which relations a word already has, e.g. a subject.
  const s0ll = s0 >= 0 ? st.leftLabels[s0] : 0;
  const s0rl = s0 >= 0 ? st.rightLabels[s0] : 0;
  const n0ll = n0 >= 0 ? st.leftLabels[n0] : 0;
  out[k++] = feat2(75, s0w, s0rl);
  out[k++] = feat2(76, s0t, s0rl);
  out[k++] = feat2(77, s0w, s0ll);
  out[k++] = feat2(78, s0t, s0ll);
  out[k++] = feat2(79, n0w, n0ll);
  out[k++] = feat2(80, n0t, n0ll);
  // Punctuation between the stack top and the buffer front marks clause and list boundaries.
  const between = s0 > 0 && n0 >= 0 ? Math.min(3, x.punctuation[n0 - 1] - x.punctuation[s0]) : 4;
  out[k++] = feat3(81, s0t, n0t, between);
  out[k++] = feat2(82, s0w, between);
  out[k++] = feat2(83, x.suffix[s0 >= 0 ? s0 : 0], s0t);
  const s0c = s0 >= 0 ? x.cluster[s0] : NONE, n0c = n0 >= 0 ? x.cluster[n0] : NONE;
  const s0cc = s0 >= 0 ? x.coarseCluster[s0] : NONE, n0cc = n0 >= 0 ? x.coarseCluster[n0] : NONE;
  out[k++] = feat2(84, s0c, s0t);
  out[k++] = feat2(85, n0c, n0t);
  out[k++] = feat1(86, n1 >= 0 ? x.coarseCluster[n1] : NONE);
  out[k++] = feat2(87, s0cc, n0cc);
  out[k++] = feat2(88, s0t, n0c);
  out[k++] = feat2(89, s0c, n0t);
  // A verb still to come in the clause (Dutch subordinate clauses end in theirs) may head s0.
  const v = n0 >= 0 ? x.nextVerb[n0] : 0;
  out[k++] = feat3(90, s0t, n0t, v > 0 ? distanceBucket(v - n0) : 15);
  out[k++] = feat3(91, s0t, v > 0 ? x.tag[v] : NONE, v > 0 ? x.word[v] : NONE);
  out[k++] = feat2(92, s0w, v > 0 ? x.word[v] : NONE);
  return k;
}

/** Label features for an arc head → dep, made while state `st` holds dep's children so far. */
export function labelFeatures(x: ParserInput, st: ParseState, head: number, dep: number, out: Int32Array): number {
  const hw = x.word[head], ht = x.tag[head], dw = x.word[dep], dt = x.tag[dep];
  const dir = head < dep ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dep));
  const dl = st.leftmost[dep];
  const dr = st.rightmost[dep];
  const hl = st.leftmost[head];
  const hr = head > 0 ? st.rightmost[head] : -1;
  const hh = head > 0 ? st.heads[head] : -1;
  let k = 0;
  out[k++] = feat1(101, dir);
  out[k++] = feat2(102, dw, dir);
  out[k++] = feat2(103, dt, dir);
  out[k++] = feat2(104, hw, dir);
  out[k++] = feat2(105, ht, dir);
  out[k++] = feat3(106, ht, dt, dir);
  out[k++] = feat3(107, hw, dt, dir);
  out[k++] = feat3(108, ht, dw, dir);
  out[k++] = feat3(109, hw, dw, dir);
  out[k++] = feat3(110, ht, dt, dist * 4 + dir);
  out[k++] = feat3(111, dt, wordAt(x, dl), tagAt(x, dl));
  out[k++] = feat3(112, dt, tagAt(x, dl), labelAt(st, dl));
  out[k++] = feat3(113, dt, tagAt(x, dr), labelAt(st, dr));
  out[k++] = feat3(114, ht, labelAt(st, hl), dir);
  out[k++] = feat3(115, ht, labelAt(st, hr), dir);
  out[k++] = feat3(116, x.suffix[dep], dt, dir);
  out[k++] = feat3(117, ht, dt, wordAt(x, dl));
  out[k++] = feat3(118, ht, tagAt(x, hh), dir);
  out[k++] = feat3(119, ht, labelAt(st, head), dt);
  out[k++] = feat3(120, dt, wordAt(x, dep - 1), dir);
  out[k++] = feat3(121, dt, tagAt(x, dep - 1 >= 0 ? dep - 1 : -1), tagAt(x, dep + 1 <= x.n ? dep + 1 : -1));
  out[k++] = feat3(122, ht, dt, head > 0 ? st.leftCount[head] * 8 + st.rightCount[head] : 99);
  out[k++] = feat3(123, dw, ht, wordAt(x, dl));
  out[k++] = feat3(124, ht, head > 0 ? (dir === 1 ? st.rightLabels[head] : st.leftLabels[head]) : 0, dt);
  out[k++] = feat3(125, ht, head > 0 ? st.leftLabels[head] | st.rightLabels[head] : 0, dir);
  out[k++] = feat3(126, x.morph[dep], x.morph[head], dir);
  out[k++] = feat3(127, x.morph[dep], dt, dir);
  out[k++] = feat3(128, x.morph[head], ht, feat2(0, dt, dir));
  out[k++] = feat3(129, x.cluster[dep], ht, dir);
  out[k++] = feat3(130, x.cluster[head], dt, dir);
  out[k++] = feat3(131, x.coarseCluster[dep], x.coarseCluster[head], dir);
  return k;
}

export interface ParsedSentence {
  /** Per word (0-based): head as a 0-based word index, -1 for the root. */
  heads: Int32Array;
  labels: Uint8Array;
}

const RELABEL_MARGIN = 25;

export class Parser {
  private readonly features = new Int32Array(MAX_PARSER_FEATURES);
  private readonly labelFeats = new Int32Array(MAX_LABEL_FEATURES);
  private readonly relabelFeats = new Int32Array(MAX_RELABEL_FEATURES);
  private readonly scores = new Float32Array(TRANSITION_COUNT);
  private readonly labelScores: Float32Array;
  private readonly valid = new Uint8Array(TRANSITION_COUNT);
  private readonly rootLabel: number;
  private readonly lift: LiftLabels;
  /**
   * An arc whose label the arc labeller chose by at least this margin keeps it without the
   * relabelling pass: on held-out data those labels never changed (scripts/parser-dev.ts prints
   * the check), and skipping them spares most of the pass's cost. Infinity relabels every arc.
   */
  relabelMargin = RELABEL_MARGIN;

  constructor(
    readonly labels: string[],
    private readonly moves: Scorer,
    private readonly labeller: Scorer,
    private readonly relabeller: Scorer,
  ) {
    if (labels.length > 256) throw new Error(`a parser has at most 256 labels, not ${labels.length}`);
    this.labelScores = new Float32Array(labels.length);
    this.rootLabel = labels.indexOf('root');
    this.lift = liftLabels(labels);
  }

  /** Labels an arc; its label scores stay in `arcScores` (row `dep`) for the relabelling pass. */
  private label(x: ParserInput, st: ParseState, head: number, dep: number, arcScores: Float32Array): number {
    if (head === 0 && this.rootLabel >= 0) return this.rootLabel;
    const nLabels = this.labels.length;
    const count = labelFeatures(x, st, head, dep, this.labelFeats);
    this.labeller.score(this.labelFeats, count, this.labelScores);
    if (this.rootLabel >= 0) this.labelScores[this.rootLabel] = -Infinity;
    arcScores.set(this.labelScores, dep * nLabels);
    return argmax(this.labelScores, nLabels);
  }

  parse(x: ParserInput): ParsedSentence {
    const st = new ParseState(x.n);
    const arcScores = new Float32Array((x.n + 1) * this.labels.length);
    while (!st.terminal) {
      st.validMoves(this.valid);
      const count = parserFeatures(x, st, this.features);
      this.moves.score(this.features, count, this.scores);
      const move = argmax(this.scores, TRANSITION_COUNT, this.valid);
      let label = -1;
      if (move === LEFT) label = this.label(x, st, st.front, st.top, arcScores);
      else if (move === RIGHT) label = this.label(x, st, st.top, st.front, arcScores);
      st.apply(move, label);
    }
    for (const dep of st.finish()) st.labels[dep] = this.label(x, st, st.heads[dep], dep, arcScores);
    const final = this.relabel(x, st.heads, st.labels, arcScores);
    deprojectivise(st.heads, final, this.lift);
    const heads = new Int32Array(x.n);
    const labels = new Uint8Array(x.n);
    for (let i = 1; i <= x.n; i++) {
      heads[i - 1] = st.heads[i] - 1;
      labels[i - 1] = final[i];
    }
    return { heads, labels };
  }

  /** Whether the arc labeller's best label for `dep` beats its second by `relabelMargin` or more. */
  private settled(arcScores: Float32Array, dep: number): boolean {
    const nLabels = this.labels.length;
    let best = -Infinity;
    let second = -Infinity;
    for (let l = dep * nLabels, end = l + nLabels; l < end; l++) {
      const score = arcScores[l];
      if (score > best) {
        second = best;
        best = score;
      } else if (score > second) second = score;
    }
    return best - second >= this.relabelMargin;
  }

  /**
   * Labels of the finished tree (per word 1..n), left to right: for an arc the arc labeller was
   * unsure of, the relabeller's scores, which see every sibling and child, plus the arc labeller's,
   * which saw the parser state when the arc was made; other arcs keep the arc labeller's label.
   */
  private relabel(x: ParserInput, heads: Int32Array, arcLabels: Int32Array, arcScores: Float32Array): Int32Array {
    const nLabels = this.labels.length;
    const links = new TreeLinks(heads, x.n);
    const given = new Int32Array(x.n + 1);
    const labels = new Int32Array(x.n + 1);
    const siblingLabels = new Int32Array(x.n + 1);
    for (let dep = 1; dep <= x.n; dep++) {
      let label = this.rootLabel;
      if (heads[dep] !== 0 || label < 0) {
        if (this.settled(arcScores, dep)) label = arcLabels[dep];
        else {
          const count = relabelFeatures(x, heads, links, given, siblingLabels, dep, this.relabelFeats);
          this.relabeller.score(this.relabelFeats, count, this.labelScores);
          for (let l = 0; l < nLabels; l++) this.labelScores[l] += arcScores[dep * nLabels + l];
          label = argmax(this.labelScores, nLabels);
        }
      }
      labels[dep] = label;
      given[dep] = label + 1;
      noteLabel(siblingLabels, heads[dep], label);
    }
    return labels;
  }

  static fromSections(
    prefix: string,
    header: { labels: string[]; moveScale: number; labelScale: number; relabelScale: number },
    sections: Record<string, SectionArray>,
  ): Parser {
    return new Parser(
      header.labels,
      weightTable(sparseFromSections(`${prefix}.moves`, sections, TRANSITION_COUNT, header.moveScale)),
      weightTable(sparseFromSections(`${prefix}.labels`, sections, header.labels.length, header.labelScale)),
      weightTable(sparseFromSections(`${prefix}.relabel`, sections, header.labels.length, header.relabelScale)),
    );
  }
}

export interface ParserTrainingSentence {
  input: ParserInput;
  /** gold[i] for word i (1-based), 0 = root; gold[0] unused. */
  gold: Int32Array;
  goldLabels: Int32Array;
  /** From a treebank under older guidelines (harmonised): see `withOlderCopies`. */
  older?: boolean;
}

const OLDER_COPY = 0x6f6c64;

/**
 * Frustratingly easy domain adaptation (Daumé 2007): on sentences of an older-guideline
 * treebank every feature also fires as an older-only copy. The copies absorb what is peculiar to
 * the older conventions; they are left out of the compiled model, so the parser applies only
 * what both kinds of data agree on. Returns the new feature count.
 */
function withOlderCopies(features: Int32Array, count: number, copies: Set<number>): number {
  for (let i = 0; i < count; i++) {
    const copy = feat1(OLDER_COPY, features[i]);
    features[count + i] = copy;
    copies.add(copy);
  }
  return 2 * count;
}

export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  /** Probability of following a wrong prediction (exploration) after the first epoch. */
  explore: number;
  log?: (message: string) => void;
}

export interface TrainedParser {
  header: { labels: string[]; moveScale: number; labelScale: number; relabelScale: number };
  sections: Record<string, SectionArray>;
}

export function trainParser(
  prefix: string,
  labels: string[],
  data: ParserTrainingSentence[],
  options: ParserTrainOptions,
): TrainedParser {
  const moves = new PerceptronTrainer(TRANSITION_COUNT);
  const labeller = new PerceptronTrainer(labels.length);
  const relabeller = new PerceptronTrainer(labels.length);
  const relabelFeats = new Int32Array(2 * MAX_RELABEL_FEATURES);
  const rootLabel = labels.indexOf('root');
  const features = new Int32Array(2 * MAX_PARSER_FEATURES);
  const labelFeats = new Int32Array(2 * MAX_LABEL_FEATURES);
  const olderCopies = new Set<number>();
  const scores = new Float64Array(TRANSITION_COUNT);
  const labelScores = new Float64Array(labels.length);
  const valid = new Uint8Array(TRANSITION_COUNT);
  const costs = new Int32Array(TRANSITION_COUNT);
  const random = seededRandom(options.seed);
  const order = data.slice();

  const labelArc = (x: ParserInput, st: ParseState, head: number, dep: number, gold: ParserTrainingSentence): number => {
    if (head === 0) return rootLabel;
    let count = labelFeatures(x, st, head, dep, labelFeats);
    if (gold.older) count = withOlderCopies(labelFeats, count, olderCopies);
    labeller.score(labelFeats, count, labelScores);
    labelScores[rootLabel] = -Infinity;
    const guess = argmax(labelScores, labels.length);
    if (gold.gold[dep] !== head) return guess;
    labeller.learn(labelFeats, count, gold.goldLabels[dep], guess);
    return gold.goldLabels[dep];
  };

  // The relabeller learns from the gold tree, with its own earlier labels as at run time.
  const relabelTree = (sentence: ParserTrainingSentence): void => {
    const x = sentence.input;
    const heads = sentence.gold;
    const links = new TreeLinks(heads, x.n);
    const given = new Int32Array(x.n + 1);
    const siblingLabels = new Int32Array(x.n + 1);
    for (let dep = 1; dep <= x.n; dep++) {
      let label = rootLabel;
      if (heads[dep] !== 0) {
        let count = relabelFeatures(x, heads, links, given, siblingLabels, dep, relabelFeats);
        if (sentence.older) count = withOlderCopies(relabelFeats, count, olderCopies);
        relabeller.score(relabelFeats, count, labelScores);
        labelScores[rootLabel] = -Infinity;
        label = argmax(labelScores, labels.length);
        relabeller.learn(relabelFeats, count, sentence.goldLabels[dep], label);
      }
      given[dep] = label + 1;
      noteLabel(siblingLabels, heads[dep], label);
    }
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let correctMoves = 0;
    let totalMoves = 0;
    for (const sentence of order) {
      const x = sentence.input;
      const st = new ParseState(x.n);
      while (!st.terminal) {
        st.validMoves(valid);
        let count = parserFeatures(x, st, features);
        if (sentence.older) count = withOlderCopies(features, count, olderCopies);
        moves.score(features, count, scores);
        const guess = argmax(scores, TRANSITION_COUNT, valid);
        let minCost = Infinity;
        for (let m = 0; m < TRANSITION_COUNT; m++) {
          costs[m] = valid[m] ? st.cost(m, sentence.gold) : 1 << 20;
          if (costs[m] < minCost) minCost = costs[m];
        }
        let best = -1;
        for (let m = 0; m < TRANSITION_COUNT; m++) {
          if (costs[m] === minCost && (best === -1 || scores[m] > scores[best])) best = m;
        }
        const guessIsGold = costs[guess] === minCost;
        moves.learn(features, count, best, guessIsGold ? best : guess);
        if (guessIsGold) correctMoves++;
        totalMoves++;
        const move = guessIsGold || (epoch > 0 && random() < options.explore) ? guess : best;
        let label = -1;
        if (move === LEFT) label = labelArc(x, st, st.front, st.top, sentence);
        else if (move === RIGHT) label = labelArc(x, st, st.top, st.front, sentence);
        st.apply(move, label);
      }
      relabelTree(sentence);
    }
    options.log?.(
      `parser ${prefix} epoch ${epoch + 1}/${options.epochs}: oracle-move agreement ${((100 * correctMoves) / totalMoves).toFixed(2)}`,
    );
  }
  const general = (key: number) => !olderCopies.has(key);
  const movesSparse = moves.compile(options.minWeight, general);
  const labelSparse = labeller.compile(options.minWeight, general);
  const relabelSparse = relabeller.compile(options.minWeight, general);
  return {
    header: { labels, moveScale: movesSparse.scale, labelScale: labelSparse.scale, relabelScale: relabelSparse.scale },
    sections: {
      ...sparseToSections(`${prefix}.moves`, movesSparse),
      ...sparseToSections(`${prefix}.labels`, labelSparse),
      ...sparseToSections(`${prefix}.relabel`, relabelSparse),
    },
  };
}
