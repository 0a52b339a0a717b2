import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/events/stages/decision.js';
import { TRIGGER_FILTERS } from '../../../src/events/stages/filters.js';
import { makeDoc, makeDraft, makeView } from '../make-doc.js';

/** Each draft's rejection as "filter: reason", or "event". */
const outcomes = (drafts: ReturnType<typeof makeDraft>[]) => drafts.map((d) => (d.rejected ? `${d.rejected.filter}: ${d.rejected.reason}` : 'event'));

describe('the filter table', () => {
  it('lists the filters in the order they apply', () => {
    expect(TRIGGER_FILTERS.map((f) => f.name)).toEqual([
      'non-trigger-span',
      'participant-with-other-trigger',
      'governed-content',
      'attributive-participle',
      'inside-actor',
      'inside-name',
      'modality-drop',
    ]);
  });

  it('turns down a trigger inside a non-trigger phrase', () => {
    const doc = makeDoc({ words: ['Aid', 'workers', 'left', 'Kabul'] });
    const drafts = [makeDraft(doc, [0], { type: 'AID', cameo: '070', triggerClass: 'noun' })];
    const view = makeView(doc, drafts);
    view.nonTriggerSpans = [{ tokens: [0, 1], id: 'test:aid-workers' }];
    expect(outcomes(decide(drafts, view))).toEqual(['non-trigger-span: names a thing, not an event (test:aid-workers)']);
  });

  it('turns down participants when another trigger names the event, and keeps them when none does', () => {
    const doc = makeDoc({ words: ['Bombers', 'attacked', 'the', 'base'] });
    const bombers = () => makeDraft(doc, [0], { type: 'ASSAULT', cameo: '190', triggerClass: 'participant' });
    const attacked = makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' });
    const both = [bombers(), attacked];
    expect(outcomes(decide(both, makeView(doc, both)))).toEqual(['participant-with-other-trigger: participants of another event in the sentence', 'event']);
    const alone = [bombers()];
    expect(outcomes(decide(alone, makeView(doc, alone)))).toEqual(['event']);
  });

  it('turns down the content of a governing trigger', () => {
    const doc = makeDoc({ words: ['Iran', 'refused', 'to', 'meet', 'Israel'], mentions: [{ tokens: [0, 1], code: 'IRN' }, { tokens: [4, 5], code: 'ISR' }] });
    const drafts = [makeDraft(doc, [1], { type: 'REJECT', cameo: '120' }), makeDraft(doc, [3], { type: 'CONSULT', cameo: '040', frame: 'reciprocal' })];
    expect(outcomes(decide(drafts, makeView(doc, drafts)))).toEqual(['event', 'governed-content: content of the REJECT trigger "refused"']);
  });

  it('lets a governor that a later filter turns down still govern', () => {
    const doc = makeDoc({ words: ['If', 'Iran', 'refuses', 'to', 'meet', ',', 'talks', 'end'], mentions: [{ tokens: [1, 2], code: 'IRN' }] });
    const drafts = [makeDraft(doc, [2], { type: 'REJECT', cameo: '120' }), makeDraft(doc, [4], { type: 'CONSULT', cameo: '040', frame: 'reciprocal' })];
    expect(outcomes(decide(drafts, makeView(doc, drafts)))).toEqual([
      'modality-drop: inside the condition of a conditional sentence',
      'governed-content: content of the REJECT trigger "refuses"',
    ]);
  });

  it('turns down a participle that describes a noun', () => {
    const doc = makeDoc({ words: ['Troops', 'left', 'the', 'occupied', 'territory'] });
    const drafts = [makeDraft(doc, [3], { type: 'ASSAULT', cameo: '190' })];
    expect(outcomes(decide(drafts, makeView(doc, drafts)))).toEqual(['attributive-participle: a participle describing a noun']);
  });

  it('turns down an event word that describes an actor', () => {
    const doc = makeDoc({ words: ['Riot', 'police', 'fired', 'tear', 'gas'], mentions: [{ tokens: [0, 2], code: 'COP', kind: 'group' }] });
    const drafts = [makeDraft(doc, [0], { type: 'PROTEST', cameo: '145' })];
    expect(outcomes(decide(drafts, makeView(doc, drafts)))).toEqual(['inside-actor: part of an actor\'s description ("riot police")']);
  });

  it('turns down a capitalised trigger inside a sentence as part of a name', () => {
    const doc = makeDoc({ words: ['Staff', 'of', 'the', 'Office', 'for', 'Relief', 'left', 'Kabul'] });
    const drafts = [makeDraft(doc, [5], { type: 'AID', cameo: '070', triggerClass: 'noun' })];
    expect(outcomes(decide(drafts, makeView(doc, drafts)))).toEqual(['inside-name: part of a name']);
  });

  it('keeps every draft, notes the decision on each, and names the stage that turned one down', () => {
    const doc = makeDoc({ words: ['Bombers', 'attacked', 'the', 'base'] });
    const drafts = [makeDraft(doc, [0], { type: 'ASSAULT', cameo: '190', triggerClass: 'participant' }), makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' })];
    const decided = decide(drafts, makeView(doc, drafts));
    expect(decided).toBe(drafts);
    expect(decided[0].rejected?.stage).toBe('decision');
    expect(decided.map((d) => d.trace)).toEqual([
      [{ stage: 'decision', note: 'turned down by participant-with-other-trigger: participants of another event in the sentence' }],
      [{ stage: 'decision', note: 'passed every filter' }],
    ]);
  });
});
