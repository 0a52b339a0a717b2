import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, pyFixed, pyRound, score } from '../../src/eval/index.js';
import type { GoldDocument, PredictedDocument } from '../../src/eval/index.js';

const shared = join(import.meta.dirname, '../../../shared');
const referenceScorer = join(shared, 'eval/score.py');

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

function runReference(gold: GoldDocument[], preds: PredictedDocument[], json: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-score-'));
  const goldFile = join(dir, 'gold.jsonl');
  const predFile = join(dir, 'pred.jsonl');
  writeFileSync(goldFile, gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(predFile, preds.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return execFileSync('python3', [referenceScorer, goldFile, predFile, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
}

const text = 'Russia attacked Ukraine. Biden met Macron. Police arrested 5 protesters. 🇺🇦 Talks failed.';
const gold: GoldDocument[] = [
  {
    id: 'd1',
    lang: 'en',
    text,
    annotated_types: ['*'],
    events: [
      { sentence: 'Russia attacked Ukraine.', type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'], modality: 'asserted' },
      { sentence: 'Biden met Macron.', type: 'CONSULT', actor: ['USA'], recipient: ['FRA'], modality: 'asserted' },
      { sentence: 'Police arrested 5 protesters.', type: 'COERCE', actor: null, recipient: null, modality: null, optional: true },
      { sentence: 'Talks failed.', type: 'REJECT', actor: ['IGO'], recipient: [], modality: 'negated' },
    ],
  },
  { id: 'd2', lang: 'nl', text: 'Geen gebeurtenis.', annotated_types: ['PROTEST'], events: [] },
  { id: 'd3', lang: 'nl', text: 'Zonder voorspelling.', events: [] },
];
const at = (s: string) => text.indexOf(s);
const preds: PredictedDocument[] = [
  {
    id: 'd1',
    events: [
      { type: 'ASSAULT', actors: [{ code: 'RUS' }], recipients: [{ code: 'UKR' }], modality: 'asserted', evidence: { start: 0, trigger: { start: at('attacked') } } },
      { type: 'CONSULT', actors: [{ code: 'FRA' }, { code: 'USA' }], recipients: [], modality: 'reported', evidence: { start: at('Biden') } },
      { type: 'COERCE', actors: [], recipients: [], evidence: { start: at('Police'), trigger: { start: at('arrested') } } },
      { type: 'REJECT', actors: [{ code: 'XXX', kind: 'igo' }], recipients: [], evidence: { start: 0, trigger: { start: at('failed') } } },
      { type: 'ASSAULT', actors: [{ code: 'UKR' }], recipients: [], modality: 'asserted', evidence: { start: 0, trigger: { start: 500 } } },
      { type: 'THREATEN', actors: ['RUS'], recipients: [], evidence: null },
    ],
  },
  { id: 'd2', events: [{ type: 'ASSAULT', actors: [], evidence: { start: 0 } }, { type: 'PROTEST', actors: [], evidence: { start: 0 } }] },
];

describe('score', () => {
  it('counts matches by sentence, type and actors as EVAL.md describes', () => {
    const report = score(gold, preds);
    expect(report.documents).toBe(3);
    expect(report.documents_without_prediction).toBe(1);
    expect(report.type.all).toMatchObject({ tp: 3, fp: 3, fn: 0 });
    expect(report.full.all).toMatchObject({ tp: 3, fp: 3, fn: 0 });
    expect(report.full['type:REJECT']).toMatchObject({ tp: 1 });
    expect(report.modality_accuracy).toBe(pyRound(1 / 3, 4));
  });

  it('fails the full match when the actor differs', () => {
    const wrong = structuredClone(preds);
    wrong[0].events![0].actors = [{ code: 'BLR' }];
    expect(score(gold, wrong).full['type:ASSAULT']).toMatchObject({ tp: 0, fn: 1 });
    expect(score(gold, wrong).type['type:ASSAULT']).toMatchObject({ tp: 1 });
  });

  it('rounds and prints ties as Python does', () => {
    expect(pyRound(0.03125, 4)).toBe(0.0312);
    expect(pyFixed(0.8125, 3)).toBe('0.812');
    expect(pyFixed(0.8135, 3)).toBe((0.8135).toFixed(3));
    expect(pyRound(2 / 3, 4)).toBe(0.6667);
    // 0.4815 is stored just below .4815: Python prints 0.481, and so must we.
    expect(pyFixed(pyRound(39 / 81, 4), 3)).toBe('0.481');
    expect(pyFixed(0.0625, 3)).toBe('0.062');
    expect(pyFixed(0.1875, 3)).toBe('0.188');
  });

  describe.skipIf(!existsSync(referenceScorer) || !hasPython())('agrees with ../shared/eval/score.py (needs ../shared)', () => {
    it('prints the same JSON report', () => {
      expect(score(gold, preds)).toEqual(JSON.parse(runReference(gold, preds, true)));
    });

    it('prints the same text report', () => {
      expect(formatReport(score(gold, preds)) + '\n').toBe(runReference(gold, preds, false));
    });

    it('agrees on the seed gold scored against itself turned into predictions', () => {
      const seed = readFileSync(join(shared, 'eval/seed.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDocument);
      const selfPreds = seed.map((d) => ({
        id: d.id,
        events: (d.events ?? []).filter((_, i) => i % 3 !== 1).map((e) => ({
          type: e.type,
          actors: (e.actor ?? []).map((code) => ({ code })),
          recipients: [],
          modality: 'asserted',
          evidence: { start: d.text.indexOf(e.sentence) },
        })),
      }));
      expect(score(seed, selfPreds)).toEqual(JSON.parse(runReference(seed, selfPreds, true)));
    });
  });
});
