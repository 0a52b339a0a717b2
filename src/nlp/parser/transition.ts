// Arc-eager transition system (Nivre 2003) with the dynamic-oracle costs of Goldberg & Nivre
// (2012). Words are 1..n; ROOT (index 0) sits at the stack bottom but takes no RIGHT arc: the
// sentence root is chosen only once the buffer is empty (finish), among the words left headless,
// which is what putting ROOT at the end of the buffer achieves (Ballesteros & Nivre 2013). Deciding
// the root early cost 0.4-1 LAS on held-out dev data.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const TRANSITION_COUNT = 4;
export const TRANSITION_NAMES = ['SHIFT', 'REDUCE', 'LEFT', 'RIGHT'];

export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  /** First word of the buffer; the buffer is empty when it exceeds n. */
  front = 1;
  /** heads[i] for word i (index 0 unused): -1 while unattached. */
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly leftmost: Int32Array;
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets (label index mod 31) of the labels of each word's left and right dependents. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 2);
    this.stack[this.depth++] = 0;
    this.heads = new Int32Array(n + 1).fill(-1);
    this.labels = new Int32Array(n + 1).fill(-1);
    this.leftmost = new Int32Array(n + 1).fill(-1);
    this.leftmost2 = new Int32Array(n + 1).fill(-1);
    this.rightmost = new Int32Array(n + 1).fill(-1);
    this.rightmost2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
    this.leftLabels = new Int32Array(n + 1);
    this.rightLabels = new Int32Array(n + 1);
  }

  get top(): number {
    return this.depth > 0 ? this.stack[this.depth - 1] : -1;
  }

  get terminal(): boolean {
    return this.front > this.n;
  }

  /** Fills `valid[t]` with 1 for legal transitions. */
  validMoves(valid: Uint8Array): void {
    const top = this.top;
    const hasFront = this.front <= this.n;
    valid[SHIFT] = hasFront ? 1 : 0;
    valid[REDUCE] = top > 0 && this.heads[top] !== -1 ? 1 : 0;
    valid[LEFT] = hasFront && top > 0 && this.heads[top] === -1 ? 1 : 0;
    valid[RIGHT] = hasFront && top > 0 ? 1 : 0;
  }

  /** Applies a transition; LEFT/RIGHT attach with `label`. */
  apply(move: number, label: number): void {
    switch (move) {
      case SHIFT:
        this.stack[this.depth++] = this.front++;
        break;
      case REDUCE:
        this.depth--;
        break;
      case LEFT: {
        const dep = this.stack[--this.depth];
        this.attach(this.front, dep, label);
        break;
      }
      case RIGHT: {
        const dep = this.front++;
        this.attach(this.stack[this.depth - 1], dep, label);
        this.stack[this.depth++] = dep;
        break;
      }
    }
  }

  attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const labelBit = label >= 0 ? 1 << label % 31 : 0;
    if (dep < head) {
      this.leftLabels[head] |= labelBit;
      this.leftCount[head]++;
      if (this.leftmost[head] === -1 || dep < this.leftmost[head]) {
        this.leftmost2[head] = this.leftmost[head];
        this.leftmost[head] = dep;
      } else if (this.leftmost2[head] === -1 || dep < this.leftmost2[head]) this.leftmost2[head] = dep;
    } else {
      this.rightLabels[head] |= labelBit;
      this.rightCount[head]++;
      if (dep > this.rightmost[head]) {
        this.rightmost2[head] = this.rightmost[head];
        this.rightmost[head] = dep;
      } else if (dep > this.rightmost2[head]) this.rightmost2[head] = dep;
    }
  }

  /**
   * Gold arcs a move makes unreachable (Goldberg & Nivre 2012, arc-eager), given gold heads
   * `gold` (gold[i] for word i, 0 = root). Exact for projective trees, an approximation else.
   */
  cost(move: number, gold: Int32Array): number {
    const top = this.top;
    const b = this.front;
    const n = this.n;
    let cost = 0;
    switch (move) {
      case LEFT:
        if (gold[top] === 0) cost++;
        if (gold[top] !== b) {
          for (let k = b + 1; k <= n; k++) if (gold[top] === k) cost++;
        }
        for (let k = b; k <= n; k++) if (gold[k] === top) cost++;
        return cost;
      case RIGHT:
        if (gold[b] !== top) {
          for (let s = 0; s < this.depth; s++) if (gold[b] === this.stack[s]) cost++;
          for (let k = b + 1; k <= n; k++) if (gold[b] === k) cost++;
        }
        for (let s = 0; s < this.depth; s++) {
          const k = this.stack[s];
          if (k > 0 && this.heads[k] === -1 && gold[k] === b) cost++;
        }
        return cost;
      case REDUCE:
        for (let k = b; k <= n; k++) if (gold[k] === top) cost++;
        return cost;
      default:
        for (let s = 0; s < this.depth; s++) {
          const k = this.stack[s];
          if (gold[b] === k && k > 0) cost++;
          if (k > 0 && this.heads[k] === -1 && gold[k] === b) cost++;
        }
        return cost;
    }
  }

  /**
   * Once the buffer is empty: the first word left without a head becomes the root, any other
   * headless word its dependent. Returns the words attached, for labelling.
   */
  finish(): number[] {
    const attached: number[] = [];
    let root = -1;
    for (let i = 1; i <= this.n; i++) {
      if (this.heads[i] !== -1) continue;
      if (root === -1) {
        root = i;
        this.attach(0, i, -1);
      } else this.attach(root, i, -1);
      attached.push(i);
    }
    return attached;
  }
}
