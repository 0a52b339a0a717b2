import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/document/index.js';
import { assignFolds, labelEvents, labelRetypes } from '../../src/eval/index.js';
import type { GoldDocument } from '../../src/eval/index.js';

const text = 'Rebels attacked the town. The army denied it. Ministers met in Rome.';

function event(type: string, triggerStart: number): Event {
  return {
    type, mode: null, cameo: null, goldstein: null, quad_class: null, actors: [], recipients: [], modality: 'asserted', reported_by: [],
    quantities: [], place: null, date: null, evidence: { start: 0, end: 0, trigger: { start: triggerStart, end: triggerStart + 1, text: 'x' } },
    confidence: 0.5, rules: [],
  };
}

const gold: GoldDocument = {
  id: 'd1',
  text,
  events: [
    { sentence: 'Rebels attacked the town.', type: 'ASSAULT', actor: ['REB'] },
    { sentence: 'The army denied it.', type: 'REJECT', actor: null, optional: true },
    { sentence: 'Ministers met in Rome.', type: 'CONSULT', actor: null },
  ],
};

describe('labelling candidates against gold', () => {
  it('labels as the scorer matches: required first, one candidate per gold event, optional matches free', () => {
    const events = [event('ASSAULT', 7), event('ASSAULT', 16), event('REJECT', 35), event('ACCUSE', 35), event('CONSULT', 56)];
    expect(labelEvents(gold, events)).toEqual([1, 0, 'optional', 0, 1]);
  });

  it('leaves types the document was not annotated for unlabelled', () => {
    expect(labelEvents({ ...gold, annotated_types: ['ASSAULT'] }, [event('ASSAULT', 7), event('CONSULT', 56)])).toEqual([1, null]);
  });

  it('names the document of a gold sentence that is not in its text', () => {
    expect(() => labelEvents({ ...gold, events: [{ sentence: 'Not there.', type: 'ASSAULT', actor: null }] }, [])).toThrow('gold sentence not found in d1');
  });
});

describe('folds', () => {
  it('deal documents into balanced folds that do not depend on their order', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `doc-${i}`);
    const folds = assignFolds(ids, 5);
    const sizes = [0, 0, 0, 0, 0];
    for (const id of ids) sizes[folds.get(id)!]++;
    expect(sizes.sort()).toEqual([4, 4, 5, 5, 5]);
    expect(assignFolds([...ids].reverse(), 5)).toEqual(folds);
  });
});

describe('labelling retypes', () => {
  it('makes another type right only where gold of that type, unmatched, names the anchor word in its trigger', () => {
    const withTriggers: GoldDocument = {
      id: 'd2',
      text,
      events: [
        { sentence: 'Rebels attacked the town.', type: 'ASSAULT', actor: null, trigger: 'attacked' },
        { sentence: 'The army denied it.', type: 'REJECT', actor: null, trigger: 'denied' },
      ],
    };
    const labels = labelRetypes(withTriggers, [event('COERCE', 7), event('ACCUSE', 35), event('REJECT', 35)], ['attacked', 'denied', 'denied'], ['ASSAULT', 'REJECT', 'COERCE', 'ACCUSE']);
    expect(labels.map((m) => Object.fromEntries(m))).toEqual([
      { COERCE: 0, ASSAULT: 1, REJECT: 0, ACCUSE: 0 },
      // REJECT in that sentence is already matched by the REJECT candidate.
      { ACCUSE: 0, ASSAULT: 0, REJECT: 0, COERCE: 0 },
      { REJECT: 1, ASSAULT: 0, COERCE: 0, ACCUSE: 0 },
    ]);
    // Gold that names no triggers cannot say what a candidate is instead.
    expect(Object.fromEntries(labelRetypes(gold, [event('COERCE', 7)], ['attacked'], ['ASSAULT'])[0])).toEqual({ COERCE: 0, ASSAULT: null });
  });
});
