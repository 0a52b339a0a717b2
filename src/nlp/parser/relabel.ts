// Second labelling pass over a finished tree. The arc labeller decides when an arc is made and
// cannot see what comes later: in a Dutch subordinate clause ("dat de minister de wet steunt")
// both nominals attach to the verb at the end, and which is the subject depends on the other one.
// This pass labels the words left to right with the whole tree in view: every sibling and child,
// and the labels it has already given to the earlier ones.
import { feat1, feat2, feat3 } from '../perceptron/hash.js';
import { type ParserInput, distanceBucket } from './parser.js';

export const MAX_RELABEL_FEATURES = 36;

const NONE = 0x4e4f4e;

/** Who is next to whom in a tree: per word (1..n) its neighbouring siblings and outer children. */
export class TreeLinks {
  readonly prevSibling: Int32Array;
  readonly nextSibling: Int32Array;
  readonly firstChild: Int32Array;
  readonly lastChild: Int32Array;
  readonly childCount: Int32Array;

  constructor(heads: Int32Array, n: number) {
    this.prevSibling = new Int32Array(n + 1).fill(-1);
    this.nextSibling = new Int32Array(n + 1).fill(-1);
    this.firstChild = new Int32Array(n + 1).fill(-1);
    this.lastChild = new Int32Array(n + 1).fill(-1);
    this.childCount = new Int32Array(n + 1);
    for (let d = 1; d <= n; d++) {
      const h = heads[d];
      const prev = this.lastChild[h];
      if (prev === -1) this.firstChild[h] = d;
      else {
        this.prevSibling[d] = prev;
        this.nextSibling[prev] = d;
      }
      this.lastChild[h] = d;
      this.childCount[h]++;
    }
  }
}

/**
 * Features for labelling word `dep` of a finished tree (heads 1-based, 0 = root) when the words
 * before it already carry this pass's labels (`labels`, label index + 1; 0 = not yet labelled),
 * and `siblingLabels[h]` holds the bit set of the labels given to h's dependents so far.
 */
export function relabelFeatures(
  x: ParserInput,
  heads: Int32Array,
  links: TreeLinks,
  labels: Int32Array,
  siblingLabels: Int32Array,
  dep: number,
  out: Int32Array,
): number {
  const head = heads[dep];
  const dw = x.word[dep], dt = x.tag[dep], hw = x.word[head], ht = x.tag[head];
  const dir = head < dep ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dep));
  const prev = links.prevSibling[dep];
  const next = links.nextSibling[dep];
  const first = links.firstChild[dep];
  const last = links.lastChild[dep];
  const grand = head > 0 ? heads[head] : -1;
  const prevTag = prev > 0 ? x.tag[prev] : NONE;
  const prevLabel = prev > 0 ? labels[prev] : -1;
  const nextTag = next > 0 ? x.tag[next] : NONE;
  const firstWord = first > 0 ? x.word[first] : NONE;
  const firstTag = first > 0 ? x.tag[first] : NONE;
  const lastTag = last > 0 ? x.tag[last] : NONE;
  const childLabels = siblingLabels[dep];
  const earlier = siblingLabels[head];
  const headLabel = head > 0 && head < dep ? labels[head] : -1;
  const hd = feat2(0, ht, dt);
  let k = 0;
  out[k++] = feat2(201, dt, dir);
  out[k++] = feat2(202, dw, dir);
  out[k++] = feat2(203, ht, dir);
  out[k++] = feat2(204, hw, dir);
  out[k++] = feat2(205, hd, dir);
  out[k++] = feat3(206, hw, dt, dir);
  out[k++] = feat3(207, ht, dw, dir);
  out[k++] = feat3(208, hw, dw, dir);
  out[k++] = feat3(209, hd, dir, dist);
  out[k++] = feat3(210, hd, dir, earlier);
  out[k++] = feat3(211, dt, dir, earlier);
  out[k++] = feat3(212, hw, dir, earlier);
  out[k++] = feat3(213, hd, prevTag, prevLabel);
  out[k++] = feat3(214, dt, prevTag, prevLabel);
  out[k++] = feat3(215, hd, nextTag, dir);
  out[k++] = feat3(216, hd, firstWord, dir);
  out[k++] = feat3(217, dw, firstWord, dir);
  out[k++] = feat3(218, dt, firstTag, lastTag);
  out[k++] = feat3(219, ht, dt, childLabels);
  out[k++] = feat3(220, dt, childLabels, dir);
  out[k++] = feat3(221, hd, headLabel, dir);
  out[k++] = feat3(222, dt, grand >= 0 ? x.tag[grand] : NONE, headLabel);
  out[k++] = feat3(223, x.morph[dep], x.morph[head], dir);
  out[k++] = feat3(224, x.morph[dep], dt, dir);
  out[k++] = feat3(225, x.morph[head], hd, dir);
  out[k++] = feat3(226, x.morph[head], x.morph[dep], earlier);
  out[k++] = feat3(227, x.suffix[dep], dt, dir);
  out[k++] = feat3(228, hd, links.childCount[dep], dir);
  out[k++] = feat3(229, dt, x.tag[dep - 1], x.tag[dep + 1 <= x.n ? dep + 1 : 0]);
  out[k++] = feat3(230, hd, x.word[dep - 1], dir);
  out[k++] = feat3(231, hd, firstTag, dir);
  out[k++] = feat1(232, dir);
  out[k++] = feat3(233, x.cluster[dep], ht, dir);
  out[k++] = feat3(234, dt, x.coarseCluster[head], dir);
  out[k++] = feat3(235, x.coarseCluster[dep], hd, nextTag);
  return k;
}

/** Marks `label` (0-based) as given to a dependent of `head`, for the sibling label sets. */
export function noteLabel(siblingLabels: Int32Array, head: number, label: number): void {
  siblingLabels[head] |= 1 << label % 31;
}
