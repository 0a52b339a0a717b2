import type { ActorRef, Document, Event, Modality } from '../../document/index.js';

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

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

function bucket(n: number, edges: number[]): string {
  for (const edge of edges) if (n <= edge) return `≤${edge}`;
  return `>${edges[edges.length - 1]}`;
}

/** The token whose span holds the character offset (binary search; tokens are in text order). */
export function tokenAt(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
 * Sparse binary features of a candidate. Conjunctions with the proposed type let one weight vector
 * learn what makes an ASSAULT trigger real and what makes a REQUEST one real.
 */
export function candidateFeatures(doc: Document, c: CandidateView): string[] {
  const out: string[] = [];
  const t = c.type;
  const sentence = doc.sentences[c.sentence];
  const anchor = c.tokens[0];
  const last = c.tokens[c.tokens.length - 1];
  const token = doc.tokens[anchor];
  const word = (i: number) => (i >= sentence.firstToken && i < sentence.endToken ? doc.tokens[i].lower : i < sentence.firstToken ? '<s>' : '</s>');
  const add = (f: string) => {
    out.push(f);
    out.push(`${t}|${f}`);
  };
  out.push('bias', `type=${t}`, `entry=${c.entryId}`, `source=${c.entrySource}`);
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

/** Rules of a coded event that name a role decision or a convention rather than a lexicon line. */
const ROLE_RULE = /^(frame:|recipient:|actor:|shift:|reference:|merged:|convention)/;

/**
 * The candidate view of an event as the coder emits it. The coder writes its entry, class and
 * role rules into `rules` (entry first, class second); this reads them as the typed record the
 * coder's stages keep.
 */
export function viewOfEvent(doc: Document, event: Event, entrySource: (entryId: string) => string, sentenceTypes: string[]): CandidateView {
  const anchor = tokenAt(doc, event.evidence.trigger.start);
  const end = tokenAt(doc, Math.max(event.evidence.trigger.start, event.evidence.trigger.end - 1));
  const tokens = [anchor];
  const parts = event.evidence.trigger.text.split(' ').filter((p) => p !== '...');
  // A trigger with a gap ("valt ... aan") names its tokens; find each after the previous one.
  for (let k = 1, i = anchor + 1; k < parts.length && i <= end; i++) {
    if (doc.tokens[i].text === parts[k]) {
      tokens.push(i);
      k++;
    }
  }
  const entryId = event.rules[0] ?? '-';
  const triggerClass = event.rules.find((r) => r.startsWith('class:'))?.slice(6) ?? '-';
  const frameRule = event.rules.find((r) => r.startsWith('frame:')) ?? 'frame:svo';
  return {
    sentence: doc.tokens[anchor].sentence,
    tokens,
    entryId,
    entrySource: entrySource(entryId),
    triggerClass,
    frame: frameRule.split(':')[1] ?? 'svo',
    type: event.type,
    cameo: event.cameo,
    modality: event.modality,
    actors: event.actors,
    recipients: event.recipients,
    reportedBy: event.reported_by,
    conventions: event.rules.filter((r) => ROLE_RULE.test(r)).map((r) => r.replace(/^merged:.*/, 'merged').replace(/^(shift:[A-Z]+)\+.*/, '$1')),
    sentenceTypes,
  };
}
