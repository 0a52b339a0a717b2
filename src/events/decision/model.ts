import { existsSync, readFileSync } from 'node:fs';
import { seededRandom, shuffleInPlace } from '../../nlp/perceptron/hash.js';

/**
 * A logistic-regression decision over candidate events: the probability that a candidate the
 * lexicon proposed is an event of its type. Stored as readable JSON so that `paraat explain` can
 * name the features that decided.
 */
export interface DecisionModel {
  lang: string;
  /** Candidates at or above this probability become events. */
  threshold: number;
  /** Types a candidate proposed as the key may be instead, as training showed (COERCE → ASSAULT). */
  alternatives: Map<string, string[]>;
  weights: Map<string, number>;
  /** What the model was trained on, when, and how it scored by cross-validation. */
  metadata: Record<string, unknown>;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: Pick<DecisionModel, 'weights'>, features: string[]): number {
  let z = 0;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}

/** The features that moved the score most, strongest first, with their weights (for `paraat explain`). */
export function strongestFeatures(model: Pick<DecisionModel, 'weights'>, features: string[], shown = 4): { feature: string; weight: number }[] {
  return features
    .map((feature) => ({ feature, weight: model.weights.get(feature) ?? 0 }))
    .filter((f) => f.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1))
    .slice(0, shown);
}

export interface TrainingExample {
  features: string[];
  label: 0 | 1;
}

export interface TrainingSettings {
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 penalty per example and step, so rare features stay small. */
  l2: number;
}

/**
 * Fifteen passes converge on a few thousand candidates; the penalty keeps one-document words from
 * deciding alone (chosen among 1e-4 … 3e-1 by 5-fold cross-validation over the news documents:
 * type F1 nl 0.300 → 0.312, en 0.310 → 0.336 from 1e-3 to 3e-2).
 */
export const DEFAULT_TRAINING: TrainingSettings = { epochs: 15, rate: 0.2, l2: 3e-2 };

/** Logistic regression by AdaGrad over examples in a seeded order; weights rounded so the file is stable. */
export function trainWeights(examples: TrainingExample[], settings: TrainingSettings = DEFAULT_TRAINING, seed = 1): Map<string, number> {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const { features, label } = examples[index];
      const gradient = probability({ weights }, features) - label;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const g = gradient + settings.l2 * w;
        const sq = (squares.get(f) ?? 0) + g * g;
        squares.set(f, sq);
        weights.set(f, w - (settings.rate * g) / Math.sqrt(sq + 1e-8));
      }
    }
  }
  const rounded = new Map<string, number>();
  for (const f of [...weights.keys()].sort()) {
    const w = Math.round(weights.get(f)! * 1e4) / 1e4;
    if (w !== 0) rounded.set(f, w);
  }
  return rounded;
}

export interface ScoredCandidate {
  probability: number;
  /** 1: matches a required gold event; 0: matches nothing; otherwise free either way (an optional event, or a type not annotated). */
  label: 1 | 0 | 'optional' | null;
}

/**
 * The threshold that maximises F1 when `goldCount` required events exist and candidates above it
 * are kept. Candidates matching optional gold cost and earn nothing.
 */
export function bestThreshold(scored: ScoredCandidate[], goldCount: number): { threshold: number; f1: number } {
  const sorted = [...scored].sort((a, b) => b.probability - a.probability);
  let tp = 0;
  let fp = 0;
  let best = { threshold: 0.5, f1: -1 };
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].label === 1) tp++;
    else if (sorted[i].label === 0) fp++;
    if (i + 1 < sorted.length && sorted[i + 1].probability === sorted[i].probability) continue;
    const f1 = goldCount + tp + fp > 0 ? (2 * tp) / (tp + fp + goldCount) : 0;
    const next = i + 1 < sorted.length ? sorted[i + 1].probability : 0;
    if (f1 > best.f1) best = { threshold: (sorted[i].probability + next) / 2, f1 };
  }
  return { threshold: Math.round(best.threshold * 1e4) / 1e4, f1: best.f1 };
}

export interface DecisionModelFile {
  lang: string;
  threshold: number;
  alternatives: Record<string, string[]>;
  metadata: Record<string, unknown>;
  weights: Record<string, number>;
}

export function modelToJson(model: DecisionModel): string {
  const file: DecisionModelFile = {
    lang: model.lang,
    threshold: model.threshold,
    alternatives: Object.fromEntries(model.alternatives),
    metadata: model.metadata,
    weights: Object.fromEntries(model.weights),
  };
  return JSON.stringify(file, null, 1) + '\n';
}

/** Reads a decision model file; null when there is none for the language. */
export function readDecisionModel(path: string): DecisionModel | null {
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as DecisionModelFile;
  if (typeof file.threshold !== 'number' || typeof file.weights !== 'object') throw new Error(`${path}: not a decision model (threshold and weights expected)`);
  return {
    lang: file.lang,
    threshold: file.threshold,
    alternatives: new Map(Object.entries(file.alternatives ?? {})),
    metadata: file.metadata ?? {},
    weights: new Map(Object.entries(file.weights)),
  };
}
