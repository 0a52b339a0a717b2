// A word lexicon learned from news text that carries another tag set and names: the CoNLL NER
// files ("word POS … NER", tagged by other tools). Per word it keeps which of those tags the word
// had and how often it stood inside a name. The treebanks are small, so many news words are new
// to the tagger ("vredesgezant"); this lexicon still knows them, and the tagger learns from
// the treebank how the foreign tags and name shares map onto UPOS.
import { feat1, feat2 } from '../perceptron/hash.js';
import type { NerSentence } from '../conll/ner.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import { FLAG_CAPITALISED, computeWordHashes, type WordHashes } from './wordfeatures.js';

/** Foreign tags beyond this many (by frequency) share the last bit. */
const TAG_BITS = 20;
const NAME_SHIFT = 21;
const TYPE_SHIFT = 24;
const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** Name share of a word: never in a name, sometimes, mostly, always (0 = not in the lexicon). */
function nameBucket(inName: number, total: number): number {
  if (inName === 0) return 1;
  if (inName === total) return 4;
  return 2 * inName < total ? 2 : 3;
}

interface WordCounts {
  tags: number;
  total: number;
  inName: number;
  types: number[];
}

/**
 * Learns the lexicon from CoNLL NER sentences (their `pos` column and IOB2 name tags). Sections:
 * `${prefix}.keys` (word `norm` hashes) and `${prefix}.values` (tag bits | name bucket << 21 |
 * majority name type << 24).
 */
export function learnWordLexicon(prefix: string, sentences: readonly NerSentence[]): Record<string, SectionArray> {
  const tagFrequency = new Map<string, number>();
  for (const s of sentences) for (const tag of s.pos) tagFrequency.set(tag, (tagFrequency.get(tag) ?? 0) + 1);
  const byFrequency = [...tagFrequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([tag]) => tag);
  const tagBit = new Map(byFrequency.map((tag, i) => [tag, 1 << Math.min(i, TAG_BITS)]));
  const counts = new Map<number, WordCounts>();
  for (const s of sentences) {
    const h = computeWordHashes(s.tokens);
    for (let i = 0; i < h.length; i++) {
      let c = counts.get(h.norm[i]);
      if (!c) {
        c = { tags: 0, total: 0, inName: 0, types: [0, 0, 0, 0] };
        counts.set(h.norm[i], c);
      }
      c.tags |= tagBit.get(s.pos[i])!;
      c.total++;
      const name = s.tags[i];
      if (name !== 'O') {
        c.inName++;
        const type = ENTITY_TYPES.indexOf(name.slice(2));
        if (type >= 0) c.types[type]++;
      }
    }
  }
  const keys = Int32Array.from(counts.keys()).sort();
  const values = Int32Array.from(keys, (key) => {
    const c = counts.get(key)!;
    const type = c.inName > 0 ? c.types.indexOf(Math.max(...c.types)) + 1 : 0;
    return c.tags | (nameBucket(c.inName, c.total) << NAME_SHIFT) | (type << TYPE_SHIFT);
  });
  return { [`${prefix}.keys`]: keys, [`${prefix}.values`]: values };
}

export class WordLexicon {
  private readonly byWord = new Map<number, number>();

  constructor(keys: Int32Array, values: Int32Array) {
    for (let i = 0; i < keys.length; i++) this.byWord.set(keys[i], values[i]);
  }

  /** Per token, its lexicon entry (0 for words the lexicon lacks). */
  entriesOf(h: WordHashes): Int32Array {
    const out = new Int32Array(h.length);
    for (let i = 0; i < h.length; i++) out[i] = this.byWord.get(h.norm[i]) ?? 0;
    return out;
  }

  static fromSections(prefix: string, sections: Record<string, SectionArray>): WordLexicon | null {
    const keys = sections[`${prefix}.keys`] as Int32Array | undefined;
    return keys ? new WordLexicon(keys, sections[`${prefix}.values`] as Int32Array) : null;
  }
}

const END = 0x454e44;

/** Lexicon features (templates 62-66) of token `i`: its foreign tags and name share, the next word's tags. */
export function lexiconFeatures(entries: Int32Array, classes: Int32Array, h: WordHashes, i: number, prev1: number, out: Int32Array, k: number): number {
  const entry = entries[i];
  const tags = entry & ((1 << NAME_SHIFT) - 1);
  const name = entry >>> NAME_SHIFT;
  const position = (h.flags[i] & FLAG_CAPITALISED) | (i === 0 ? 2 : 0);
  out[k++] = feat1(62, tags);
  out[k++] = feat2(63, tags, classes[i]);
  out[k++] = feat2(64, name, position);
  out[k++] = feat2(65, tags, prev1 + 1);
  out[k++] = feat1(66, i + 1 < entries.length ? entries[i + 1] & ((1 << NAME_SHIFT) - 1) : END);
  return k;
}
