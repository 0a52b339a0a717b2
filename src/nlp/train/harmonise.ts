// Brings a treebank annotated under older UD guidelines (LassySmall as released in UD 2.1) in line
// with current ones, learning word-level changes from current-guideline data: where a word's old
// UPOS (or relation) never occurs for that word in the current data, it takes the current
// majority. Fixes e.g. possessives (DET/det → PRON/nmod:poss) and "als" (ADP → SCONJ). The word
// is its form first, then its lemma in that relation ("er" as expl: ADV → PRON), then, between
// AUX and VERB, its lemma ("moeten" heading an infinitive: VERB → AUX). A function relation (aux, cop) held by a lemma
// the current data never gives it (copular "worden") makes the word what that lemma is elsewhere
// (VERB); the tree is left as it was. Lemmas follow the current conventions too: compounds split
// by "_" where the current data splits that lemma ("oprichten" → "op_richten"), and for a word
// class whose lemma is nearly always the form itself there (PROPN), the form.
// Coordination follows UD v2 too: "cc" attaches to the next conjunct, not the first one as UD v1
// had it; punctuation is re-attached by the current rule (punctuation.ts), not to the root.
import type { ConlluSentence, ConlluWord } from '../conll/conllu.js';
import { attachPunctuation } from '../parser/punctuation.js';

/** Relations renamed between the releases. */
const RENAMED_RELATIONS: Record<string, string> = { 'flat:name': 'flat' };

const MIN_CURRENT_COUNT = 3;
const MAX_OLD_SHARE = 0.02;
/** Share of a UPOS's current words whose lemma is their form, above which old lemmas become the form. */
const FORM_AS_LEMMA_SHARE = 0.95;

/** Relations whose words are a closed set of lemmas: a lemma outside the current set is no longer one. */
const FUNCTION_RELATIONS = new Set(['aux', 'aux:pass', 'cop']);
/**
 * Tags a lemma alone may decide between: whether a verb is an auxiliary is a property of its lemma,
 * while an open-class lemma is shared by words of different classes ("lijken": corpses, seem).
 */
const LEMMA_DECIDED = new Set(['AUX', 'VERB']);

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

function total(counts: Counts, key: string): number {
  let sum = 0;
  for (const count of counts.get(key)?.values() ?? []) sum += count;
  return sum;
}

/** The current majority of `key`, if any (ties to the alphabetically first value). */
function majority(counts: Counts, key: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts.get(key) ?? []) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

interface UposEvidence {
  byForm: Counts;
  byLemmaRelation: Counts;
  byLemma: Counts;
  /** UPOS per lemma outside the function relations. */
  byLemmaOutsideFunction: Counts;
  functionLemmas: Set<string>;
}

function currentUpos(w: ConlluWord, evidence: UposEvidence): string {
  if (w.upos === 'PROPN') return w.upos;
  const lemma = w.lemma.toLowerCase();
  const relation = `${lemma}\t${w.deprel}`;
  if (FUNCTION_RELATIONS.has(w.deprel) && !evidence.functionLemmas.has(relation) && total(evidence.byLemma, lemma) >= MIN_CURRENT_COUNT) {
    return majority(evidence.byLemmaOutsideFunction, lemma) ?? w.upos;
  }
  const byForm = replacement(evidence.byForm, w.form.toLowerCase(), w.upos);
  if (byForm) return byForm;
  if (total(evidence.byLemmaRelation, relation) >= MIN_CURRENT_COUNT) return replacement(evidence.byLemmaRelation, relation, w.upos) ?? w.upos;
  const byLemma = LEMMA_DECIDED.has(w.upos) ? replacement(evidence.byLemma, lemma, w.upos) : null;
  return byLemma && LEMMA_DECIDED.has(byLemma) ? byLemma : w.upos;
}

/** Current lemma conventions: the split spelling of compound lemmas, and the UPOS whose lemma is the form. */
function lemmaConventions(current: ConlluSentence[]): (w: ConlluWord, upos: string) => string {
  const split: Counts = new Map();
  const whole = new Map<string, number>();
  const formAsLemma: Counts = new Map();
  for (const sentence of current) {
    for (const w of sentence.words) {
      if (w.lemma.includes('_')) add(split, w.lemma.replaceAll('_', ''), w.lemma);
      else whole.set(w.lemma, (whole.get(w.lemma) ?? 0) + 1);
      add(formAsLemma, w.upos, w.lemma === w.form ? 'form' : 'other');
    }
  }
  const formUpos = new Set(
    [...formAsLemma.keys()].filter((upos) => (formAsLemma.get(upos)!.get('form') ?? 0) >= FORM_AS_LEMMA_SHARE * total(formAsLemma, upos)),
  );
  return (w, upos) => {
    if (formUpos.has(upos)) return w.form;
    const splitCount = total(split, w.lemma);
    return splitCount > (whole.get(w.lemma) ?? 0) ? (majority(split, w.lemma) ?? w.lemma) : w.lemma;
  };
}

export function harmonise(old: ConlluSentence[], current: ConlluSentence[]): ConlluSentence[] {
  const lemmaOf = lemmaConventions(current);
  const evidence: UposEvidence = {
    byForm: new Map(),
    byLemmaRelation: new Map(),
    byLemma: new Map(),
    byLemmaOutsideFunction: new Map(),
    functionLemmas: new Set(),
  };
  const relationByWordTag: Counts = new Map();
  for (const sentence of current) {
    for (const w of sentence.words) {
      const lower = w.form.toLowerCase();
      const lemma = w.lemma.toLowerCase();
      add(evidence.byForm, lower, w.upos);
      add(evidence.byLemmaRelation, `${lemma}\t${w.deprel}`, w.upos);
      add(evidence.byLemma, lemma, w.upos);
      if (FUNCTION_RELATIONS.has(w.deprel)) evidence.functionLemmas.add(`${lemma}\t${w.deprel}`);
      else add(evidence.byLemmaOutsideFunction, lemma, w.upos);
      add(relationByWordTag, `${lower}\t${w.upos}`, w.deprel);
    }
  }
  return old.map((sentence) => {
    const words = sentence.words.map((w) => {
      const lower = w.form.toLowerCase();
      const upos = currentUpos(w, evidence);
      let deprel = RENAMED_RELATIONS[w.deprel] ?? w.deprel;
      if (upos !== w.upos) deprel = replacement(relationByWordTag, `${lower}\t${upos}`, deprel) ?? deprel;
      return { ...w, upos, deprel, lemma: lemmaOf(w, upos) };
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
        if (CAPITALISED.test(member.form) && NAME_PART_TAGS.has(member.upos)) {
          member.upos = 'PROPN';
          member.lemma = lemmaOf(member, 'PROPN');
        }
      }
    }
    const heads = Int32Array.from([0, ...words.map((w) => w.head)]);
    attachPunctuation(words.map((w) => w.form), heads, Uint8Array.from([0, ...words.map((w) => (w.deprel === 'punct' ? 1 : 0))]));
    words.forEach((w, i) => (w.head = heads[i + 1]));
    return { ...sentence, words };
  });
}
