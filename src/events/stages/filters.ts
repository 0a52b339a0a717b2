import type { Token } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { wordsOfRole } from '../lexicon.js';
import type { SentenceView } from '../sentence-view.js';
import { auxiliaryBefore, clauseOf, nonTriggerSpanAt } from '../sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { takesAsContent } from '../shifts.js';
import { modalityOf } from './modality.js';

export type FilterName =
  | 'non-trigger-span'
  | 'participant-with-other-trigger'
  | 'governed-content'
  | 'attributive-participle'
  | 'inside-actor'
  | 'inside-name'
  | 'modality-drop';

/** A named test that turns a candidate down: why it is no event here, or null when it passes. */
export interface TriggerFilter {
  name: FilterName;
  /** `standing`: the sentence's candidates that no earlier filter of the table turned down. */
  test(draft: DraftEvent, view: SentenceView, standing: DraftEvent[]): string | null;
}

/** The filters in the order they apply; the decision stage runs each over the candidates still standing. */
export const TRIGGER_FILTERS: readonly TriggerFilter[] = [
  {
    name: 'non-trigger-span',
    test: (draft, view) => {
      const blocker = nonTriggerSpanAt(view.nonTriggerSpans, draft.tokens[0]);
      return blocker ? `names a thing, not an event (${blocker.id})` : null;
    },
  },
  {
    // "bombers" name the participants of the attack the sentence also names.
    name: 'participant-with-other-trigger',
    test: (draft, _view, standing) =>
      draft.entry.triggerClass === 'participant' && standing.some((d) => d.entry.triggerClass !== 'participant')
        ? 'participants of another event in the sentence'
        : null,
  },
  {
    // A candidate turned down by a later filter still governs: "refused to meet" inside a condition.
    name: 'governed-content',
    test: (draft, view, standing) => {
      const governor = governingTrigger(view, draft, standing.slice(0, standing.indexOf(draft))) ?? finalGoverningVerb(view, draft, standing);
      return governor ? `content of the ${governor.entry.type} trigger "${governor.trigger.text}"` : null;
    },
  },
  { name: 'attributive-participle', test: (draft, view) => (isAttributive(view, draft) ? 'a participle describing a noun' : null) },
  { name: 'inside-actor', test: (draft, view) => (insideActor(view, draft) ? 'part of an actor\'s description ("riot police")' : null) },
  { name: 'inside-name', test: (draft, view) => (insideName(view, draft) ? 'part of a name' : null) },
  { name: 'modality-drop', test: (draft, view) => modalityOf(view, draft).drop },
];

/** A participle after a determiner describes a noun ("the occupied West Bank", "de gearresteerde man"). */
function isAttributive(view: SentenceView, draft: DraftEvent): boolean {
  const anchor = draft.tokens[0];
  if (draft.entry.triggerClass !== 'verb' || anchor === view.first) return false;
  const before = view.doc.tokens[anchor - 1];
  return view.lexicon.determiners.has(before.lower) && view.lexicon.participles.attributive.some((shape) => shape.test(view.doc.tokens[anchor].lower));
}

/** The earlier trigger whose content this one is ("refused to meet": meet is what was refused), if any. */
function governingTrigger(view: SentenceView, draft: DraftEvent, earlier: DraftEvent[]): DraftEvent | null {
  const anchor = draft.tokens[0];
  for (const g of [...earlier].reverse()) {
    const end = g.tokens[g.tokens.length - 1];
    if (end >= anchor || anchor - end > SETTINGS.contentReach || !takesAsContent(g.entry.type, draft.entry.type)) continue;
    const between = view.doc.tokens.slice(end + 1, anchor);
    if (between.some((t) => t.text === ';' || t.text === '.')) continue;
    // Verb-final clauses put the verb after its object: an event noun before a verb is often what the verb acts on.
    if (view.lexicon.wordOrder.verbFinal && g.entry.triggerClass === 'noun' && draft.entry.triggerClass === 'verb' && !opensContent(view, between, anchor)) continue;
    return g;
  }
  return null;
}

/**
 * In a verb-final clause the governing verb comes after what it governs: "Nederland heeft de aanval
 * van Rusland veroordeeld" condemns the attack, so the attack is that verb's content.
 */
function finalGoverningVerb(view: SentenceView, draft: DraftEvent, candidates: DraftEvent[]): DraftEvent | null {
  if (!view.lexicon.wordOrder.verbFinal || draft.entry.triggerClass === 'verb') return null;
  const anchor = draft.tokens[0];
  const clause = clauseOf(view, anchor);
  for (const g of candidates) {
    const at = g.tokens[g.tokens.length - 1];
    if (g === draft || g.entry.triggerClass !== 'verb' || at <= anchor || clauseOf(view, at) !== clause) continue;
    if (takesAsContent(g.entry.type, draft.entry.type) && auxiliaryBefore(view, anchor) && !inPrepositionalPhrase(view, anchor)) return g;
  }
  return null;
}

/** Whether a preposition, perhaps with a determiner, stands before the noun: "tijdens de top". */
function inPrepositionalPhrase(view: SentenceView, noun: number): boolean {
  let i = noun - 1;
  if (i >= view.first && view.lexicon.determiners.has(view.doc.tokens[i].lower)) i--;
  if (i < view.first) return false;
  const word = view.doc.tokens[i].lower;
  return view.lexicon.prepositions.has(word) || wordsOfRole(view.lexicon, 'preposition').has(word);
}

/**
 * A verb is the content of an event noun before it only through an infinitive, a "that" clause or a
 * gerund ("the call to impose", "het verzoek om ... te sturen", "accusations of attacking"); else the
 * noun is the verb's object ("heeft het verzoek van de oppositie verworpen").
 */
function opensContent(view: SentenceView, between: Token[], anchor: number): boolean {
  const links = [wordsOfRole(view.lexicon, 'infinitive'), wordsOfRole(view.lexicon, 'complementizer')];
  if (between.some((t) => links.some((words) => words.has(t.lower)))) return true;
  return view.lexicon.participles.adverbial.some((shape) => shape.test(view.doc.tokens[anchor].lower));
}

/**
 * An event word that modifies the head of a mention describes the actor ("riot police"); as the head
 * itself it is the event ("NAVO-top", "EU summit"). Participants ("bombers") are meant to be inside.
 */
function insideActor(view: SentenceView, draft: DraftEvent): boolean {
  if (draft.entry.triggerClass === 'participant') return false;
  const last = draft.tokens[draft.tokens.length - 1];
  return view.mentions.some((m) => draft.tokens[0] >= m.firstToken && last < m.endToken - 1);
}

/** A capitalised trigger inside a sentence is part of a name ("Office for Relief and Reconstruction"). */
function insideName(view: SentenceView, draft: DraftEvent): boolean {
  const tokens = view.doc.tokens;
  const words = tokens.slice(view.first, view.end).filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (words.length === 0 || capitalised / words.length > SETTINGS.headlineCapitalShare) return false;
  return draft.tokens.some((i) => i > view.first && /^\p{Lu}\p{Ll}/u.test(tokens[i].text));
}
