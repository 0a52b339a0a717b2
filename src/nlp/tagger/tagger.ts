// Greedy left-to-right UPOS tagger: averaged perceptron over word, affix, shape and context
// features plus the two previous predicted tags (Honnibal 2013), with a tag dictionary that
// settles frequent unambiguous words without scoring. Lookahead comes from ambiguity classes: the
// set of tags each word had in training, for this word and the next two, and for the last word
// and the next possible verb of its clause. Word clusters learned from unlabelled text (the
// recogniser's, ner/clusters.ts) carry words the treebanks never saw, and their case habit tells
// a capitalised common noun from a name; a word lexicon from tagged news (lexicon.ts) carries
// them too. Headlines in title case or capitals are tagged as if written normally: each word in
// the case it usually has (truecasing).
import { feat1, feat2, feat3, hashString, seededRandom, shuffleInPlace } from '../perceptron/hash.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import {
  PerceptronTrainer,
  type Scorer,
  argmax,
  compileMean,
  sparseFromSections,
  sparseToSections,
  weightTable,
} from '../perceptron/perceptron.js';
import { CASE_CAPITALISED, CASE_LOWER, CASE_MOSTLY_LOWER, WordClusters, pathFeatures } from '../ner/clusters.js';
import { WordLexicon, lexiconFeatures } from './lexicon.js';
import { FLAG_ALL_CAPS, FLAG_ALL_PUNCT, FLAG_CAPITALISED, computeWordHashes, type WordHashes } from './wordfeatures.js';

const START = hashString('<s>');
const START2 = hashString('<s2>');
const END = hashString('</s>');
const END2 = hashString('</s2>');

export const MAX_TAGGER_FEATURES = 60;
const UNKNOWN_CLASS = 0;

/** Writes the features of token `i` given the previous two tags (class index, -1 = none). */
export function taggerFeatures(h: WordHashes, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const n = h.length;
  const p1 = prev1 + 1;
  const p2 = prev2 + 1;
  const wPrev = i > 0 ? h.norm[i - 1] : START;
  const wPrev2 = i > 1 ? h.norm[i - 2] : i > 0 ? START : START2;
  const wNext = i + 1 < n ? h.norm[i + 1] : END;
  const wNext2 = i + 2 < n ? h.norm[i + 2] : i + 1 < n ? END : END2;
  const w = h.norm[i];
  let k = 0;
  out[k++] = feat1(1, 0);
  out[k++] = feat1(2, w);
  out[k++] = feat1(3, h.form[i]);
  out[k++] = feat1(4, h.pre1[i]);
  out[k++] = feat1(5, h.pre2[i]);
  out[k++] = feat1(6, h.pre3[i]);
  out[k++] = feat1(7, h.suf1[i]);
  out[k++] = feat1(8, h.suf2[i]);
  out[k++] = feat1(9, h.suf3[i]);
  out[k++] = feat1(10, h.suf4[i]);
  out[k++] = feat1(11, h.shape[i]);
  out[k++] = feat1(12, h.head[i]);
  out[k++] = feat2(13, h.flags[i], i === 0 ? 1 : 0);
  out[k++] = feat1(14, p1);
  out[k++] = feat1(15, p2);
  out[k++] = feat2(16, p1, p2);
  out[k++] = feat2(17, p1, w);
  out[k++] = feat1(18, wPrev);
  out[k++] = feat1(19, i > 0 ? h.suf3[i - 1] : START);
  out[k++] = feat1(20, wPrev2);
  out[k++] = feat1(21, wNext);
  out[k++] = feat1(22, i + 1 < n ? h.suf3[i + 1] : END);
  out[k++] = feat1(23, wNext2);
  out[k++] = feat1(24, i + 1 < n ? h.shape[i + 1] : END);
  out[k++] = feat2(25, wPrev, w);
  out[k++] = feat2(26, w, wNext);
  out[k++] = feat3(27, p1, w, wNext);
  out[k++] = feat2(28, p1, h.suf3[i]);
  out[k++] = feat2(29, wNext, h.suf3[i]);
  out[k++] = feat2(30, i > 0 ? h.shape[i - 1] : START, h.shape[i]);
  return k;
}

/** Lookahead features from the ambiguity classes (`classes[i]`: bit mask of training tags). */
export function ambiguityFeatures(classes: Int32Array, compounds: Int32Array, h: WordHashes, i: number, prev1: number, out: Int32Array, k: number): number {
  const n = classes.length;
  const a0 = classes[i];
  const a1 = i + 1 < n ? classes[i + 1] : -1;
  const a2 = i + 2 < n ? classes[i + 2] : -1;
  out[k++] = feat1(40, a0);
  out[k++] = feat1(41, a1);
  out[k++] = feat1(42, a2);
  out[k++] = feat2(43, a0, a1);
  out[k++] = feat2(44, prev1 + 1, a0);
  out[k++] = feat3(45, prev1 + 1, a0, a1);
  out[k++] = feat2(46, h.norm[i], a1);
  out[k++] = feat3(47, a0, a1, a2);
  out[k++] = feat1(48, compounds[i]);
  out[k++] = feat2(49, compounds[i], a1);
  return k;
}

/** Cluster paths (low 16 bits) and case classes (bits 16 up) per token; `1` (the root path) without clusters. */
function clusterEvidence(clusters: WordClusters | null, h: WordHashes): Int32Array {
  const out = new Int32Array(h.length).fill(1);
  if (clusters) for (let i = 0; i < h.length; i++) out[i] = clusters.lookup(h.norm[i]);
  return out;
}

/** Word-cluster features: bit-path prefixes of this word and its neighbours, and its case habit. */
export function clusterFeatures(evidence: Int32Array, h: WordHashes, i: number, prev1: number, out: Int32Array, k: number): number {
  const n = evidence.length;
  const path = evidence[i] & 0xffff;
  const pathPrev = i > 0 ? evidence[i - 1] & 0xffff : 1;
  const pathNext = i + 1 < n ? evidence[i + 1] & 0xffff : 1;
  k = pathFeatures(50, path, pathPrev, pathNext, prev1, out, k);
  out[k++] = feat3(57, evidence[i] >>> 16, h.flags[i], i === 0 ? 1 : 0);
  return k;
}

/**
 * A sentence with at least this many cased words, nearly all capitalised, is written in headline
 * case if enough of them are usually lower-case (a list of names, "Jan Van Dijck , Els De Wit", is not).
 */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_SHARE = 0.9;
const HEADLINE_LOWER_SHARE = 0.5;

function isUsuallyLower(habit: number): boolean {
  return habit === CASE_LOWER || (habit & CASE_MOSTLY_LOWER) !== 0;
}

/** Whether a word starts with a lower-case letter (ASCII without allocating). */
function hasLowerStart(form: string): boolean {
  const code = form.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const first = form.charAt(0);
  return first !== first.toUpperCase();
}

/**
 * The words of a headline-case sentence in the case they usually have (from the clusters' case
 * habits: "Minister" → "minister", "NAVO" stays, "BRUSSEL" → "Brussel"); null for other sentences.
 */
export function truecase(clusters: WordClusters | null, forms: readonly string[], h: WordHashes): string[] | null {
  if (!clusters) return null;
  // Most sentences fail the cheap capitalisation test; only headline candidates pay for lookups.
  let capitalised = 0;
  let lowerStart = 0;
  for (let i = 0; i < forms.length; i++) {
    if (h.flags[i] & FLAG_CAPITALISED) capitalised++;
    else if (hasLowerStart(forms[i])) lowerStart++;
  }
  const cased = capitalised + lowerStart;
  if (cased < HEADLINE_MIN_WORDS || capitalised < HEADLINE_SHARE * cased) return null;
  let usuallyLower = 0;
  for (let i = 0; i < forms.length; i++) {
    const isCased = (h.flags[i] & FLAG_CAPITALISED) !== 0 || hasLowerStart(forms[i]);
    if (isCased && isUsuallyLower(clusters.lookup(h.norm[i]) >>> 16)) usuallyLower++;
  }
  if (usuallyLower < HEADLINE_LOWER_SHARE * cased) return null;
  return forms.map((form, i) => {
    const habit = clusters.lookup(h.norm[i]) >>> 16;
    const lower = form.toLowerCase();
    if (isUsuallyLower(habit)) return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    if (habit === CASE_CAPITALISED && h.flags[i] & FLAG_ALL_CAPS) return form.charAt(0) + lower.slice(1);
    return form;
  });
}

/** A compound's head ("verkiezings|campagne") is a known word of at least this length, after as long a modifier. */
const MIN_COMPOUND_PART = 3;

/**
 * For each word without an ambiguity class: that of its longest known ending (the head of a
 * compound, which decides its class in Dutch and German); 0 for other words.
 */
export function compoundClasses(ambiguity: Map<number, number>, forms: readonly string[], classes: Int32Array): Int32Array {
  const out = new Int32Array(classes.length);
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== UNKNOWN_CLASS || forms[i].length < 2 * MIN_COMPOUND_PART) continue;
    const lower = forms[i].toLowerCase();
    for (let start = MIN_COMPOUND_PART; start <= lower.length - MIN_COMPOUND_PART; start++) {
      const found = ambiguity.get(hashString(lower, start) | 0);
      if (found !== undefined) {
        out[i] = found;
        break;
      }
    }
  }
  return out;
}

/** Lexicon entries per token (all 0 without a lexicon). */
function lexiconEntries(lexicon: WordLexicon | null, h: WordHashes): Int32Array {
  return lexicon ? lexicon.entriesOf(h) : new Int32Array(h.length);
}

function ambiguityClasses(ambiguity: Map<number, number>, h: WordHashes): Int32Array {
  const out = new Int32Array(h.length);
  for (let i = 0; i < h.length; i++) out[i] = ambiguity.get(h.norm[i]) ?? UNKNOWN_CLASS;
  return out;
}

/** UD tags of words that can head or support a verb phrase (the tagger's and parser's clause lookahead). */
export const VERB_TAGS: readonly string[] = ['AUX', 'VERB'];

/** The bits of `VERB_TAGS` in an ambiguity class over `tags`. */
export function verbMask(tags: readonly string[]): number {
  return tags.reduce((mask, tag, i) => (VERB_TAGS.includes(tag) ? mask | (1 << i) : mask), 0);
}

/**
 * Per token, two words further on in its clause (up to the next punctuation mark; for a mark, the
 * clause after it): the last one, and the first that can be a verb (`verbs`, a class mask); -1
 * where there is none.
 */
export function clauseLookahead(h: WordHashes, classes: Int32Array, verbs: number): { last: Int32Array; verb: Int32Array } {
  const last = new Int32Array(h.length);
  const verb = new Int32Array(h.length);
  let lastWord = -1;
  let nextVerb = -1;
  for (let i = h.length - 1; i >= 0; i--) {
    last[i] = lastWord > i ? lastWord : -1;
    verb[i] = nextVerb;
    if (h.flags[i] & FLAG_ALL_PUNCT) {
      lastWord = -1;
      nextVerb = -1;
    } else {
      if (lastWord === -1) lastWord = i;
      if (classes[i] & verbs) nextVerb = i;
    }
  }
  return { last, verb };
}

/**
 * Whether a verb is an auxiliary often shows only further on, where the participle or infinitive
 * it governs stands ("heeft ... gelezen"): the word with the clause's last word and its next
 * possible verb, by ambiguity class and affixes.
 */
function clauseFeatures(e: SentenceEvidence, i: number, out: Int32Array, k: number): number {
  const { h, classes } = e;
  const j = e.clauseLast[i];
  const v = e.nextVerb[i];
  const w = h.norm[i];
  out[k++] = feat2(70, w, j >= 0 ? classes[j] : -1);
  out[k++] = feat3(71, w, j >= 0 ? h.pre2[j] : END, j >= 0 ? h.suf2[j] : END);
  out[k++] = feat2(72, w, v >= 0 ? classes[v] : -1);
  out[k++] = feat3(73, w, v >= 0 ? h.pre2[v] : END, v >= 0 ? h.suf2[v] : END);
  return k;
}

/** What the tagger knows of a sentence's words before tagging it. */
interface SentenceEvidence {
  h: WordHashes;
  classes: Int32Array;
  clauseLast: Int32Array;
  nextVerb: Int32Array;
  compounds: Int32Array;
  clusters: Int32Array;
  entries: Int32Array;
}

function sentenceEvidence(
  ambiguity: Map<number, number>,
  verbs: number,
  clusters: WordClusters | null,
  lexicon: WordLexicon | null,
  forms: readonly string[],
  h: WordHashes,
): SentenceEvidence {
  const classes = ambiguityClasses(ambiguity, h);
  const lookahead = clauseLookahead(h, classes, verbs);
  return {
    h,
    classes,
    clauseLast: lookahead.last,
    nextVerb: lookahead.verb,
    compounds: compoundClasses(ambiguity, forms, classes),
    clusters: clusterEvidence(clusters, h),
    entries: lexiconEntries(lexicon, h),
  };
}

/** All features of token `i` given the previous two tags; returns their count. */
function tokenFeatures(e: SentenceEvidence, i: number, prev1: number, prev2: number, out: Int32Array): number {
  let k = taggerFeatures(e.h, i, prev1, prev2, out);
  k = ambiguityFeatures(e.classes, e.compounds, e.h, i, prev1, out, k);
  k = clauseFeatures(e, i, out, k);
  k = clusterFeatures(e.clusters, e.h, i, prev1, out, k);
  return lexiconFeatures(e.entries, e.classes, e.h, i, prev1, out, k);
}

export interface TaggedSentence {
  forms: string[];
  tags: string[];
}

export class Tagger {
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;
  private readonly verbs: number;

  constructor(
    readonly tags: string[],
    private readonly table: Scorer,
    private readonly tagdict: Map<number, number>,
    private readonly ambiguity: Map<number, number>,
    /** Shared with the parser. */
    readonly clusters: WordClusters | null,
    private readonly lexicon: WordLexicon | null,
  ) {
    this.scores = new Float32Array(tags.length);
    this.verbs = verbMask(tags);
  }

  /** The sentence as the tagger reads it: headline case undone (see `truecase`). */
  readable(forms: readonly string[], h: WordHashes): { forms: readonly string[]; h: WordHashes } {
    const recased = truecase(this.clusters, forms, h);
    return recased ? { forms: recased, h: computeWordHashes(recased) } : { forms, h };
  }

  /** Tag indices for a sentence, as `readable` gives it. */
  tag({ forms, h }: { forms: readonly string[]; h: WordHashes }): Uint8Array {
    const evidence = sentenceEvidence(this.ambiguity, this.verbs, this.clusters, this.lexicon, forms, h);
    const out = new Uint8Array(h.length);
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < h.length; i++) {
      let tag = this.tagdict.get(tagdictKey(h, i));
      if (tag === undefined) {
        const count = tokenFeatures(evidence, i, prev1, prev2, this.features);
        this.table.score(this.features, count, this.scores);
        tag = argmax(this.scores, this.tags.length);
      }
      out[i] = tag;
      prev2 = prev1;
      prev1 = tag;
    }
    return out;
  }

  static fromSections(
    prefix: string,
    header: { tags: string[]; scale: number },
    sections: Record<string, SectionArray>,
  ): Tagger {
    const table = weightTable(sparseFromSections(prefix, sections, header.tags.length, header.scale));
    const keys = sections[`${prefix}.dict.keys`] as Int32Array;
    const values = sections[`${prefix}.dict.values`] as Uint8Array;
    const tagdict = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) tagdict.set(keys[i], values[i]);
    const ambiguityKeys = sections[`${prefix}.amb.keys`] as Int32Array;
    const ambiguityValues = sections[`${prefix}.amb.values`] as Int32Array;
    const ambiguity = new Map<number, number>();
    for (let i = 0; i < ambiguityKeys.length; i++) ambiguity.set(ambiguityKeys[i], ambiguityValues[i]);
    return new Tagger(
      header.tags,
      table,
      tagdict,
      ambiguity,
      WordClusters.fromSections(`${prefix}.clusters`, sections),
      WordLexicon.fromSections(`${prefix}.lexicon`, sections),
    );
  }
}

export interface TaggerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  /** Training runs, each with its own sentence order, whose mean is the model (default 1). */
  runs?: number;
  /** Word clusters as `learnWordClusters(\`${prefix}.clusters\`, ...)` gives them; stored with the model. */
  clusters?: Record<string, SectionArray>;
  /** A word lexicon as `learnWordLexicon(\`${prefix}.lexicon\`, ...)` gives it; stored with the model. */
  lexicon?: Record<string, SectionArray>;
  log?: (message: string) => void;
}

export interface TrainedTagger {
  header: { tags: string[]; scale: number };
  sections: Record<string, SectionArray>;
}

const TAGDICT_INSIDE = 61;

/**
 * Tag-dictionary key of token `i`: a capitalised word inside a sentence is looked up apart from the
 * same word opening one, since "De" opening a sentence is an article but inside one mostly begins
 * a name ("de krant De Morgen", "minister De Croo").
 */
export function tagdictKey(h: WordHashes, i: number): number {
  return i > 0 && h.flags[i] & FLAG_CAPITALISED ? feat1(TAGDICT_INSIDE, h.form[i]) : h.form[i];
}

/** Words seen ≥ 10 times with one tag ≥ 99% of the time go to the tag dictionary. */
function buildTagdict(data: TaggedSentence[], tagIndex: Map<string, number>): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of data) {
    const h = computeWordHashes(s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      const key = tagdictKey(h, i);
      const byTag = counts.get(key) ?? new Map<number, number>();
      const tag = tagIndex.get(s.tags[i])!;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      counts.set(key, byTag);
    }
  }
  const dict = new Map<number, number>();
  for (const [key, byTag] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [tag, count] of byTag) {
      total += count;
      if (count > bestCount) {
        best = tag;
        bestCount = count;
      }
    }
    if (total >= 10 && bestCount / total >= 0.99) dict.set(key, best);
  }
  return dict;
}

/** Tag sets of words seen at least twice (rarer words stay unknown, as unseen ones will be). */
function buildAmbiguity(data: TaggedSentence[], tagIndex: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  const masks = new Map<number, number>();
  for (const s of data) {
    const h = computeWordHashes(s.forms);
    for (let i = 0; i < h.length; i++) {
      const key = h.norm[i];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      masks.set(key, (masks.get(key) ?? 0) | (1 << tagIndex.get(s.tags[i])!));
    }
  }
  for (const [key, count] of counts) if (count < 2) masks.delete(key);
  return masks;
}

export function trainTagger(prefix: string, data: TaggedSentence[], options: TaggerTrainOptions): TrainedTagger {
  const tags = [...new Set(data.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const tagdict = buildTagdict(data, tagIndex);
  const ambiguity = buildAmbiguity(data, tagIndex);
  const verbs = verbMask(tags);
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const clusterSections = options.clusters ?? {};
  const clusters = WordClusters.fromSections(`${prefix}.clusters`, clusterSections);
  const lexiconSections = options.lexicon ?? {};
  const lexicon = WordLexicon.fromSections(`${prefix}.lexicon`, lexiconSections);
  const prepared = data.map((s) => {
    const original = computeWordHashes(s.forms);
    const recased = truecase(clusters, s.forms, original);
    const h = recased ? computeWordHashes(recased) : original;
    return { evidence: sentenceEvidence(ambiguity, verbs, clusters, lexicon, recased ?? s.forms, h), gold: s.tags.map((t) => tagIndex.get(t)!) };
  });
  // Every template fires for every word, so one word shows whether the buffer holds them all.
  const templates = prepared.length > 0 ? tokenFeatures(prepared[0].evidence, 0, -1, -1, features) : 0;
  if (templates > MAX_TAGGER_FEATURES) throw new Error(`tagger: ${templates} feature templates, room for ${MAX_TAGGER_FEATURES}`);
  // Each run sees the sentences in its own order; the model is the mean of the runs (compileMean).
  const trainRun = (run: number): PerceptronTrainer => {
    const trainer = new PerceptronTrainer(tags.length);
    const random = seededRandom(options.seed + run);
    const order = prepared.slice();
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffleInPlace(order, random);
      let correct = 0;
      let total = 0;
      for (const { evidence, gold } of order) {
        let prev1 = -1;
        let prev2 = -1;
        for (let i = 0; i < gold.length; i++) {
          let guess = tagdict.get(tagdictKey(evidence.h, i));
          if (guess === undefined) {
            const count = tokenFeatures(evidence, i, prev1, prev2, features);
            trainer.score(features, count, scores);
            guess = argmax(scores, tags.length);
            trainer.learn(features, count, gold[i], guess);
          }
          if (guess === gold[i]) correct++;
          total++;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      options.log?.(`tagger ${prefix} run ${run + 1}/${runs} epoch ${epoch + 1}/${options.epochs}: train acc ${((100 * correct) / total).toFixed(2)}`);
    }
    return trainer;
  };
  const runs = options.runs ?? 1;
  const trainers = Array.from({ length: runs }, (_, run) => trainRun(run));
  const sparse = compileMean(trainers, options.minWeight);
  const dictKeys = Int32Array.from(tagdict.keys());
  const dictValues = Uint8Array.from(tagdict.values());
  return {
    header: { tags, scale: sparse.scale },
    sections: {
      ...sparseToSections(prefix, sparse),
      [`${prefix}.dict.keys`]: dictKeys,
      [`${prefix}.dict.values`]: dictValues,
      [`${prefix}.amb.keys`]: Int32Array.from(ambiguity.keys()),
      [`${prefix}.amb.values`]: Int32Array.from(ambiguity.values()),
      ...clusterSections,
      ...lexiconSections,
    },
  };
}
