// Lifting non-projective arcs (Nivre & Nilsson 2005, without the label encoding): the arc-eager
// system can only build projective trees, so training trees get each crossing arc's dependent
// re-attached to its head's head until no arc crosses. The parser then learns consistent moves.

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
 * shortest crossing arcs first. Returns the number of arcs lifted alongside.
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
