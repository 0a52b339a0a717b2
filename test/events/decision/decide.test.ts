import { describe, expect, it } from 'vitest';
import { explainDocument } from '../../../src/cli/commands/explain.js';
import type { TriggerDecision } from '../../../src/events/index.js';
import { candidatesOf, decideEvents } from '../../../src/events/decision/index.js';
import { code } from '../helpers.js';

const model = (weights: [string, number][]) => ({ lang: 'en', threshold: 0.5, weights: new Map(weights), metadata: {} });

describe('the learned decision', () => {
  it('describes a candidate by its entry, trigger words, roles and context', () => {
    const doc = code('Russian forces attacked Kharkiv on Monday.', 'en');
    const [candidate] = candidatesOf(doc);
    expect(candidate.view).toMatchObject({ sentence: 0, tokens: [2], triggerClass: 'verb', frame: 'svo', type: 'ASSAULT', entrySource: 'written', sentenceTypes: [] });
    expect(candidate.features).toEqual(expect.arrayContaining(['type=ASSAULT', 'word=attacked', 'ASSAULT|prev=forces', 'ASSAULT|next=kharkiv', 'actor=true', 'actor.kind=state']));
  });

  it('drops a candidate the model rejects and says why in explain', () => {
    const doc = code('Russian forces attacked Kharkiv on Monday. Ukraine and Poland held talks.', 'en');
    expect(doc.events.map((e) => e.type)).toEqual(['ASSAULT', 'CONSULT']);
    const decisions: TriggerDecision[] = [];
    decideEvents(doc, model([['type=ASSAULT', -4], ['bias', 1]]), decisions);
    expect(doc.events.map((e) => e.type)).toEqual(['CONSULT']);
    expect(doc.events[0].confidence).toBe(0.73);
    expect(decisions.map((d) => `${d.trigger} ${d.outcome}: ${d.reason}`)).toEqual([
      'attacked dropped: decision model p=0.05 (threshold 0.5); type=ASSAULT -4.00, bias +1.00',
      'held talks event: decision model p=0.73 (threshold 0.5); bias +1.00',
    ]);
    expect(explainDocument(doc, decisions)).toContain('"attacked" ASSAULT (en/triggers.tsv:');
  });
});
