import type { ActorRef, Document, Modality } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { QUOTE_MARKS } from '../sentence-view.js';

/**
 * What the decision model sees of one candidate event: the lexicon entry that proposed it, its
 * trigger tokens, and what the earlier stages made of it. Built from typed fields, never from the
 * explanation trail.
 */
export interface CandidateView {
  sentence: number;
  /** Token indices of the trigger, first is the anchor. */
  tokens: number[];
  entryId: string;
  entrySource: string;
  triggerClass: string;
  frame: string;
  type: string;
  cameo: string | null;
  modality: Modality;
  actors: ActorRef[];
  recipients: ActorRef[];
  reportedBy: ActorRef[];
  /** Conventions and role rules that filled a slot (place-as-actor, recipient:domestic, passive, ...). */
  conventions: string[];
  /** Other candidate types in the same sentence. */
  sentenceTypes: string[];
}

function bucket(n: number, edges: number[]): string {
  for (const edge of edges) if (n <= edge) return `≤${edge}`;
  return `>${edges[edges.length - 1]}`;
}

/** Whether the anchor stands between an odd number of quote marks of its sentence. */
function insideQuote(doc: Document, sentence: number, anchor: number): boolean {
  let marks = 0;
  for (let i = doc.sentences[sentence].firstToken; i < anchor; i++) if (QUOTE_MARKS.has(doc.tokens[i].text)) marks++;
  return marks % 2 === 1;
}

function sideFeatures(prefix: string, side: ActorRef[], out: string[]): void {
  out.push(`${prefix}.n=${bucket(side.length, [0, 1, 2])}`);
  for (const a of side) {
    out.push(`${prefix}.kind=${a.kind}`);
    out.push(`${prefix}.sector=${a.sector ?? '-'}`);
    if (a.kb_id === null) out.push(`${prefix}.unresolved`);
  }
}

/**
 * Sparse binary features of a candidate, before they are joined with the type a hypothesis gives
 * it (hypothesisFeatures).
 */
export function candidateFeatures(doc: Document, c: CandidateView): string[] {
  const out: string[] = [];
  const sentence = doc.sentences[c.sentence];
  const anchor = c.tokens[0];
  const last = c.tokens[c.tokens.length - 1];
  const token = doc.tokens[anchor];
  const word = (i: number) => (i >= sentence.firstToken && i < sentence.endToken ? doc.tokens[i].lower : i < sentence.firstToken ? '<s>' : '</s>');
  const add = (f: string) => out.push(f);
  out.push(`type=${c.type}`, `entry=${c.entryId}`, `source=${c.entrySource}`);
  add(`lemma=${token.lemma}`);
  add(`word=${token.lower}`);
  add(`class=${c.triggerClass}`);
  add(`frame=${c.frame}`);
  add(`cameo=${c.cameo ?? '-'}`);
  add(`cameo2=${(c.cameo ?? '-').slice(0, 2)}`);
  add(`modality=${c.modality}`);
  add(`words=${bucket(c.tokens.length, [1, 2])}`);
  add(`gap=${last - anchor + 1 > c.tokens.length}`);
  add(`prev=${word(anchor - 1)}`);
  add(`prev2=${word(anchor - 2)} ${word(anchor - 1)}`);
  add(`next=${word(last + 1)}`);
  add(`next2=${word(last + 1)} ${word(last + 2)}`);
  if (token.upos) add(`upos=${token.upos}`);
  if (token.feats) for (const f of token.feats.split('|')) if (/^(VerbForm|Tense|Number|Mood)=/.test(f)) add(`feat=${f}`);
  if (token.deprel) add(`deprel=${token.deprel}`);
  if (token.head !== undefined && token.head >= 0) add(`head=${doc.tokens[token.head].lemma}`);
  add(`capital=${anchor > sentence.firstToken && /^\p{Lu}/u.test(token.text)}`);
  add(`quote=${insideQuote(doc, c.sentence, anchor)}`);
  add(`sentence=${bucket(c.sentence, [0, 1, 2, 5])}`);
  add(`length=${bucket(sentence.endToken - sentence.firstToken, [8, 15, 30, 50])}`);
  add(`position=${bucket(anchor - sentence.firstToken, [0, 2, 5, 10, 20])}`);
  add(`candidates=${bucket(c.sentenceTypes.length, [0, 1, 3])}`);
  for (const other of c.sentenceTypes) add(`with=${other}`);
  add(`actor=${c.actors.length > 0}`);
  add(`recipient=${c.recipients.length > 0}`);
  add(`reported=${c.reportedBy.length > 0}`);
  for (const rule of c.conventions) add(`rule=${rule}`);
  sideFeatures('actor', c.actors, out);
  sideFeatures('recipient', c.recipients, out);
  const codes = new Set(c.actors.map((a) => a.code));
  if (c.recipients.some((r) => codes.has(r.code))) add('self-directed');
  return out;
}

/**
 * Features of the hypothesis that a candidate proposed as `original` is an event of `type`. Each
 * base feature is joined with the type (what makes an ASSAULT real) and with whether the type is
 * the lexicon's own or another one (what makes any candidate real, or retyped).
 */
export function hypothesisFeatures(base: string[], original: string, type: string): string[] {
  const relation = type === original ? 'own' : 'other';
  const out = [`${type}|bias`, `${relation}|bias`, `${original}>${type}`];
  for (const f of base) out.push(`${type}|${f}`, `${relation}|${f}`);
  return out;
}

/** The candidate view of a draft that passed the rule stages. */
export function viewOfDraft(draft: DraftEvent, sentenceTypes: string[]): CandidateView {
  const conventions: string[] = [...draft.conventions];
  if (draft.participantRule) conventions.push(`participants:${draft.participantRule}`);
  if (draft.placeAsActor) conventions.push('place-as-actor');
  // An actor a pronoun or description stands for is less certain than one the sentence names.
  for (const kind of new Set(draft.actorMentions.filter((m) => m.antecedent).map((m) => m.rule.split(':')[0]))) conventions.push(`actor-via:${kind}`);
  if (draft.definite) conventions.push('definite');
  if (draft.shift) conventions.push(`shift:${draft.entry.type}`);
  if (draft.absorbed.length) conventions.push('merged');
  return {
    sentence: draft.sentence,
    tokens: draft.tokens,
    entryId: draft.entry.id,
    entrySource: draft.entry.source,
    triggerClass: draft.entry.triggerClass,
    frame: draft.entry.frame,
    type: draft.type,
    cameo: draft.cameo,
    modality: draft.modality,
    actors: draft.actors,
    recipients: draft.recipients,
    reportedBy: draft.reportedBy.map((m) => m.actor),
    conventions,
    sentenceTypes,
  };
}
