import type { ActorRef, Document } from '../../document/index.js';
import { uniqueActors } from '../actor-refs.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';

const sameActor = (a: ActorRef, b: ActorRef) => a.code === b.code && a.sector === b.sector;

/**
 * Stage 6a: two triggers of one type close together in a sentence are one event ("staan paraat ...
 * ingezet"); far apart (a headline run into the text) they are two. The sentence's quantities go to
 * the nearest event.
 */
export function mergeSameEvents(drafts: DraftEvent[], view: SentenceView): DraftEvent[] {
  const kept: DraftEvent[] = [];
  for (const draft of drafts.filter(standing)) {
    draft.definite = draft.entry.triggerClass !== 'verb' && isDefinite(view, draft.tokens[0]);
    const same = kept.find((e) => e.type === draft.type && Math.abs(e.trigger.start - draft.trigger.start) <= SETTINGS.sameEventReach);
    if (!same) {
      kept.push(draft);
      draft.trace.push({ stage: 'merge', note: 'an event of its own' });
      continue;
    }
    mergeInto(same, draft);
    draft.mergedInto = same.tokens[0];
    draft.trace.push({ stage: 'merge', note: `merged into "${same.trigger.text}"` });
  }
  if (kept.length === 0) return drafts;
  for (const q of view.quantities) {
    const nearest = kept.reduce((best, e) => (Math.abs(e.trigger.start - q.start) < Math.abs(best.trigger.start - q.start) ? e : best));
    nearest.quantities.push(q);
  }
  return drafts;
}

/**
 * Meetings gather everyone either trigger names. Otherwise the first trigger's roles stand and the
 * second only fills what the first left empty, unless the first is a noun and the second its verb
 * ("a bombing ... killed one soldier"): a verb's subject and object are surer than the words around a noun.
 */
function mergeInto(same: DraftEvent, draft: DraftEvent): void {
  const ownRecipients = draft.conventions.includes('recipient:domestic') ? [] : draft.recipients;
  if (draft.entry.triggerClass === 'verb' && same.entry.triggerClass === 'noun') {
    if (draft.actors.length) same.actors = draft.actors;
    if (ownRecipients.length) same.recipients = ownRecipients.filter((r) => !same.actors.some((a) => sameActor(a, r)));
  }
  // What the first trigger acts on does not become its actor ("killed one soldier and wounded two").
  const reciprocal = draft.entry.frame === 'reciprocal';
  const newActors = draft.actors.filter((a) => reciprocal || !same.recipients.some((r) => sameActor(r, a)));
  if (same.actors.length === 0 || reciprocal) same.actors = uniqueActors([...same.actors, ...newActors]);
  if (same.recipients.length === 0 || same.conventions.includes('recipient:domestic')) {
    const recipients = draft.recipients.filter((r) => !same.actors.some((a) => sameActor(a, r)));
    if (recipients.length) same.recipients = recipients;
  }
  same.absorbed.push(draft.entry.id);
}

/** A nominal trigger inside a definite noun phrase ("de schietpartij", "De verhoogde alarmfase"). */
function isDefinite(view: SentenceView, anchor: number): boolean {
  for (let i = anchor - 1; i >= Math.max(view.first, anchor - SETTINGS.definiteReach); i--) {
    const t = view.doc.tokens[i];
    const kind = view.lexicon.determiners.get(t.lower);
    if (kind) return kind === 'definite';
    if (/^\p{P}$/u.test(t.text)) return false;
  }
  return false;
}

function sharesActor(a: DraftEvent, b: DraftEvent): boolean {
  return a.actors.some((x) => b.actors.some((y) => x.code === y.code));
}

/**
 * Stage 6b, over the whole document: a nominal mention that only adds detail to an earlier event of
 * the same type is attached to it instead of standing alone: a definite one with no actor of its own
 * ("de verhoogde alarmfase betekent ..."), or one by the same actor ("sprak van een goed overleg").
 */
export function attachDetails(drafts: DraftEvent[], doc: Document): DraftEvent[] {
  const kept: DraftEvent[] = [];
  for (const draft of drafts.filter(standing)) {
    const nominal = draft.entry.triggerClass !== 'verb';
    const earlier = [...kept].reverse().find((e) => e.type === draft.type && e.sentence !== draft.sentence);
    const detail = earlier && nominal && ((draft.actors.length === 0 && draft.definite) || sharesActor(earlier, draft));
    if (!earlier || !detail) {
      kept.push(draft);
      continue;
    }
    const sentence = doc.sentences[draft.sentence];
    earlier.details.push({ text: draft.trigger.text, start: sentence.start, end: sentence.end, quantities: draft.quantities });
    draft.attachedTo = earlier.tokens[0];
    draft.trace.push({ stage: 'merge', note: `adds detail to "${earlier.trigger.text}" of sentence ${earlier.sentence + 1}` });
  }
  return drafts;
}
