// Named-entity recogniser: greedy left-to-right IOB2 tagging with an averaged perceptron over
// the tagger's word features plus case-sensitive context, shape and previous-tag features.
// Only well-formed sequences are produced: I-X may only follow B-X or I-X. Gazetteer matches
// (see gazetteer.ts) add features of their own.
import { feat1, feat2, feat3, seededRandom, shuffleInPlace } from '../perceptron/hash.js';
import type { SectionArray } from '../perceptron/modelfile.js';
import {
  PerceptronTrainer,
  WeightTable,
  argmax,
  sparseFromSections,
  sparseToSections,
} from '../perceptron/perceptron.js';
import { MAX_TAGGER_FEATURES, taggerFeatures } from '../tagger/tagger.js';
import { computeWordHashes, type WordHashes } from '../tagger/wordfeatures.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';

export const MAX_NER_FEATURES = MAX_TAGGER_FEATURES + 16;
const NONE = 0x5a5a5a5a;

export function nerFeatures(
  h: WordHashes,
  gazetteer: Uint8Array,
  i: number,
  prev1: number,
  prev2: number,
  out: Int32Array,
): number {
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
  return k;
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
  private readonly mask: Uint8Array;

  private readonly gazetteer: Gazetteer | null;

  constructor(
    readonly tags: string[],
    private readonly table: WeightTable,
    gazetteer: GazetteerLists | null,
  ) {
    this.scores = new Float32Array(tags.length);
    this.mask = transitionMask(tags);
    this.gazetteer = gazetteer ? new Gazetteer(gazetteer) : null;
  }

  /** IOB2 tag indices for a sentence. */
  tag(forms: readonly string[], h: WordHashes = computeWordHashes(forms)): Uint8Array {
    const n = this.tags.length;
    const out = new Uint8Array(h.length);
    const matches = this.gazetteer ? this.gazetteer.match(forms) : new Uint8Array(h.length);
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < h.length; i++) {
      const count = nerFeatures(h, matches, i, prev1, prev2, this.features);
      this.table.score(this.features, count, this.scores);
      const allowed = this.mask.subarray((prev1 === -1 ? n : prev1) * n, (prev1 === -1 ? n : prev1) * n + n);
      const tag = argmax(this.scores, n, allowed);
      out[i] = tag;
      prev2 = prev1;
      prev1 = tag;
    }
    return out;
  }

  static fromSections(
    prefix: string,
    header: { tags: string[]; scale: number; gazetteer: GazetteerLists | null },
    sections: Record<string, SectionArray>,
  ): EntityTagger {
    const table = new WeightTable(sparseFromSections(prefix, sections, header.tags.length, header.scale));
    return new EntityTagger(header.tags, table, header.gazetteer);
  }
}

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  log?: (message: string) => void;
}

export function trainEntityTagger(
  prefix: string,
  data: { tokens: string[]; tags: string[] }[],
  gazetteerLists: GazetteerLists | null,
  options: NerTrainOptions,
): { header: { tags: string[]; scale: number; gazetteer: GazetteerLists | null }; sections: Record<string, SectionArray> } {
  const tags = [...new Set(data.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const n = tags.length;
  const mask = transitionMask(tags);
  const trainer = new PerceptronTrainer(n);
  const features = new Int32Array(MAX_NER_FEATURES);
  const scores = new Float64Array(n);
  const gazetteer = gazetteerLists ? new Gazetteer(gazetteerLists) : null;
  const prepared = data.map((s) => ({
    h: computeWordHashes(s.tokens),
    matches: gazetteer ? gazetteer.match(s.tokens) : new Uint8Array(s.tokens.length),
    gold: s.tags.map((t) => tagIndex.get(t)!),
  }));
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(prepared, random);
    let correct = 0;
    let total = 0;
    for (const { h, matches, gold } of prepared) {
      let prev1 = -1;
      let prev2 = -1;
      for (let i = 0; i < h.length; i++) {
        const count = nerFeatures(h, matches, i, prev1, prev2, features);
        trainer.score(features, count, scores);
        const row = (prev1 === -1 ? n : prev1) * n;
        const guess = argmax(scores, n, mask.subarray(row, row + n));
        trainer.learn(features, count, gold[i], guess);
        if (guess === gold[i]) correct++;
        total++;
        prev2 = prev1;
        // Condition on the gold history so that I- tags stay reachable during training.
        prev1 = gold[i];
      }
    }
    options.log?.(`ner ${prefix} epoch ${epoch + 1}/${options.epochs}: train acc ${((100 * correct) / total).toFixed(2)}`);
  }
  const sparse = trainer.compile(options.minWeight);
  return { header: { tags, scale: sparse.scale, gazetteer: gazetteerLists }, sections: sparseToSections(prefix, sparse) };
}
