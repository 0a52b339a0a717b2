import { describe, expect, it } from 'vitest';
import { projectivise } from '../../src/nlp/parser/projectivise.js';
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
});
