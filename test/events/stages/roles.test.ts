import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../../../src/events/draft.js';
import { assignRoles } from '../../../src/events/stages/roles.js';
import { makeDoc, makeDraft, makeView } from '../make-doc.js';

const who = (d: DraftEvent) => `${d.participantRule} ${d.actorMentions.map((m) => m.actor.code).join('+') || '-'}>${d.recipientMentions.map((m) => m.actor.code).join('+') || '-'}`;

describe('the roles stage', () => {
  it('reads actor and recipient off word order', () => {
    const doc = makeDoc({ words: ['Russia', 'attacked', 'Ukraine'], mentions: [{ tokens: [0, 1], code: 'RUS' }, { tokens: [2, 3], code: 'UKR' }] });
    const drafts = [makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' })];
    expect(assignRoles(drafts, makeView(doc, drafts)).map(who)).toEqual(['frame:svo RUS>UKR']);
    expect(drafts[0].trace).toEqual([{ stage: 'roles', note: 'frame:svo: actors Russia; recipients Ukraine' }]);
  });

  it('turns a passive round: the "by" phrase acts on the subject', () => {
    const doc = makeDoc({ words: ['Ukraine', 'was', 'attacked', 'by', 'Russia'], mentions: [{ tokens: [0, 1], code: 'UKR' }, { tokens: [4, 5], code: 'RUS' }] });
    const drafts = [makeDraft(doc, [2], { type: 'ASSAULT', cameo: '190' })];
    expect(assignRoles(drafts, makeView(doc, drafts)).map(who)).toEqual(['frame:svo:passive RUS>UKR']);
  });

  it('reads subject and object off the parse when the view has one', () => {
    const doc = makeDoc({
      words: ['Ukraine', 'said', 'Russia', 'attacked', 'Kyiv'],
      upos: ['PROPN', 'VERB', 'PROPN', 'VERB', 'PROPN'],
      heads: [1, -1, 3, 1, 3],
      deprels: ['nsubj', 'root', 'nsubj', 'ccomp', 'obj'],
      mentions: [{ tokens: [0, 1], code: 'UKR' }, { tokens: [2, 3], code: 'RUS' }, { tokens: [4, 5], code: 'UKR' }],
    });
    const drafts = [makeDraft(doc, [3], { type: 'ASSAULT', cameo: '190' })];
    expect(assignRoles(drafts, makeView(doc, drafts, true)).map(who)).toEqual(['syntax RUS>UKR']);
  });

  it('leaves turned-down drafts alone', () => {
    const doc = makeDoc({ words: ['Russia', 'attacked', 'Ukraine'], mentions: [{ tokens: [0, 1], code: 'RUS' }, { tokens: [2, 3], code: 'UKR' }] });
    const drafts = [makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' })];
    drafts[0].rejected = { stage: 'decision', filter: 'inside-name', reason: 'part of a name' };
    expect(assignRoles(drafts, makeView(doc, drafts)).map(who)).toEqual(['null ->-']);
  });
});
