import type { ActorRef, Document, Event, Mention, Modality, PartialDate, Quantity, Span } from '../document/index.js';
import { actorRef, uniqueActors } from './actor-refs.js';
import type { TriggerEntry } from './lexicon.js';
import { cameoEntry } from './ontology.js';
import type { FilterName } from './stages/filters.js';

/** The stages of the coder, in the order they run. */
export type StageName = 'candidates' | 'decision' | 'roles' | 'modality' | 'conventions' | 'merge' | 'confidence';

/** What one stage decided for one candidate, for `paraat explain`. */
export interface StageNote {
  stage: StageName;
  note: string;
}

/** Why a candidate is no event: the stage and the filter that turned it down. */
export interface Rejection {
  stage: StageName;
  filter: FilterName;
  reason: string;
}

/** An event convention of ontology/conventions.tsv that filled in what the text left unnamed. */
export type AppliedConvention = 'actor:domestic' | 'recipient:domestic-force' | 'recipient:domestic' | 'actor:previous-event' | 'actor:article-country' | 'actor:article-country-group';

/** A later sentence's mention that only adds detail to an event. */
export interface EventDetail {
  text: string;
  start: number;
  end: number;
  quantities: Quantity[];
}

/**
 * One candidate trigger on its way to an event. Stage 1 (candidates) makes it; each later stage
 * fills its own fields and notes what it decided. Drafts name other drafts by their first token
 * (no two candidates of a document share a token).
 */
export interface DraftEvent {
  sentence: number;
  entry: TriggerEntry;
  /** Token indexes (into Document.tokens) the trigger pattern matched. */
  tokens: number[];
  trigger: Span;
  /** Set by the decision stage for a candidate that is no event; the draft stays in the list. */
  rejected: Rejection | null;
  // roles
  actorMentions: Mention[];
  recipientMentions: Mention[];
  participantRule: string | null;
  placeAsActor: boolean;
  place: string | null;
  date: { date: PartialDate | null; text: string | null };
  // modality: type, CAMEO code and mode start as the entry's and change when the modality shifts them
  type: string;
  cameo: string;
  mode: string | null;
  modeCue: string | null;
  modality: Modality;
  modalityCues: string[];
  reportedBy: Mention[];
  /** The modality that changed what the event is (a conditional sanction is a threat). */
  shift: { when: Modality } | null;
  // conventions
  actors: ActorRef[];
  recipients: ActorRef[];
  conventions: AppliedConvention[];
  // merge
  /** A nominal trigger inside a definite noun phrase ("de schietpartij"). */
  definite: boolean;
  /** First token of the draft of the same sentence this one merged into. */
  mergedInto: number | null;
  /** Entries of the triggers merged into this one, in the order they merged. */
  absorbed: string[];
  quantities: Quantity[];
  /** First token of the earlier event this one adds detail to. */
  attachedTo: number | null;
  details: EventDetail[];
  confidence: number | null;
  trace: StageNote[];
}

/** Why a candidate trigger did or did not become an event; `paraat explain` prints these. */
export interface TriggerDecision {
  sentence: number;
  trigger: string;
  entry: string;
  type: string;
  outcome: 'event' | 'dropped' | 'merged';
  reason: string;
  /** The stage that settled the outcome. */
  stage: StageName;
  /** What each stage decided for the candidate. */
  steps: StageNote[];
}

export function newDraft(doc: Document, sentence: number, entry: TriggerEntry, tokens: number[]): DraftEvent {
  return {
    sentence,
    entry,
    tokens,
    trigger: triggerSpan(doc, tokens),
    rejected: null,
    actorMentions: [],
    recipientMentions: [],
    participantRule: null,
    placeAsActor: false,
    place: null,
    date: { date: null, text: null },
    type: entry.type,
    cameo: entry.cameo,
    mode: entry.mode,
    modeCue: null,
    modality: 'asserted',
    modalityCues: [],
    reportedBy: [],
    shift: null,
    actors: [],
    recipients: [],
    conventions: [],
    definite: false,
    mergedInto: null,
    absorbed: [],
    quantities: [],
    attachedTo: null,
    details: [],
    confidence: null,
    trace: [],
  };
}

/** A draft still on its way to an event of its own: not turned down, not merged into another. */
export function standing(draft: DraftEvent): boolean {
  return draft.rejected === null && draft.mergedInto === null;
}

function triggerSpan(doc: Document, tokens: number[]): Span {
  const start = doc.tokens[tokens[0]].start;
  const end = doc.tokens[tokens[tokens.length - 1]].end;
  const parts: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k] !== tokens[k - 1] + 1) parts.push('...');
    parts.push(doc.tokens[tokens[k]].text);
  }
  return { start, end, text: parts.join(' ') };
}

/** The lexicon entries and rules that produced the event, for explanation: written here, never read back. */
function rulesOf(draft: DraftEvent): string[] {
  const rules = [draft.entry.id, `class:${draft.entry.triggerClass}`, draft.participantRule ?? '', ...draft.modalityCues];
  if (draft.definite) rules.push('reference:definite');
  if (draft.shift) rules.push(`shift:${draft.entry.type}+${draft.shift.when}->${draft.type}`);
  if (draft.modeCue) rules.push(draft.modeCue);
  rules.push(...draft.conventions, ...draft.absorbed.map((id) => `merged:${id}`));
  return rules;
}

/** The event a draft that passed every stage becomes. */
export function eventOf(draft: DraftEvent, doc: Document): Event {
  const entry = cameoEntry(draft.cameo);
  const sentence = doc.sentences[draft.sentence];
  return {
    type: draft.type,
    mode: draft.mode,
    cameo: draft.cameo,
    goldstein: entry.goldstein,
    quad_class: entry.quadClass,
    actors: draft.actors,
    recipients: draft.recipients,
    modality: draft.modality,
    reported_by: uniqueActors(draft.reportedBy.map(actorRef)),
    quantities: draft.quantities,
    place: draft.place,
    date: draft.date.date,
    ...(draft.date.text ? { date_text: draft.date.text } : {}),
    evidence: { start: sentence.start, end: sentence.end, trigger: draft.trigger },
    confidence: draft.confidence ?? 0,
    rules: rulesOf(draft),
    ...(draft.details.length ? { details: draft.details } : {}),
  };
}

/**
 * Why each draft did or did not become an event, in text order; then the drafts that add detail to
 * an event of an earlier sentence (sentence -1).
 */
export function decisionsOf(drafts: DraftEvent[]): TriggerDecision[] {
  const decisions: TriggerDecision[] = drafts.map((d) => {
    const base = { sentence: d.sentence, trigger: d.trigger.text, entry: d.entry.id, steps: d.trace };
    if (d.rejected) return { ...base, type: d.entry.type, outcome: 'dropped', reason: d.rejected.reason, stage: d.rejected.stage };
    if (d.mergedInto !== null) return { ...base, type: d.type, outcome: 'merged', reason: 'same type as an earlier trigger in the sentence', stage: 'merge' };
    return { ...base, type: d.type, outcome: 'event', reason: `${d.participantRule}; modality ${d.modality}`, stage: 'merge' };
  });
  for (const d of drafts) {
    const earlier = d.attachedTo === null ? undefined : drafts.find((e) => e.tokens[0] === d.attachedTo);
    if (!earlier) continue;
    decisions.push({
      sentence: -1,
      trigger: d.trigger.text,
      entry: d.entry.id,
      type: d.type,
      outcome: 'merged',
      reason: `adds detail to the ${earlier.type} event of "${earlier.trigger.text}"`,
      stage: 'merge',
      steps: [],
    });
  }
  return decisions;
}
