// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding): the arc-eager system can only
// build projective trees, so training trees get each crossing arc's dependent re-attached to its
// head's head until no arc crosses, and the lifted word's label records the relation of the head
// it came from ("obl" lifted off an "nmod" becomes "obl|nmod"). After parsing, `deprojectivise`
// moves such a word back down to the nearest word below its head that bears the recorded relation.

/** Separates a lifted word's own relation from that of the head it was lifted off. */
export const LIFT_MARK = '|';

/** True when every word between head and dependent of the arc into `dep` descends from the head. */
function isProjectiveArc(heads: Int32Array, dep: number): boolean {
  const head = heads[dep];
  const from = Math.min(head, dep);
  const to = Math.max(head, dep);
  for (let k = from + 1; k < to; k++) {
    let a = k;
    // The step limit guards against malformed (cyclic) input trees.
    for (let steps = 0; a !== head && a > 0 && steps < heads.length; steps++) a = heads[a];
    if (a !== head) return false;
  }
  return true;
}

/**
 * Returns projective heads (index 0 unused as a word; heads[i] for word i, 0 = root), lifting the
 * shortest crossing arcs first. Returns the number of arcs lifted alongside. A word was lifted
 * where the returned head differs from the gold one, which stays its syntactic head.
 */
export function projectivise(goldHeads: Int32Array): { heads: Int32Array; lifted: number } {
  const heads = goldHeads.slice();
  const n = heads.length - 1;
  let lifted = 0;
  for (;;) {
    let shortest = -1;
    let shortestLength = Infinity;
    for (let d = 1; d <= n; d++) {
      if (heads[d] === 0) continue;
      const length = Math.abs(heads[d] - d);
      if (length < shortestLength && !isProjectiveArc(heads, d)) {
        shortest = d;
        shortestLength = length;
      }
    }
    if (shortest === -1) return { heads, lifted };
    heads[shortest] = heads[heads[shortest]];
    lifted++;
  }
}

/**
 * Training labels for a projectivised tree: a lifted word's relation joined to its gold head's
 * (`relation|headRelation`); other words keep theirs. `relations[i]` is word i's (index 0 unused).
 */
export function liftedRelations(goldHeads: Int32Array, projectiveHeads: Int32Array, relations: readonly string[]): string[] {
  return relations.map((relation, dep) =>
    dep > 0 && projectiveHeads[dep] !== goldHeads[dep] ? `${relation}${LIFT_MARK}${relations[goldHeads[dep]]}` : relation,
  );
}

/** Label indices of a parser's label set split into the relation and, for lifted labels, the head's relation. */
export interface LiftLabels {
  /** Index of the label's own relation (itself for plain labels). */
  base: Int32Array;
  /** Index of the relation of the head the word was lifted off; -1 for plain labels. */
  headRelation: Int32Array;
}

/** Splits lifted labels; the relations they join must be labels of the set too. */
export function liftLabels(labels: readonly string[]): LiftLabels {
  const index = new Map(labels.map((l, i) => [l, i]));
  const base = new Int32Array(labels.length);
  const headRelation = new Int32Array(labels.length).fill(-1);
  labels.forEach((label, i) => {
    const mark = label.indexOf(LIFT_MARK);
    base[i] = mark < 0 ? i : (index.get(label.slice(0, mark)) ?? i);
    if (mark >= 0) headRelation[i] = index.get(label.slice(mark + 1)) ?? -1;
  });
  return { base, headRelation };
}

/**
 * Undoes the lifts of a parsed tree in place (heads[i] for word i, 0 = root; labels as indices):
 * top-down, each word with a lifted label moves to the first word, breadth-first below its head
 * and outside its own subtree, whose relation is the recorded one; then takes its own relation.
 * Without such a word it stays where it is.
 */
export function deprojectivise(heads: Int32Array, labels: Int32Array, lift: LiftLabels): void {
  const n = heads.length - 1;
  let anyLifted = false;
  for (let d = 1; d <= n; d++) if (lift.base[labels[d]] !== labels[d]) anyLifted = true;
  if (!anyLifted) return;
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 1; d <= n; d++) children[heads[d]].push(d);
  const order: number[] = [0];
  for (let i = 0; i < order.length; i++) order.push(...children[order[i]]);
  for (const dep of order) {
    if (dep === 0) continue;
    const wanted = lift.headRelation[labels[dep]];
    labels[dep] = lift.base[labels[dep]];
    if (wanted < 0) continue;
    const queue = children[heads[dep]].filter((c) => c !== dep);
    for (let i = 0; i < queue.length; i++) {
      const candidate = queue[i];
      if (lift.base[labels[candidate]] === wanted) {
        children[heads[dep]].splice(children[heads[dep]].indexOf(dep), 1);
        heads[dep] = candidate;
        children[candidate].push(dep);
        break;
      }
      queue.push(...children[candidate]);
    }
  }
}
