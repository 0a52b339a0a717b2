// Brings a treebank annotated under older UD guidelines (LassySmall as released in UD 2.1) in line
// with current ones, learning word-level changes from current-guideline data: where a word's old
// UPOS (or relation) never occurs for that word in the current data, it takes the current
// majority. Fixes e.g. possessives (DET/det → PRON/nmod:poss) and "als" (ADP → SCONJ).
// Coordination follows UD v2 too: "cc" and separating punctuation attach to the next conjunct,
// not the first one as UD v1 had it.
import type { ConlluSentence } from '../conll/conllu.js';

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
      if (w.deprel !== 'cc' && w.deprel !== 'punct') continue;
      if (w.head === 0 || w.head > w.id) continue;
      const nextConjunct = words.find((c) => c.head === w.head && c.deprel === 'conj' && c.id > w.id);
      if (nextConjunct) w.head = nextConjunct.id;
    }
    return { ...sentence, words };
  });
}
