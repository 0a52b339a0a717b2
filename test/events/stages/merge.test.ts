import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../../../src/document/index.js';
import { mergeSameEvents } from '../../../src/events/stages/merge.js';
import { makeDoc, makeDraft, makeView } from '../make-doc.js';

const state = (code: string): ActorRef => ({ code, sector: null, kind: 'state', name: code, kb_id: null });

describe('the merge stage', () => {
  it('merges a verb into the noun of the same event before it, the verb\'s roles standing', () => {
    const doc = makeDoc({ words: ['The', 'bombing', 'by', 'Russia', 'killed', 'two', 'Ukrainians'] });
    const bombing = makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190', triggerClass: 'noun' });
    const killed = makeDraft(doc, [4], { type: 'ASSAULT', cameo: '190' });
    bombing.actors = [state('XXX')];
    killed.actors = [state('RUS')];
    killed.recipients = [state('UKR')];
    const drafts = mergeSameEvents([bombing, killed], makeView(doc, [bombing, killed]));
    expect(drafts.map((d) => d.mergedInto)).toEqual([null, 1]);
    expect(bombing.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(bombing.recipients.map((a) => a.code)).toEqual(['UKR']);
    expect(bombing.absorbed).toEqual(['test:ASSAULT']);
    expect(bombing.definite).toBe(true);
    expect(killed.trace).toEqual([{ stage: 'merge', note: 'merged into "bombing"' }]);
  });

  it('keeps the first trigger\'s roles against a noun after it, filling only what it left empty', () => {
    const doc = makeDoc({ words: ['Russia', 'attacked', 'in', 'a', 'raid', 'on', 'Ukraine'] });
    const attacked = makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' });
    const raid = makeDraft(doc, [4], { type: 'ASSAULT', cameo: '190', triggerClass: 'noun' });
    attacked.actors = [state('RUS')];
    raid.actors = [state('XXX')];
    raid.recipients = [state('UKR')];
    mergeSameEvents([attacked, raid], makeView(doc, [attacked, raid]));
    expect(attacked.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(attacked.recipients.map((a) => a.code)).toEqual(['UKR']);
    expect(raid.definite).toBe(false);
  });
});
