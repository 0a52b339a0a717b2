import { createHash } from 'node:crypto';
import type { Document } from '../document/index.js';
import type { DecisionModel, ScoredCandidate, TrainingExample } from '../events/decision/index.js';
import { bestThreshold, candidatesOf, probability, trainWeights } from '../events/decision/index.js';
import type { CandidateLabel } from './folds.js';
import { assignFolds, labelEvents, requiredGold } from './folds.js';
import type { GoldDocument } from './score.js';

/** One gold document as coded before the learned decision, with each candidate's features and label. */
export interface LabelledDocument {
  gold: GoldDocument;
  doc: Document;
  /** Documents with the same text share a key (and so a fold): EventDNA texts are in two gold files. */
  key: string;
  /** Whether the document is of the kind the model is for (the news sets): the threshold is chosen on these. */
  target: boolean;
  candidates: { features: string[]; label: CandidateLabel }[];
}

export function labelDocument(gold: GoldDocument, doc: Document, target = true): LabelledDocument {
  const candidates = candidatesOf(doc);
  const labels = labelEvents(
    gold,
    candidates.map((c) => c.event),
  );
  const key = createHash('sha256').update(gold.text).digest('hex');
  return { gold, doc, key, target, candidates: candidates.map((c, i) => ({ features: c.features, label: labels[i] })) };
}

/** Optional matches are acceptable events: the model learns them as events. Unannotated types teach nothing. */
function examplesOf(docs: LabelledDocument[]): TrainingExample[] {
  return docs.flatMap((d) => d.candidates.filter((c) => c.label !== null).map((c) => ({ features: c.features, label: c.label === 0 ? 0 : 1 }) as TrainingExample));
}

const INNER_FOLDS = 4;

/**
 * Trains a decision model on labelled documents of one language. The threshold comes from an inner
 * cross-validation over the same documents (out-of-fold probabilities of the target documents),
 * never from in-sample scores.
 */
export function trainDecisionModel(lang: string, docs: LabelledDocument[], metadata: Record<string, unknown> = {}): DecisionModel {
  const folds = assignFolds(
    docs.map((d) => d.key),
    INNER_FOLDS,
  );
  const scored: ScoredCandidate[] = [];
  let goldCount = 0;
  for (let k = 0; k < INNER_FOLDS; k++) {
    const weights = trainWeights(examplesOf(docs.filter((d) => folds.get(d.key) !== k)));
    for (const d of docs) {
      if (!d.target || folds.get(d.key) !== k) continue;
      goldCount += requiredGold(d.gold);
      for (const c of d.candidates) scored.push({ probability: probability({ weights }, c.features), label: c.label });
    }
  }
  const { threshold } = bestThreshold(scored, goldCount);
  return { lang, threshold, weights: trainWeights(examplesOf(docs)), metadata };
}

/**
 * K-fold cross-validation over documents: for each fold a model trained on the other folds decides
 * the fold's target candidates. Returns, per target document, the events it keeps.
 */
export function crossValidate(docs: LabelledDocument[], folds: number): Map<LabelledDocument, Document['events']> {
  const fold = assignFolds(
    docs.filter((d) => d.target).map((d) => d.key),
    folds,
  );
  const kept = new Map<LabelledDocument, Document['events']>();
  const langs = [...new Set(docs.map((d) => d.doc.lang))];
  for (let k = 0; k < folds; k++) {
    for (const lang of langs) {
      // Training-only documents join every fold's training unless their text is in the test fold.
      const train = docs.filter((d) => d.doc.lang === lang && fold.get(d.key) !== k);
      const test = docs.filter((d) => d.doc.lang === lang && d.target && fold.get(d.key) === k);
      if (test.length === 0) continue;
      const model = trainDecisionModel(lang, train);
      for (const d of test) {
        kept.set(
          d,
          d.doc.events.filter((_, i) => probability(model, d.candidates[i].features) >= model.threshold),
        );
      }
    }
  }
  return kept;
}
