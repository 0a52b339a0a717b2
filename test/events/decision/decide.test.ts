import { describe, expect, it } from 'vitest';
import { explainDocument } from '../../../src/cli/commands/explain.js';
import type { DraftEvent, TriggerDecision } from '../../../src/events/index.js';
import { candidatesOf, decideEvents, hypothesisFeatures } from '../../../src/events/decision/index.js';
import type { DecisionModel } from '../../../src/events/decision/index.js';
import { article } from '../helpers.js';
import { createPipeline } from '../../../src/pipeline/index.js';

const pipeline = createPipeline({ decision: false });
const code = (text: string) => {
  const drafts: DraftEvent[] = [];
  return { doc: pipeline.process(article(text, 'en'), undefined, drafts), drafts };
};
const model = (weights: [string, number][], alternatives: [string, string[]][] = []): DecisionModel => ({
  lang: 'en',
  threshold: 0.5,
  alternatives: new Map(alternatives),
  weights: new Map(weights),
  metadata: {},
});

describe('the learned decision', () => {
  it('describes a candidate by its entry, trigger words, roles and context, from the typed draft', () => {
    const { doc, drafts } = code('Russian forces attacked Kharkiv on Monday.');
    const [candidate] = candidatesOf(doc, drafts);
    expect(candidate.view).toMatchObject({ sentence: 0, tokens: [2], triggerClass: 'verb', frame: 'svo', type: 'ASSAULT', entrySource: 'written', sentenceTypes: [] });
    expect(candidate.base).toEqual(expect.arrayContaining(['type=ASSAULT', 'word=attacked', 'prev=forces', 'next=kharkiv', 'actor=true', 'actor.kind=state']));
    expect(hypothesisFeatures(['word=attacked'], 'ASSAULT', 'COERCE')).toEqual(['COERCE|bias', 'other|bias', 'ASSAULT>COERCE', 'COERCE|word=attacked', 'other|word=attacked']);
  });

  it('drops a candidate the model rejects and says why in explain', () => {
    const { doc, drafts } = code('Russian forces attacked Kharkiv on Monday. Ukraine and Poland held talks.');
    expect(doc.events.map((e) => e.type)).toEqual(['ASSAULT', 'CONSULT']);
    const decisions: TriggerDecision[] = [];
    decideEvents(doc, drafts, model([['ASSAULT|bias', -4], ['own|bias', 1]]), decisions);
    expect(doc.events.map((e) => e.type)).toEqual(['CONSULT']);
    expect(doc.events[0].confidence).toBe(0.73);
    expect(decisions.map((d) => `${d.trigger} ${d.outcome}: ${d.reason}`)).toEqual([
      'attacked dropped: decision model p=0.05 (threshold 0.5); ASSAULT|bias -4.00, own|bias +1.00',
      'held talks event: decision model p=0.73 (threshold 0.5); own|bias +1.00',
    ]);
    expect(explainDocument(doc, decisions)).toContain('"attacked" ASSAULT (en/triggers.tsv:');
  });

  it('retypes a candidate to a type the model learned it often is, with that type\'s CAMEO code', () => {
    const { doc, drafts } = code('Russian forces attacked Kharkiv on Monday.');
    decideEvents(doc, drafts, model([['COERCE|word=attacked', 3], ['own|bias', -1]], [['ASSAULT', ['COERCE']]]));
    expect(doc.events.map((e) => [e.type, e.cameo, e.rules.at(-1)])).toEqual([['COERCE', '17', 'decision:ASSAULT->COERCE']]);
  });

  it('leaves a side empty that a convention of the old type filled and the new type does not have', () => {
    const { doc, drafts } = code('Kenyan police detained dozens of men.');
    expect(doc.events.map((e) => [e.type, e.recipients.map((r) => r.code)])).toEqual([['COERCE', ['KEN']]]);
    decideEvents(doc, drafts, model([['ASSAULT|word=detained', 3], ['own|bias', -1]], [['COERCE', ['ASSAULT']]]));
    expect(doc.events.map((e) => [e.type, e.actors.map((a) => a.code), e.recipients.map((r) => r.code)])).toEqual([['ASSAULT', ['KEN'], []]]);
  });
});
