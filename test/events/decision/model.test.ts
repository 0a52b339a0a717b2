import { describe, expect, it } from 'vitest';
import { bestThreshold, modelToJson, probability, readDecisionModel, strongestFeatures, trainWeights } from '../../../src/events/decision/index.js';
import type { TrainingExample } from '../../../src/events/decision/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A feature that decides (real) beside one that occurs everywhere (bias) and one that is noise.
const examples: TrainingExample[] = [];
for (let i = 0; i < 40; i++) {
  examples.push({ features: ['bias', 'real', i % 2 ? 'noise' : 'other'], label: 1 });
  examples.push({ features: ['bias', 'fake', i % 2 ? 'noise' : 'other'], label: 0 });
}

describe('decision model training', () => {
  it('learns which features make a candidate an event', () => {
    const weights = trainWeights(examples);
    expect(weights.get('real')!).toBeGreaterThan(1);
    expect(weights.get('fake')!).toBeLessThan(-1);
    expect(Math.abs(weights.get('noise') ?? 0)).toBeLessThan(0.5);
    expect(probability({ weights }, ['bias', 'real'])).toBeGreaterThan(0.9);
    expect(probability({ weights }, ['bias', 'fake'])).toBeLessThan(0.1);
  });

  it('gives the same model bytes on two runs', () => {
    const model = (w: Map<string, number>) => modelToJson({ lang: 'en', threshold: 0.5, alternatives: new Map(), weights: w, metadata: {} });
    expect(model(trainWeights(examples))).toBe(model(trainWeights(examples)));
  });

  it('names the strongest features of a verdict', () => {
    const model = { weights: new Map([['fake', -3], ['bias', 0.5], ['real', 2]]) };
    expect(probability(model, ['bias', 'fake', 'unseen'])).toBeLessThan(0.5);
    expect(strongestFeatures(model, ['bias', 'fake', 'unseen'], 2)).toEqual([
      { feature: 'fake', weight: -3 },
      { feature: 'bias', weight: 0.5 },
    ]);
  });
});

describe('threshold choice', () => {
  it('keeps the candidates above the F1-best cut, counting optional matches as free', () => {
    const scored = [
      { probability: 0.9, label: 1 as const },
      { probability: 0.8, label: null },
      { probability: 0.7, label: 1 as const },
      { probability: 0.4, label: 0 as const },
      { probability: 0.3, label: 0 as const },
      { probability: 0.2, label: 1 as const },
    ];
    // Three required gold events: keeping the top three gives 2 tp, 0 fp, F1 = 4/5.
    expect(bestThreshold(scored, 3)).toEqual({ threshold: 0.55, f1: 0.8 });
  });
});

describe('model files', () => {
  it('round-trip, and a file that is no model is refused with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paraat-decision-'));
    const path = join(dir, 'en-events.json');
    writeFileSync(path, modelToJson({ lang: 'en', threshold: 0.42, alternatives: new Map([['COERCE', ['ASSAULT']]]), weights: new Map([['bias', -0.5]]), metadata: { data: 'x' } }));
    const model = readDecisionModel(path)!;
    expect(model.threshold).toBe(0.42);
    expect([...model.weights]).toEqual([['bias', -0.5]]);
    expect([...model.alternatives]).toEqual([['COERCE', ['ASSAULT']]]);
    expect(readDecisionModel(join(dir, 'missing.json'))).toBeNull();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"lang": "en"}');
    expect(() => readDecisionModel(bad)).toThrow(`${bad}: not a decision model`);
  });
});
