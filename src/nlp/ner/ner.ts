// Named-entity recogniser: greedy left-to-right IOB2 tagging with an averaged perceptron over
// the tagger's word features plus case-sensitive context, shape and previous-tag features.
// Only well-formed sequences are produced: I-X may only follow B-X or I-X. Gazetteer matches
// (see gazetteer.ts) add features of their own, and so does what earlier sentences of the same
// document said about a capitalised word (Ratinov & Roth 2009's non-local features): the name
// "Kok" in a headline is read in the light of "Wim Kok" further up. That memory is trained on
// jackknifed tags (see jackknifeTags). Two more kinds of evidence come from outside the labelled
// data: silver name lists (WikiANN) and word clusters with case habits (see clusters.ts).
import { feat1, feat2, feat3, seededRandom, shuffleInPlace } from '../perceptron/hash.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import {
  PerceptronTrainer,
  type Scorer,
  argmax,
  sparseFromSections,
  sparseToSections,
  weightTable,
} from '../perceptron/perceptron.js';
import { MAX_TAGGER_FEATURES, taggerFeatures } from '../tagger/tagger.js';
import { FLAG_CAPITALISED, FLAG_HAS_DIGIT, computeWordHashes, type WordHashes } from '../tagger/wordfeatures.js';
import { CASE_CLASS_MASK, WordClusters, pathFeatures } from './clusters.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';

export const MAX_NER_FEATURES = MAX_TAGGER_FEATURES + 32;
const UNSEEN = 255;

/** Entity types earlier sentences of a document gave each capitalised word form. */
export class DocumentMemory {
  private readonly counts = new Map<number, Int32Array>();

  /** `typeOf[tag]`: 0 for O, else 1 + the index of the tag's entity type. */
  constructor(private readonly typeOf: Uint8Array, private readonly typeCount: number) {}

  /** Per token: the majority type recorded for its form so far, or UNSEEN. */
  lookup(h: WordHashes): Uint8Array {
    const out = new Uint8Array(h.length).fill(UNSEEN);
    for (let i = 0; i < h.length; i++) {
      // Only capitalised forms are recorded: the others need no look-up.
      if (!(h.flags[i] & FLAG_CAPITALISED)) continue;
      const counts = this.counts.get(h.form[i]);
      if (!counts) continue;
      let best = 0;
      for (let t = 1; t < counts.length; t++) if (counts[t] > counts[best]) best = t;
      out[i] = best;
    }
    return out;
  }

  record(h: WordHashes, tags: ArrayLike<number>): void {
    for (let i = 0; i < h.length; i++) {
      if (!(h.flags[i] & FLAG_CAPITALISED)) continue;
      let counts = this.counts.get(h.form[i]);
      if (!counts) {
        counts = new Int32Array(this.typeCount + 1);
        this.counts.set(h.form[i], counts);
      }
      counts[this.typeOf[tags[i]]]++;
    }
  }
}

function entityTypes(tags: string[]): { typeOf: Uint8Array; typeCount: number } {
  const types = [...new Set(tags.filter((t) => t !== 'O').map((t) => t.slice(2)))].sort();
  return { typeOf: Uint8Array.from(tags, (t) => (t === 'O' ? 0 : 1 + types.indexOf(t.slice(2)))), typeCount: types.length };
}
const NONE = 0x5a5a5a5a;

type NerTrainingSentence = { tokens: string[]; tags: string[]; docStart: boolean };
type NerTrainingResources = { gazetteer: GazetteerLists | null; silverNames: GazetteerLists | null; clusters: Record<string, SectionArray> | null };

/** Per document and sentence: the tags (as `tagIndex` numbers) a model trained on the other folds gave. */
function jackknifeTags(
  prefix: string,
  documents: NerTrainingSentence[][],
  tagIndex: Map<string, number>,
  resources: NerTrainingResources,
  options: NerTrainOptions,
): Uint8Array[][] {
  const folds = options.memoryFolds;
  const out: Uint8Array[][] = new Array(documents.length);
  for (let fold = 0; fold < folds; fold++) {
    const rest = documents.filter((_, d) => d % folds !== fold).flatMap((sentences) => sentences.map((s, i) => ({ ...s, docStart: i === 0 })));
    const trained = trainEntityTagger(prefix, rest, resources, { ...options, memoryFolds: 0, seed: options.seed + fold + 1, log: undefined });
    const tagger = EntityTagger.fromSections(prefix, trained.header, trained.sections);
    const toIndex = Uint8Array.from(tagger.tags, (t) => tagIndex.get(t)!);
    documents.forEach((sentences, d) => {
      if (d % folds !== fold) return;
      out[d] = tagger.tagDocument(sentences.map((s) => s.tokens)).map((tags) => tags.map((t) => toIndex[t]));
    });
    options.log?.(`ner ${prefix} memory fold ${fold + 1}/${folds} done`);
  }
  return out;
}

/** The per-token evidence besides the words themselves for one sentence. */
export interface SentenceEvidence {
  h: WordHashes;
  /** kb/ name-list matches (see Gazetteer.match). */
  gazetteer: Uint8Array;
  /** Matches in the silver name lists (names the WikiANN annotation found). */
  silver: Uint8Array;
  /** Per token: the entity type earlier sentences gave it (DocumentMemory.lookup). */
  memory: Uint8Array;
  /** Cluster path per token, 0 for none. */
  path: Uint16Array;
  /** Case habit per token (CASE_*). */
  casing: Uint8Array;
}

/** Name lists and word clusters: everything a model carries besides its weights. */
export class EntityResources {
  private readonly gazetteer: Gazetteer | null;
  private readonly silver: Gazetteer | null;

  constructor(
    readonly gazetteerLists: GazetteerLists | null,
    readonly silverLists: GazetteerLists | null,
    readonly clusters: WordClusters | null,
  ) {
    this.gazetteer = gazetteerLists ? new Gazetteer(gazetteerLists) : null;
    this.silver = silverLists ? new Gazetteer(silverLists) : null;
  }

  evidence(forms: readonly string[], h: WordHashes, memory: Uint8Array): SentenceEvidence {
    const lower = this.gazetteer || this.silver ? forms.map((f) => f.toLowerCase()) : [];
    const path = new Uint16Array(h.length);
    const casing = new Uint8Array(h.length);
    if (this.clusters) {
      for (let i = 0; i < h.length; i++) {
        const found = this.clusters.lookup(h.norm[i]);
        path[i] = found & 0xffff;
        casing[i] = (found >>> 16) & CASE_CLASS_MASK;
      }
    }
    return {
      h,
      gazetteer: this.gazetteer ? this.gazetteer.match(forms, lower) : new Uint8Array(h.length),
      silver: this.silver ? this.silver.match(forms, lower) : new Uint8Array(h.length),
      memory,
      path,
      casing,
    };
  }
}

export function nerFeatures(e: SentenceEvidence, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const { h, gazetteer, memory } = e;
  let k = taggerFeatures(h, i, prev1, prev2, out);
  const n = h.length;
  const formPrev = i > 0 ? h.form[i - 1] : NONE;
  const formNext = i + 1 < n ? h.form[i + 1] : NONE;
  const shapePrev = i > 0 ? h.shape[i - 1] : NONE;
  const shapeNext = i + 1 < n ? h.shape[i + 1] : NONE;
  const p1 = prev1 + 1;
  out[k++] = feat1(201, formPrev);
  out[k++] = feat1(202, formNext);
  out[k++] = feat3(203, shapePrev, h.shape[i], shapeNext);
  out[k++] = feat2(204, p1, h.shape[i]);
  out[k++] = feat2(205, p1, h.form[i]);
  out[k++] = feat2(206, formPrev, h.form[i]);
  out[k++] = feat2(207, h.form[i], formNext);
  out[k++] = feat2(208, p1, formPrev);
  out[k++] = feat2(209, h.flags[i], i > 0 ? h.flags[i - 1] : 255);
  out[k++] = feat2(210, h.flags[i], i + 1 < n ? h.flags[i + 1] : 255);
  out[k++] = feat1(211, i + 2 < n ? h.form[i + 2] : NONE);
  out[k++] = feat1(212, i > 1 ? h.form[i - 2] : NONE);
  const g = gazetteer[i];
  out[k++] = feat1(213, g);
  out[k++] = feat2(214, g, p1);
  out[k++] = feat2(215, g, h.shape[i]);
  out[k++] = feat2(216, g, i > 0 ? gazetteer[i - 1] : 255);
  out[k++] = feat2(217, g, i + 1 < n ? gazetteer[i + 1] : 255);
  const m = memory[i];
  out[k++] = feat2(218, m, h.flags[i]);
  out[k++] = feat2(219, m, p1);
  out[k++] = feat2(220, m, g);
  out[k++] = feat2(221, m, i + 1 < n ? memory[i + 1] : UNSEEN);
  const path = e.path[i];
  const pathPrev = i > 0 ? e.path[i - 1] : 1;
  const pathNext = i + 1 < n ? e.path[i + 1] : 1;
  k = pathFeatures(222, path, pathPrev, pathNext, prev1, out, k);
  out[k++] = feat3(229, e.casing[i], h.flags[i], i === 0 ? 1 : 0);
  const silver = e.silver[i];
  out[k++] = feat1(230, silver);
  out[k++] = feat2(231, silver, p1);
  out[k++] = feat2(232, silver, g);
  return k;
}

const UPPER_CASE = /\p{Lu}/u;

/**
 * A word with no capital and no digit, outside a name, is tagged O unscored: the scoring would
 * start a name there in 0.04% of tokens on the CoNLL dev files (entity F1 -0.23 nl, -0.10 en) and
 * skipping it spares 60–78% of the recogniser's scoring.
 */
function startsNoName(form: string, flags: number, prev1: number, outside: number): boolean {
  return (prev1 === -1 || prev1 === outside) && !(flags & FLAG_HAS_DIGIT) && !UPPER_CASE.test(form);
}

/** allowed[prev * n + tag] = 1 when `tag` may follow `prev` (prev = n means sentence start). */
function transitionMask(tags: string[]): Uint8Array {
  const n = tags.length;
  const mask = new Uint8Array((n + 1) * n);
  for (let prev = 0; prev <= n; prev++) {
    for (let tag = 0; tag < n; tag++) {
      const t = tags[tag];
      const p = prev < n ? tags[prev] : 'O';
      mask[prev * n + tag] = !t.startsWith('I-') || p.slice(2) === t.slice(2) ? 1 : 0;
    }
  }
  return mask;
}

export class EntityTagger {
  private readonly features = new Int32Array(MAX_NER_FEATURES);
  private readonly scores: Float32Array;
  /** Per previous tag (index n: sentence start), which tags may follow it. */
  private readonly allowedAfter: Uint8Array[];

  private readonly types: { typeOf: Uint8Array; typeCount: number };
  private readonly outside: number;

  constructor(
    readonly tags: string[],
    private readonly table: Scorer,
    private readonly resources: EntityResources,
  ) {
    this.scores = new Float32Array(tags.length);
    const mask = transitionMask(tags);
    this.allowedAfter = Array.from({ length: tags.length + 1 }, (_, prev) => mask.subarray(prev * tags.length, (prev + 1) * tags.length));
    this.types = entityTypes(tags);
    this.outside = tags.indexOf('O');
  }

  newDocument(): DocumentMemory {
    return new DocumentMemory(this.types.typeOf, this.types.typeCount);
  }

  /** IOB2 tag indices for the sentences of one document, in order. */
  tagDocument(sentences: readonly (readonly string[])[], hashes?: readonly WordHashes[]): Uint8Array[] {
    const memory = this.newDocument();
    return sentences.map((forms, i) => this.tag(forms, memory, hashes?.[i]));
  }

  /** IOB2 tag indices for a sentence; with `memory`, in the context of the document so far. */
  tag(forms: readonly string[], memory: DocumentMemory = this.newDocument(), h: WordHashes = computeWordHashes(forms)): Uint8Array {
    const n = this.tags.length;
    const out = new Uint8Array(h.length);
    const evidence = this.resources.evidence(forms, h, memory.lookup(h));
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < h.length; i++) {
      let tag = this.outside;
      if (!startsNoName(forms[i], h.flags[i], prev1, this.outside)) {
        const count = nerFeatures(evidence, i, prev1, prev2, this.features);
        this.table.score(this.features, count, this.scores);
        tag = argmax(this.scores, n, this.allowedAfter[prev1 === -1 ? n : prev1]);
      }
      out[i] = tag;
      prev2 = prev1;
      prev1 = tag;
    }
    memory.record(h, out);
    return out;
  }

  static fromSections(
    prefix: string,
    header: EntityModelHeader,
    sections: Record<string, SectionArray>,
  ): EntityTagger {
    const table = weightTable(sparseFromSections(prefix, sections, header.tags.length, header.scale));
    const clusters = WordClusters.fromSections(`${prefix}.clusters`, sections);
    return new EntityTagger(header.tags, table, new EntityResources(header.gazetteer, header.silverNames ?? null, clusters));
  }
}

export type EntityModelHeader = {
  tags: string[];
  scale: number;
  gazetteer: GazetteerLists | null;
  /** Absent in models from before the silver lists. */
  silverNames?: GazetteerLists | null;
};

export interface NerTrainOptions {
  epochs: number;
  /**
   * With k > 1, the document memory learns from tags that k-fold models gave documents they did
   * not see (jackknifing): the model's own training-time tags are nearly all right, so it would
   * learn to trust the memory more than its run-time tags deserve.
   */
  memoryFolds: number;
  seed: number;
  minWeight: number;
  log?: (message: string) => void;
}

export function trainEntityTagger(
  prefix: string,
  data: NerTrainingSentence[],
  resources: NerTrainingResources,
  options: NerTrainOptions,
): { header: EntityModelHeader; sections: Record<string, SectionArray> } {
  const tags = [...new Set(data.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const n = tags.length;
  const mask = transitionMask(tags);
  const trainer = new PerceptronTrainer(n);
  const features = new Int32Array(MAX_NER_FEATURES);
  const scores = new Float64Array(n);
  const types = entityTypes(tags);
  const clusterSections = resources.clusters ?? {};
  const evidenceOf = new EntityResources(
    resources.gazetteer,
    resources.silverNames,
    WordClusters.fromSections(`${prefix}.clusters`, clusterSections),
  );
  const sentencesOf: (typeof data)[] = [];
  for (const s of data) {
    if (s.docStart || sentencesOf.length === 0) sentencesOf.push([]);
    sentencesOf[sentencesOf.length - 1].push(s);
  }
  const heldOutTags = options.memoryFolds > 1 ? jackknifeTags(prefix, sentencesOf, tagIndex, resources, options) : null;
  // Documents stay whole and in order (the memory features need them); their order is shuffled.
  // The memory slot of each sentence's evidence is refilled as training reaches it.
  const documents = sentencesOf.map((sentences, d) =>
    sentences.map((s, index) => {
      const h = computeWordHashes(s.tokens);
      return {
        evidence: evidenceOf.evidence(s.tokens, h, new Uint8Array(h.length)),
        gold: s.tags.map((t) => tagIndex.get(t)!),
        heldOut: heldOutTags ? heldOutTags[d][index] : null,
      };
    }),
  );
  const random = seededRandom(options.seed);
  const guesses = new Uint8Array(Math.max(...data.map((s) => s.tokens.length)));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(documents, random);
    let correct = 0;
    let total = 0;
    for (const document of documents) {
      const memory = new DocumentMemory(types.typeOf, types.typeCount);
      for (const { evidence, gold, heldOut } of document) {
        const h = evidence.h;
        evidence.memory = memory.lookup(h);
        let prev1 = -1;
        let prev2 = -1;
        for (let i = 0; i < h.length; i++) {
          const count = nerFeatures(evidence, i, prev1, prev2, features);
          trainer.score(features, count, scores);
          const row = (prev1 === -1 ? n : prev1) * n;
          const guess = argmax(scores, n, mask.subarray(row, row + n));
          trainer.learn(features, count, gold[i], guess);
          guesses[i] = guess;
          if (guess === gold[i]) correct++;
          total++;
          prev2 = prev1;
          // Condition on the gold history: it trains better here than the predicted one (+1.3 F1).
          prev1 = gold[i];
        }
        // The memory holds predictions, as it will at run time.
        memory.record(h, heldOut ?? guesses);
      }
    }
    options.log?.(`ner ${prefix} epoch ${epoch + 1}/${options.epochs}: train acc ${((100 * correct) / total).toFixed(2)}`);
  }
  const sparse = trainer.compile(options.minWeight);
  return {
    header: { tags, scale: sparse.scale, gazetteer: resources.gazetteer, silverNames: resources.silverNames },
    sections: { ...sparseToSections(prefix, sparse), ...clusterSections },
  };
}
