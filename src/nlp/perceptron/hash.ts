// Feature hashing without string allocation: every feature is a 30-bit integer made from a
// template number and the FNV-1a hashes of its parts. 30 bits keep the keys small integers in V8
// (fast Map keys while training) and leave room for a -1 "empty" marker in the runtime table.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `s.slice(start, end)`, computed in place. */
export function hashString(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Mixes two 32-bit values (murmur3 finaliser over a combination), order-sensitive. Signed, so V8
 * keeps the result a small integer even where the call is not inlined (an unsigned value above
 * 2^31 would be allocated as a heap number); the feature ids keep the same bits.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h | 0;
}

/** A feature id for template `t` over one hashed value. */
export function feat1(t: number, a: number): number {
  return mix(t, a) & 0x3fffffff;
}

export function feat2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b) & 0x3fffffff;
}

export function feat3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t, a), b), c) & 0x3fffffff;
}

/** Seeded PRNG (mulberry32) so shuffles, and therefore trained models, are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
}
