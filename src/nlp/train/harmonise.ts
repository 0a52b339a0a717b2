// Brings a treebank annotated under older UD guidelines (LassySmall as released in UD 2.1) in line
// with current ones, learning word-level changes from current-guideline data: where a word's old
// UPOS (or relation) never occurs for that word in the current data, it takes the current
// majority. Fixes e.g. possessives (DET/det → PRON/nmod:poss) and "als" (ADP → SCONJ).
// Coordination follows UD v2 too: "cc" attaches to the next conjunct, not the first one as UD v1
// had it; punctuation is re-attached by the current rule (punctuation.ts), not to the root.
import type { ConlluSentence, ConlluWord } from '../conll/conllu.js';
import { attachPunctuation } from './punctuation.js';

/** Relations renamed between the releases. */
const RENAMED_RELATIONS: Record<string, string> = { 'flat:name': 'flat' };

const MIN_CURRENT_COUNT = 3;
const MAX_OLD_SHARE = 0.02;

type Counts = Map<string, Map<string, number>>;

function add(counts: Counts, key: string, value: string): void {
  const inner = counts.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + 1);
  counts.set(key, inner);
}

function replacement(counts: Counts, key: string, oldValue: string): string | null {
  const inner = counts.get(key);
  if (!inner) return null;
  let total = 0;
  let best = '';
  let bestCount = 0;
  for (const [value, count] of inner) {
    total += count;
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  if (total < MIN_CURRENT_COUNT || (inner.get(oldValue) ?? 0) / total > MAX_OLD_SHARE) return null;
  return best;
}

const CAPITALISED = /^\p{Lu}/u;
const NAME_PART_TAGS = new Set(['NOUN', 'ADJ', 'NUM', 'X']);

/**
 * Multiword names ("Tweede Wereldoorlog", "Brussels Hoofdstedelijk Gewest") were "fixed" groups
 * of common-noun/adjective words; current guidelines make them PROPN words joined by "flat".
 */
function isNameGroup(words: ConlluWord[], head: number): boolean {
  if (head === 0) return false;
  const group = [words[head - 1], ...words.filter((w) => w.head === head && w.deprel === 'fixed')];
  return group.filter((w) => CAPITALISED.test(w.form)).length >= 2 && CAPITALISED.test(words[head - 1].form);
}

export function harmonise(old: ConlluSentence[], current: ConlluSentence[]): ConlluSentence[] {
  const uposByWord: Counts = new Map();
  const relationByWordTag: Counts = new Map();
  for (const sentence of current) {
    for (const w of sentence.words) {
      const lower = w.form.toLowerCase();
      add(uposByWord, lower, w.upos);
      add(relationByWordTag, `${lower}\t${w.upos}`, w.deprel);
    }
  }
  return old.map((sentence) => {
    const words = sentence.words.map((w) => {
      const lower = w.form.toLowerCase();
      const upos = w.upos === 'PROPN' ? w.upos : (replacement(uposByWord, lower, w.upos) ?? w.upos);
      let deprel = RENAMED_RELATIONS[w.deprel] ?? w.deprel;
      if (upos !== w.upos) deprel = replacement(relationByWordTag, `${lower}\t${upos}`, deprel) ?? deprel;
      return { ...w, upos, deprel };
    });
    for (const w of words) {
      if (w.deprel !== 'cc') continue;
      if (w.head === 0 || w.head > w.id) continue;
      const nextConjunct = words.find((c) => c.head === w.head && c.deprel === 'conj' && c.id > w.id);
      if (nextConjunct) w.head = nextConjunct.id;
    }
    const nameParts = words.filter((w) => w.deprel === 'fixed' && isNameGroup(words, w.head));
    for (const w of nameParts) {
      w.deprel = 'flat';
      for (const member of [w, words[w.head - 1]]) {
        if (CAPITALISED.test(member.form) && NAME_PART_TAGS.has(member.upos)) member.upos = 'PROPN';
      }
    }
    const heads = Int32Array.from([0, ...words.map((w) => w.head)]);
    attachPunctuation(words.map((w) => w.form), heads, Uint8Array.from([0, ...words.map((w) => (w.deprel === 'punct' ? 1 : 0))]));
    words.forEach((w, i) => (w.head = heads[i + 1]));
    return { ...sentence, words };
  });
}
