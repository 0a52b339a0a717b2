import { createHash } from 'node:crypto';
import type { Document } from '../document/index.js';
import type { DraftEvent } from '../events/draft.js';
import { PLOVER_TYPES } from '../events/index.js';
import type { Candidate, DecisionModel, ScoredCandidate, TrainingExample } from '../events/decision/index.js';
import { bestThreshold, candidatesOf, decideCandidate, hypothesesOf, hypothesisFeatures, keptEvents, trainWeights } from '../events/decision/index.js';
import type { CandidateLabel } from './folds.js';
import { assignFolds, labelRetypes, requiredGold } from './folds.js';
import type { GoldDocument } from './score.js';

/** One gold document as coded before the learned decision, with each candidate's features and labels. */
export interface LabelledDocument {
  gold: GoldDocument;
  doc: Document;
  /** Documents with the same text share a key (and so a fold): EventDNA texts are in two gold files. */
  key: string;
  /** Whether the document is of the kind the model is for (the news sets): the threshold is chosen on these. */
  target: boolean;
  candidates: Candidate[];
  /** Per candidate, the label of the hypothesis of each type. */
  labels: Map<string, CandidateLabel>[];
}

export function labelDocument(gold: GoldDocument, doc: Document, drafts: DraftEvent[], target = true): LabelledDocument {
  const candidates = candidatesOf(doc, drafts);
  const anchors = candidates.map((c) => doc.tokens[c.view.tokens[0]].lower);
  const labels = labelRetypes(
    gold,
    candidates.map((c) => c.event),
    anchors,
    PLOVER_TYPES,
  );
  const key = createHash('sha256').update(gold.text).digest('hex');
  return { gold, doc, key, target, candidates, labels };
}

/** Retypes seen at least this often in training become hypotheses: rarer ones are more noise than help. */
const MIN_RETYPES = 2;

/** Which other types candidates of each type turned out to be in the training documents. */
function learnAlternatives(docs: LabelledDocument[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of docs) {
    d.candidates.forEach((c, i) => {
      for (const [type, label] of d.labels[i]) {
        if (type === c.view.type || (label !== 1 && label !== 'optional')) continue;
        const row = counts.get(c.view.type) ?? new Map<string, number>();
        row.set(type, (row.get(type) ?? 0) + 1);
        counts.set(c.view.type, row);
      }
    });
  }
  const alternatives = new Map<string, string[]>();
  for (const original of [...counts.keys()].sort()) {
    const types = [...counts.get(original)!].filter(([, n]) => n >= MIN_RETYPES).map(([t]) => t).sort();
    if (types.length) alternatives.set(original, types);
  }
  return alternatives;
}

/** Optional matches are acceptable events: the model learns them as events. Unannotated types teach nothing. */
function examplesOf(docs: LabelledDocument[], alternatives: Map<string, string[]>): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const d of docs) {
    d.candidates.forEach((c, i) => {
      for (const type of hypothesesOf({ alternatives }, c.view.type)) {
        const label = d.labels[i].get(type) ?? null;
        if (label !== null) examples.push({ features: hypothesisFeatures(c.base, c.view.type, type), label: label === 0 ? 0 : 1 });
      }
    });
  }
  return examples;
}

function fit(lang: string, docs: LabelledDocument[], threshold: number, metadata: Record<string, unknown> = {}): DecisionModel {
  const alternatives = learnAlternatives(docs);
  return { lang, threshold, alternatives, weights: trainWeights(examplesOf(docs, alternatives)), metadata };
}

const INNER_FOLDS = 4;

/**
 * Trains a decision model on labelled documents of one language. The threshold comes from an inner
 * cross-validation over the same documents (out-of-fold decisions on the target documents), never
 * from in-sample scores.
 */
export function trainDecisionModel(lang: string, docs: LabelledDocument[], metadata: Record<string, unknown> = {}): DecisionModel {
  const folds = assignFolds(
    docs.map((d) => d.key),
    INNER_FOLDS,
  );
  const scored: ScoredCandidate[] = [];
  let goldCount = 0;
  for (let k = 0; k < INNER_FOLDS; k++) {
    const model = fit(
      lang,
      docs.filter((d) => folds.get(d.key) !== k),
      0,
    );
    for (const d of docs) {
      if (!d.target || folds.get(d.key) !== k) continue;
      goldCount += requiredGold(d.gold);
      d.candidates.forEach((c, i) => {
        const decision = decideCandidate(model, c.base, c.view.type);
        scored.push({ probability: decision.probability, label: d.labels[i].get(decision.type) ?? null });
      });
    }
  }
  return fit(lang, docs, bestThreshold(scored, goldCount).threshold, metadata);
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
        kept.set(d, keptEvents(d.candidates, d.candidates.map((c) => decideCandidate(model, c.base, c.view.type))).events);
      }
    }
  }
  return kept;
}
