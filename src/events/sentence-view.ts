import type { Document, Mention, Quantity, Token } from '../document/index.js';
import { clauseNumbers } from './clauses.js';
import type { DraftEvent } from './draft.js';
import type { EventLexicon, ModalityCue } from './lexicon.js';
import { candidatesAt, isConditionScope, wordsOfRole } from './lexicon.js';
import { matchAt } from './patterns.js';
import { findQuantities } from './quantities.js';
import { CODER_SETTINGS as SETTINGS } from './settings.js';
import { findSpeechAct } from './speakers.js';

export interface CueMatch {
  cue: ModalityCue;
  tokens: number[];
}

export type MentionRole = 'subject' | 'recipient' | 'agent' | 'place' | 'origin' | 'partner' | 'parties' | 'topic' | 'reporter' | 'speaker';

/** "in Kabul" and "from Kabul" both say where; "from" can also say whom something comes from. */
export const isPlaceRole = (role: MentionRole | undefined) => role === 'place' || role === 'origin';

/** A phrase in which a trigger word names a thing ("press release"), with the entry that names it. */
export interface NonTriggerSpan {
  tokens: number[];
  id: string;
}

/** What the coder's stages read about one sentence, built once per sentence by buildSentenceView. */
export interface SentenceView {
  doc: Document;
  lexicon: EventLexicon;
  /** Index of the sentence in doc.sentences. */
  sentence: number;
  first: number;
  end: number;
  /** One clause number per token of the sentence. */
  clauses: number[];
  cues: CueMatch[];
  mentions: Mention[];
  roles: Map<Mention, MentionRole>;
  speaker: Mention | null;
  quoteSpans: [number, number][];
  /** Token spans of the condition clauses conditional cues open. */
  conditions: [number, number][];
  nonTriggerSpans: NonTriggerSpan[];
  quantities: Quantity[];
  /** True when the sentence has a dependency parse whose roles this language trusts. */
  syntax: boolean;
}

/**
 * The view of sentence `sentence` with its mentions, for the candidate triggers found in it. Clauses
 * open at a coordinator before a candidate's first word, unless a non-trigger phrase holds that word.
 */
export function buildSentenceView(doc: Document, lexicon: EventLexicon, sentence: number, mentions: Mention[], candidates: DraftEvent[], syntax: boolean): SentenceView {
  const { firstToken: first, endToken: end } = doc.sentences[sentence];
  const blockers = nonTriggerSpans(doc.tokens, first, end, lexicon);
  const verbStarts = new Set(candidates.filter((d) => !nonTriggerSpanAt(blockers, d.tokens[0])).map((d) => d.tokens[0]));
  const view: SentenceView = {
    doc,
    lexicon,
    sentence,
    first,
    end,
    clauses: clauseNumbers(doc.tokens, first, end, lexicon.clauseWords, wordsOfRole(lexicon, 'coordinator'), verbStarts),
    cues: findCues(doc.tokens, first, end, lexicon),
    mentions,
    roles: new Map(),
    speaker: null,
    quoteSpans: quoteSpans(doc.tokens, first, end),
    conditions: [],
    nonTriggerSpans: blockers,
    quantities: [],
    syntax,
  };
  view.roles = mentionRoles(view, sourcesOf(view));
  view.speaker = findSpeechAct(doc, lexicon, first, end, mentions)?.speaker ?? doc.sentences[sentence].speaker?.mention ?? null;
  if (view.speaker && view.roles.get(view.speaker) === 'subject') view.roles.set(view.speaker, 'speaker');
  view.conditions = conditionSpans(view);
  view.quantities = findQuantities(doc.text, doc.tokens, first, end, lexicon);
  return view;
}

/** The non-trigger phrase holding the token, if any. */
export function nonTriggerSpanAt(spans: NonTriggerSpan[], token: number): NonTriggerSpan | undefined {
  return spans.find((b) => b.tokens.includes(token));
}

/** Marks that open or close a direct quotation. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»']);

export function clauseOf(view: SentenceView, token: number): number {
  return view.clauses[token - view.first];
}

/** The tokens of the phrases on which no trigger fires ("press release", "eist ... op"), with the entry that names them. */
function nonTriggerSpans(tokens: Token[], first: number, end: number, lexicon: EventLexicon): NonTriggerSpan[] {
  const spans: NonTriggerSpan[] = [];
  const index = lexicon.nonTriggers;
  if (index.byWord.size + index.byPrefix.size + index.shortPrefixes.length + index.bySuffix.size + index.shortSuffixes.length === 0) return spans;
  for (let i = first; i < end; i++) {
    for (const phrase of candidatesAt(lexicon.nonTriggers, tokens[i].lower, tokens[i].lemma)) {
      const matched = matchAt(phrase.pattern, tokens, i, end);
      if (matched) spans.push({ tokens: matched, id: phrase.id });
    }
  }
  return spans;
}

function findCues(tokens: Token[], first: number, end: number, lexicon: EventLexicon): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = first; i < end; i++) {
    // Cues are function words: capitalised inside a sentence they are names ("1 May", "Als").
    if (i > first && /^\p{Lu}/u.test(tokens[i].text) && !/^\p{P}/u.test(tokens[i - 1].text)) continue;
    for (const cue of candidatesAt(lexicon.cues, tokens[i].lower, tokens[i].lemma)) {
      const matched = matchAt(cue.pattern, tokens, i, end);
      if (matched) found.push({ cue, tokens: matched });
    }
  }
  return found;
}

/** Spans of direct quotations inside the sentence, as token ranges. */
function quoteSpans(tokens: Token[], first: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = first; i < end; i++) {
    if (!QUOTE_MARKS.has(tokens[i].text)) continue;
    if (open < 0) open = i;
    else {
      spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

export function insideQuote(view: SentenceView, token: number): boolean {
  return view.quoteSpans.some(([a, b]) => token > a && token < b);
}

/** The role the words around a mention give it: the preposition before it, or coordination with a marked mention. */
function mentionRoles(view: SentenceView, sources: Set<Mention>): Map<Mention, MentionRole> {
  const { doc, lexicon } = view;
  const roles = new Map<Mention, MentionRole>();
  let previous: Mention | null = null;
  const possessives = wordsOfRole(lexicon, 'possessive');
  // "against its neighbour", "over two Israeli raids": determiners, possessives and numbers stand
  // between a preposition and its name.
  const between = (t: Token) => lexicon.determiners.has(t.lower) || possessives.has(t.lower) || lexicon.numberWords.has(t.lower) || /^\d[\d.,]*$/.test(t.text);
  for (const m of view.mentions) {
    let role: MentionRole = 'subject';
    let i = m.firstToken - 1;
    while (i >= view.first && between(doc.tokens[i])) i--;
    const marker = i >= view.first ? lexicon.prepositions.get(doc.tokens[i].lower) : undefined;
    if (sources.has(m)) role = 'reporter';
    else if (marker) role = marker as MentionRole;
    else if (previous && previous.endToken <= m.firstToken && coordinated(view, previous, m) && continuesList(view, previous, m)) role = roles.get(previous) ?? 'subject';
    roles.set(m, role);
    previous = m;
  }
  return roles;
}

/**
 * "against Russia and Belarus", "against Russia, Belarus and Iran": b shares a's preposition when a
 * conjunction joins them or the list goes on after b. A comma alone may end a clause instead:
 * "According to Kyiv, Russia attacked ...".
 */
function continuesList(view: SentenceView, a: Mention, b: Mention): boolean {
  const conjunctions = wordsOfRole(view.lexicon, 'conjunction');
  if (view.doc.tokens.slice(a.endToken, b.firstToken).some((t) => conjunctions.has(t.lower))) return true;
  const next = view.doc.tokens[b.endToken];
  return next !== undefined && b.endToken < view.end && (next.text === ',' || conjunctions.has(next.lower));
}

function coordinated(view: SentenceView, a: Mention, b: Mention): boolean {
  const between = view.doc.tokens.slice(a.endToken, b.firstToken);
  if (between.length === 0 || between.length > SETTINGS.coordinationReach) return false;
  // "drones and gunboats hit depots of the ... navy": an "of" between ends the list.
  const links = wordsOfRole(view.lexicon, 'genitive');
  return (
    (between[0].text === ',' || wordsOfRole(view.lexicon, 'conjunction').has(between[0].lower)) &&
    between.every((t) => !view.lexicon.clauseWords.has(t.lower) && !view.lexicon.prepositions.has(t.lower) && !links.has(t.lower))
  );
}

function sourcesOf(view: SentenceView): Set<Mention> {
  const sources = new Set<Mention>();
  for (const c of view.cues) {
    if (c.cue.scope !== 'source') continue;
    const last = c.tokens[c.tokens.length - 1];
    const source = view.mentions.find((m) => m.firstToken > last && m.firstToken - last <= SETTINGS.sourceReach);
    if (source) sources.add(source);
  }
  return sources;
}

/** Token span of the condition clause a conditional cue opens, or null. */
function conditionSpans(view: SentenceView): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of view.cues) {
    if (!isConditionScope(c.cue.scope)) continue;
    const at = c.tokens[0];
    const opensClause = at === view.first || [',', ';', ':', '-', '–', '"', '“'].includes(view.doc.tokens[at - 1].text);
    if (c.cue.scope === 'opening-condition' && !opensClause) continue;
    let end = at + 1;
    while (end < view.end && ![',', ';', ':'].includes(view.doc.tokens[end].text)) end++;
    spans.push([at, end]);
  }
  return spans;
}

/**
 * Mentions coordinated with `m` ("Biden, Macron en Scholz"), including itself. Commas alone do not
 * make a list (they also close clauses and set off appositions): a chain counts when it holds "en"/"and".
 */
export function coordinationGroup(view: SentenceView, m: Mention): Mention[] {
  const index = view.mentions.indexOf(m);
  // A speaker named in a neighbouring sentence stands alone.
  if (index < 0) return [m];
  let first = index;
  let last = index;
  while (first > 0 && coordinated(view, view.mentions[first - 1], view.mentions[first])) first--;
  while (last + 1 < view.mentions.length && coordinated(view, view.mentions[last], view.mentions[last + 1])) last++;
  const chain = view.mentions.slice(first, last + 1);
  const conjunctions = wordsOfRole(view.lexicon, 'conjunction');
  const hasConjunction = chain.some((c, k) => k > 0 && view.doc.tokens.slice(chain[k - 1].endToken, c.firstToken).some((t) => conjunctions.has(t.lower)));
  return hasConjunction ? chain : [m];
}

/** Whether a finite auxiliary stands before the trigger in its clause ("heeft ... ontboden"). */
export function auxiliaryBefore(view: SentenceView, anchor: number): boolean {
  const auxiliaries = wordsOfRole(view.lexicon, 'auxiliary');
  const clause = clauseOf(view, anchor);
  for (let i = anchor - 1; i >= view.first && clauseOf(view, i) === clause; i--) if (auxiliaries.has(view.doc.tokens[i].lower)) return true;
  return false;
}
