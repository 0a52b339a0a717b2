import { describe, expect, it } from 'vitest';
import { deprojectivise, liftLabels, liftedRelations, projectivise } from '../../src/nlp/parser/projectivise.js';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITION_COUNT } from '../../src/nlp/parser/transition.js';

/** Follows zero-cost moves (preferring REDUCE, LEFT, RIGHT, SHIFT) and returns the built heads. */
function oracleParse(gold: Int32Array): { heads: Int32Array; moves: number[] } {
  const n = gold.length - 1;
  const st = new ParseState(n);
  const valid = new Uint8Array(TRANSITION_COUNT);
  const moves: number[] = [];
  while (!st.terminal) {
    st.validMoves(valid);
    const move = [REDUCE, LEFT, RIGHT, SHIFT].find((m) => valid[m] && st.cost(m, gold) === 0);
    if (move === undefined) throw new Error('no zero-cost move');
    moves.push(move);
    st.apply(move, 0);
  }
  st.finish();
  return { heads: st.heads, moves };
}

// "De minister stuurt wapens naar Kiev ." : heads per word (1-based, 0 = root).
const projective = Int32Array.from([0, 2, 3, 0, 3, 6, 3, 3]);
// A crossing arc: word 4 depends on 2 while 3 (between them) hangs from 5.
const crossing = Int32Array.from([0, 0, 1, 5, 2, 1]);

describe('arc-eager transition system', () => {
  it('rebuilds a projective gold tree from the dynamic oracle', () => {
    const { heads, moves } = oracleParse(projective);
    expect(Array.from(heads.subarray(1))).toEqual(Array.from(projective.subarray(1)));
    // Every arc but the root's comes from a move; finish() adds the root arc.
    expect(moves.filter((m) => m === LEFT || m === RIGHT)).toHaveLength(6);
  });

  it('charges a cost to moves that lose gold arcs', () => {
    const st = new ParseState(7);
    st.apply(SHIFT, 0); // stack: ROOT De
    expect(st.cost(LEFT, projective)).toBe(0); // De ← minister
    expect(st.cost(RIGHT, projective)).toBeGreaterThan(0); // De → minister is wrong
  });

  it('chooses the root only at the end, among the headless words', () => {
    const st = new ParseState(2);
    const valid = new Uint8Array(TRANSITION_COUNT);
    st.validMoves(valid);
    expect(valid[RIGHT]).toBe(0); // ROOT takes no RIGHT arc
    st.apply(SHIFT, 0);
    st.apply(SHIFT, 0);
    expect(st.finish()).toEqual([1, 2]);
    expect(Array.from(st.heads.subarray(1))).toEqual([0, 1]);
  });

  it('shifts the gold root word at no cost, to attach it at the end', () => {
    const st = new ParseState(7);
    st.apply(SHIFT, 0);
    st.apply(LEFT, 0); // De ← minister
    st.apply(SHIFT, 0);
    st.apply(LEFT, 0); // minister ← stuurt
    expect(st.front).toBe(3);
    expect(st.cost(SHIFT, projective)).toBe(0);
  });

  it('projectivises crossing arcs by lifting, then rebuilds the lifted tree', () => {
    const { heads, lifted } = projectivise(crossing);
    expect(lifted).toBeGreaterThan(0);
    expect(heads[4]).toBe(1);
    expect(oracleParse(heads).heads.subarray(1)).toEqual(heads.subarray(1));
  });

  it('records the relation of the head a word was lifted off, and deprojectivising moves it back', () => {
    const relations = ['', 'root', 'obj', 'nsubj', 'nmod', 'obl'];
    const { heads } = projectivise(crossing);
    const lifted = liftedRelations(crossing, heads, relations);
    // Word 3 crosses the arc into 4 and is lifted first; then 4 still crosses and is lifted too.
    expect(lifted).toEqual(['', 'root', 'obj', 'nsubj|obl', 'nmod|obj', 'obl']);
    const labelSet = [...new Set([...relations.slice(1), ...lifted.slice(1)])].sort();
    const labels = Int32Array.from(lifted, (r, i) => (i === 0 ? 0 : labelSet.indexOf(r)));
    deprojectivise(heads, labels, liftLabels(labelSet));
    expect(Array.from(heads)).toEqual(Array.from(crossing));
    expect(Array.from(labels.subarray(1), (l) => labelSet[l])).toEqual(relations.slice(1));
  });

  it('leaves a lifted word on its head, with its own relation, when no word below bears the recorded one', () => {
    const labelSet = ['nmod', 'nmod|obl', 'obj', 'obl', 'root'];
    const heads = Int32Array.from([0, 0, 1, 1]);
    const labels = Int32Array.from([0, 4, 2, 1]);
    deprojectivise(heads, labels, liftLabels(labelSet));
    expect(Array.from(heads)).toEqual([0, 0, 1, 1]);
    expect(Array.from(labels.subarray(1), (l) => labelSet[l])).toEqual(['root', 'obj', 'nmod']);
  });

  it('never hangs a lifted word below itself', () => {
    // Word 2 ("nmod" lifted off an "obj") heads the only "obj" there is: it stays put.
    const labelSet = ['nmod|obj', 'obj', 'root'];
    const heads = Int32Array.from([0, 0, 1, 2]);
    const labels = Int32Array.from([0, 2, 0, 1]);
    deprojectivise(heads, labels, liftLabels(labelSet));
    expect(Array.from(heads)).toEqual([0, 0, 1, 2]);
  });
});
