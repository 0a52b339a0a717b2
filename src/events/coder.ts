import type { ActorRef, Document, Event, Mention, Modality, Quantity, Token } from '../document/index.js';
import { clauseNumbers } from './clauses.js';
import { convention } from './conventions.js';
import type { EventLexicon, ModalityCue, TriggerEntry } from './lexicon.js';
import { candidatesAt, eventLexicon, hasEventLexicon, isConditionScope, wordsOfRole } from './lexicon.js';
import { cameoEntry } from './ontology.js';
import { matchAt } from './patterns.js';
import { findQuantities } from './quantities.js';
import { modalityShift, takesAsContent } from './shifts.js';
import { eventDate } from './dates.js';
import { attachDetails } from './merge.js';
import { findSpeechAct } from './speakers.js';
import { syntacticRoles } from './syntax-roles.js';

/** Why a candidate trigger did or did not become an event; `paraat explain` prints these. */
export interface TriggerDecision {
  sentence: number;
  trigger: string;
  entry: string;
  type: string;
  outcome: 'event' | 'dropped' | 'merged';
  reason: string;
}

interface TriggerMatch {
  entry: TriggerEntry;
  tokens: number[];
}

interface CueMatch {
  cue: ModalityCue;
  tokens: number[];
}

type MentionRole = 'subject' | 'recipient' | 'agent' | 'place' | 'origin' | 'partner' | 'parties' | 'topic' | 'reporter' | 'speaker';

/** "in Kabul" and "from Kabul" both say where; "from" can also say whom something comes from. */
const isPlaceRole = (role: MentionRole | undefined) => role === 'place' || role === 'origin';

interface SentenceContext {
  doc: Document;
  lexicon: EventLexicon;
  first: number;
  end: number;
  clauses: number[];
  cues: CueMatch[];
  mentions: Mention[];
  roles: Map<Mention, MentionRole>;
  speaker: Mention | null;
  quoteSpans: [number, number][];
  /** True when the sentence has a dependency parse whose roles this language trusts. */
  syntax: boolean;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

function clauseOf(ctx: SentenceContext, token: number): number {
  return ctx.clauses[token - ctx.first];
}

const VERBAL_TAGS = new Set(['VERB', 'AUX']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * A match made through the lemma alone must agree with the part of speech: the lemma "accord" of
 * "According" is no agreement. Surface forms written in the lexicon are trusted as they are.
 */
function agreesWithTag(entry: TriggerEntry, token: Token): boolean {
  if (!token.upos || matchesSurface(entry, token)) return true;
  return entry.triggerClass !== 'verb' ? !VERBAL_TAGS.has(token.upos) : !NOMINAL_TAGS.has(token.upos);
}

function matchesSurface(entry: TriggerEntry, token: Token): boolean {
  const first = entry.pattern.elements[0];
  return first.words.has(token.lower) || first.prefixes.some((p) => token.lower.startsWith(p)) || first.suffixes.some((x) => token.lower.endsWith(x));
}

/**
 * "halt mediation ... if cooperation founders", "veroordeelt de aanval die tot ... leidde": a gap that
 * passes a complementizer, a relative pronoun or a condition word joins two clauses. (Adverbs that
 * also open clauses, "sloeg dan toe", may stand in a gap.)
 */
function gapCrossesClause(tokens: Token[], matched: number[], lexicon: EventLexicon): boolean {
  const complementizers = wordsOfRole(lexicon, 'complementizer');
  const relatives = wordsOfRole(lexicon, 'relative');
  for (let k = 1; k < matched.length; k++) {
    for (let i = matched[k - 1] + 1; i < matched[k]; i++) {
      const lower = tokens[i].lower;
      if (complementizers.has(lower) || relatives.has(lower) || lexicon.conditionWords.has(lower)) return true;
    }
  }
  return false;
}

/** All trigger matches in a sentence; longer patterns win where two matches share tokens. */
function findTriggers(tokens: Token[], first: number, end: number, lexicon: EventLexicon): TriggerMatch[] {
  const all: TriggerMatch[] = [];
  for (let i = first; i < end; i++) {
    for (const entry of candidatesAt(lexicon.triggers, tokens[i].lower, tokens[i].lemma)) {
      if (!agreesWithTag(entry, tokens[i])) continue;
      const matched = matchAt(entry.pattern, tokens, i, end);
      if (matched && !gapCrossesClause(tokens, matched, lexicon)) all.push({ entry, tokens: matched });
    }
  }
  all.sort((a, b) => b.tokens.length - a.tokens.length || a.tokens[0] - b.tokens[0]);
  const claimed = new Set<number>();
  const kept: TriggerMatch[] = [];
  for (const m of all) {
    if (m.tokens.some((t) => claimed.has(t))) continue;
    for (const t of m.tokens) claimed.add(t);
    kept.push(m);
  }
  return kept.sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/** The tokens of the phrases on which no trigger fires ("press release", "eist ... op"), with the entry that names them. */
function nonTriggerSpans(tokens: Token[], first: number, end: number, lexicon: EventLexicon): { tokens: number[]; id: string }[] {
  const spans: { tokens: number[]; id: string }[] = [];
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

function insideQuote(ctx: SentenceContext, token: number): boolean {
  return ctx.quoteSpans.some(([a, b]) => token > a && token < b);
}

/** The role the words around a mention give it: the preposition before it, or coordination with a marked mention. */
function mentionRoles(ctx: SentenceContext, sources: Set<Mention>): Map<Mention, MentionRole> {
  const { doc, lexicon } = ctx;
  const roles = new Map<Mention, MentionRole>();
  let previous: Mention | null = null;
  const possessives = wordsOfRole(lexicon, 'possessive');
  // "against its neighbour", "over two Israeli raids": determiners, possessives and numbers stand
  // between a preposition and its name.
  const between = (t: Token) => lexicon.determiners.has(t.lower) || possessives.has(t.lower) || lexicon.numberWords.has(t.lower) || /^\d[\d.,]*$/.test(t.text);
  for (const m of ctx.mentions) {
    let role: MentionRole = 'subject';
    let i = m.firstToken - 1;
    while (i >= ctx.first && between(doc.tokens[i])) i--;
    const marker = i >= ctx.first ? lexicon.prepositions.get(doc.tokens[i].lower) : undefined;
    if (sources.has(m)) role = 'reporter';
    else if (marker) role = marker as MentionRole;
    else if (previous && previous.endToken <= m.firstToken && coordinated(ctx, previous, m) && continuesList(ctx, previous, m)) role = roles.get(previous) ?? 'subject';
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
function continuesList(ctx: SentenceContext, a: Mention, b: Mention): boolean {
  const conjunctions = wordsOfRole(ctx.lexicon, 'conjunction');
  if (ctx.doc.tokens.slice(a.endToken, b.firstToken).some((t) => conjunctions.has(t.lower))) return true;
  const next = ctx.doc.tokens[b.endToken];
  return next !== undefined && b.endToken < ctx.end && (next.text === ',' || conjunctions.has(next.lower));
}

function coordinated(ctx: SentenceContext, a: Mention, b: Mention): boolean {
  const between = ctx.doc.tokens.slice(a.endToken, b.firstToken);
  if (between.length === 0 || between.length > 6) return false;
  // "drones and gunboats hit depots of the ... navy": an "of" between ends the list.
  const links = wordsOfRole(ctx.lexicon, 'genitive');
  return (
    (between[0].text === ',' || wordsOfRole(ctx.lexicon, 'conjunction').has(between[0].lower)) &&
    between.every((t) => !ctx.lexicon.clauseWords.has(t.lower) && !ctx.lexicon.prepositions.has(t.lower) && !links.has(t.lower))
  );
}

function sourcesOf(ctx: SentenceContext): Set<Mention> {
  const sources = new Set<Mention>();
  for (const c of ctx.cues) {
    if (c.cue.scope !== 'source') continue;
    const last = c.tokens[c.tokens.length - 1];
    const source = ctx.mentions.find((m) => m.firstToken > last && m.firstToken - last <= 6);
    if (source) sources.add(source);
  }
  return sources;
}

/** Token span of the condition clause a conditional cue opens, or null. */
function conditionSpans(ctx: SentenceContext): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of ctx.cues) {
    if (!isConditionScope(c.cue.scope)) continue;
    const at = c.tokens[0];
    const opensClause = at === ctx.first || [',', ';', ':', '-', '–', '"', '“'].includes(ctx.doc.tokens[at - 1].text);
    if (c.cue.scope === 'opening-condition' && !opensClause) continue;
    let end = at + 1;
    while (end < ctx.end && ![',', ';', ':'].includes(ctx.doc.tokens[end].text)) end++;
    spans.push([at, end]);
  }
  return spans;
}

/** "dreigt met sancties als de militairen de macht niet overdragen": the negation is the condition's. */
function conditionWordBetween(ctx: SentenceContext, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (ctx.lexicon.conditionWords.has(ctx.doc.tokens[i].lower)) return true;
  return false;
}

/**
 * "According to Kyiv, Russia attacked ...", "..., volgens de VN.": a source phrase set off by commas
 * is a clause of its own that holds nothing but the source, and it sources the whole sentence.
 */
function sourceOnlyClause(ctx: SentenceContext, cue: CueMatch): boolean {
  const clause = clauseOf(ctx, cue.tokens[0]);
  for (let i = ctx.first; i < ctx.end; i++) {
    if (clauseOf(ctx, i) !== clause || cue.tokens.includes(i)) continue;
    const t = ctx.doc.tokens[i];
    if (/^\p{P}+$/u.test(t.text) || ctx.lexicon.determiners.has(t.lower)) continue;
    if (ctx.mentions.some((m) => i >= m.firstToken && i < m.endToken && ctx.roles.get(m) === 'reporter')) continue;
    return false;
  }
  return true;
}

function isParticiple(token: Token, lexicon: EventLexicon): boolean {
  // UD marks both participles VerbForm=Part: only the past one ("attacked", not "providing") makes a passive.
  if (token.feats?.includes('VerbForm=Part')) return !token.feats.includes('Tense=Pres');
  return lexicon.participles.predicative.some((shape) => shape.test(token.lower));
}

/** A participle after a determiner describes a noun ("the occupied West Bank", "de gearresteerde man"). */
function isAttributive(ctx: SentenceContext, match: TriggerMatch): boolean {
  const anchor = match.tokens[0];
  if (match.entry.triggerClass !== 'verb' || anchor === ctx.first) return false;
  const before = ctx.doc.tokens[anchor - 1];
  return ctx.lexicon.determiners.has(before.lower) && ctx.lexicon.participles.attributive.some((shape) => shape.test(ctx.doc.tokens[anchor].lower));
}

function isPassive(ctx: SentenceContext, match: TriggerMatch): boolean {
  const last = match.tokens[match.tokens.length - 1];
  const anchor = match.tokens[0];
  const clause = clauseOf(ctx, anchor);
  const participle = match.tokens.some((t) => isParticiple(ctx.doc.tokens[t], ctx.lexicon));
  if (!participle) return false;
  // "Israel is opposed to ...": an adjective after "be", unless a "by" phrase names who opposes.
  const adjectival = ctx.lexicon.participles.adjectival.some((shape) => shape.test(ctx.doc.tokens[anchor].lower));
  if (adjectival && !ctx.mentions.some((m) => m.firstToken > last && ctx.roles.get(m) === 'agent')) return false;
  // English puts the auxiliary just before the participle ("was killed"): one after the trigger
  // belongs to another verb ("rejected a call for forces to be deployed"). Dutch auxiliaries stand
  // anywhere in the clause ("werd ... aangevallen", "dat ... aangevallen werd"): their reach is unlimited.
  for (let i = ctx.first; i < ctx.end; i++) {
    const reach = ctx.lexicon.passiveAuxiliaries.get(ctx.doc.tokens[i].lower);
    if (reach === undefined || i === last || clauseOf(ctx, i) !== clause) continue;
    if (reach === Infinity || (i < anchor && anchor - i - 1 <= reach)) return true;
  }
  return false;
}

function unique(actors: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const key = `${a.code}/${a.sector ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Mentions coordinated with `m` ("Biden, Macron en Scholz"), including itself. Commas alone do not
 * make a list (they also close clauses and set off appositions): a chain counts when it holds "en"/"and".
 */
function coordinationGroup(ctx: SentenceContext, m: Mention): Mention[] {
  const index = ctx.mentions.indexOf(m);
  let first = index;
  let last = index;
  while (first > 0 && coordinated(ctx, ctx.mentions[first - 1], ctx.mentions[first])) first--;
  while (last + 1 < ctx.mentions.length && coordinated(ctx, ctx.mentions[last], ctx.mentions[last + 1])) last++;
  const chain = ctx.mentions.slice(first, last + 1);
  const conjunctions = wordsOfRole(ctx.lexicon, 'conjunction');
  const hasConjunction = chain.some((c, k) => k > 0 && ctx.doc.tokens.slice(chain[k - 1].endToken, c.firstToken).some((t) => conjunctions.has(t.lower)));
  return hasConjunction ? chain : [m];
}

interface Participants {
  actors: Mention[];
  recipients: Mention[];
  rule: string;
}

/** Actor and recipient from the dependency parse when the sentence has one, else by word order. */
function participants(ctx: SentenceContext, match: TriggerMatch): Participants {
  const positional = positionalParticipants(ctx, match);
  if (match.entry.frame === 'speaker' || !ctx.syntax) return positional;
  const roles = syntacticRoles(ctx.doc, ctx.mentions, match.tokens, ctx.first, ctx.end, ctx.lexicon);
  if (!roles) return positional;
  const groups = (list: Mention[]) => [...new Set(list.flatMap((m) => coordinationGroup(ctx, m)))];
  if (match.entry.frame === 'reciprocal') {
    const parties = groups([...roles.subjects, ...roles.agents, ...roles.partners, ...roles.objects]);
    return parties.length ? { actors: parties, recipients: [], rule: `${roles.rule}:reciprocal` } : positional;
  }
  // The one who reports the sentence is not the actor of what it reports ("X may halt ..., the minister said").
  const reporting = (m: Mention) => m === ctx.speaker || ctx.roles.get(m) === 'reporter';
  const actors = groups(roles.agents.length ? roles.agents : roles.subjects.filter((m) => !reporting(m)));
  const recipients = groups(roles.objects).filter((m) => !actors.includes(m));
  if (actors.length === 0) return { ...positional, recipients: recipients.length ? recipients : positional.recipients, rule: `${positional.rule}+${roles.rule}:objects` };
  return { actors, recipients: recipients.length ? recipients : positional.recipients.filter((m) => !actors.includes(m)), rule: roles.rule };
}

/**
 * A present participle after a comma ("..., wounding three men and detaining 40") opens a clause
 * without a subject of its own: it acts with the subject of the sentence.
 */
function adverbialClause(ctx: SentenceContext, anchor: number): boolean {
  const { tokens } = ctx.doc;
  const shapes = ctx.lexicon.participles.adverbial;
  const isAdverbial = (i: number) => shapes.some((shape) => shape.test(tokens[i].lower));
  if (!isAdverbial(anchor) || anchor - 1 <= ctx.first) return false;
  if (tokens[anchor - 1].text === ',') return true;
  // The second of a pair: ", wounding three men and detaining 40".
  if (!wordsOfRole(ctx.lexicon, 'conjunction').has(tokens[anchor - 1].lower)) return false;
  for (let i = anchor - 2; i > ctx.first; i--) {
    if (isAdverbial(i) && tokens[i - 1].text === ',') return true;
    if (tokens[i].text === ',') return false;
  }
  return false;
}

/** Whether an infinitive marker stands just before the trigger ("te hebben neergeschoten", "to have shot"). */
function infinitiveBefore(ctx: SentenceContext, anchor: number): boolean {
  const markers = wordsOfRole(ctx.lexicon, 'infinitive');
  for (let i = anchor - 1; i >= ctx.first && anchor - i <= 2; i--) if (markers.has(ctx.doc.tokens[i].lower)) return true;
  return false;
}

/** Whether a finite auxiliary stands before the trigger in its clause ("heeft ... ontboden"). */
function auxiliaryBefore(ctx: SentenceContext, anchor: number): boolean {
  const auxiliaries = wordsOfRole(ctx.lexicon, 'auxiliary');
  const clause = clauseOf(ctx, anchor);
  for (let i = anchor - 1; i >= ctx.first && clauseOf(ctx, i) === clause; i--) if (auxiliaries.has(ctx.doc.tokens[i].lower)) return true;
  return false;
}

/** Whether a genitive links the mention to a word that can name an event ("verzoek", "attack"). */
function onEventNoun(ctx: SentenceContext, m: Mention): boolean {
  const head = genitiveHead(ctx, m);
  if (head === null) return false;
  const token = ctx.doc.tokens[head];
  return candidatesAt(ctx.lexicon.triggers, token.lower, token.lemma).length > 0;
}

/** The token a genitive links the mention to ("verzoek" in "het verzoek van Polen"), or null. */
function genitiveHead(ctx: SentenceContext, m: Mention): number | null {
  const links = wordsOfRole(ctx.lexicon, 'genitive');
  let i = m.firstToken - 1;
  if (i > ctx.first && ctx.lexicon.determiners.has(ctx.doc.tokens[i].lower)) i--;
  return i > ctx.first && links.has(ctx.doc.tokens[i].lower) ? i - 1 : null;
}

const APPOSITION_REACH = 8;
/** Mention rules that resolved a person's name (src/kb/match.ts). */
const PERSON_RULE = /^(person|surname|title\+person)/;

/**
 * Whether the mention stands in an apposition set off by commas after the name of a country or an
 * organisation: "Kenya, [a close British partner], has". After a person's name an apposition tells the
 * person's office ("Mark Rutte, the NATO secretary general"), which is what the person acts as.
 */
function inApposition(ctx: SentenceContext, m: Mention): boolean {
  const { tokens } = ctx.doc;
  for (let c = m.firstToken - 1; c > ctx.first && m.firstToken - c <= APPOSITION_REACH; c--) {
    if (tokens[c].text !== ',') continue;
    const opens = ctx.lexicon.determiners.has(tokens[c + 1].lower) && ctx.mentions.some((n) => n.endToken === c && !PERSON_RULE.test(n.rule));
    if (!opens) return false;
    for (let e = m.endToken; e < ctx.end && e - m.endToken <= APPOSITION_REACH; e++) if (tokens[e].text === ',') return true;
    return false;
  }
  return false;
}

/** Whether the mention hangs by a genitive on a noun phrase that opens its clause: "De bondgenoten van [Polen]". */
function onOpeningPhrase(ctx: SentenceContext, m: Mention): boolean {
  const head = genitiveHead(ctx, m);
  if (head === null) return false;
  const start = head > ctx.first && ctx.lexicon.determiners.has(ctx.doc.tokens[head - 1].lower) ? head - 1 : head;
  return start <= ctx.first || clauseOf(ctx, start - 1) !== clauseOf(ctx, start) || ctx.doc.tokens[start - 1].text === ',';
}

/** Actor and recipient by word order and prepositions. */
function positionalParticipants(ctx: SentenceContext, match: TriggerMatch): Participants {
  const anchor = match.tokens[0];
  const last = match.tokens[match.tokens.length - 1];
  const clause = clauseOf(ctx, anchor);
  // A mention holding the trigger's first word is the trigger itself; one holding only a later word
  // of the pattern is its object ("summoned the British ambassador").
  const usable = ctx.mentions.filter((m) => !(anchor >= m.firstToken && anchor < m.endToken));
  const role = (m: Mention) => ctx.roles.get(m) ?? 'subject';
  const inClause = (m: Mention) => clauseOf(ctx, m.firstToken) === clause;
  const speakerActors = (): Mention[] => (ctx.speaker ? [ctx.speaker] : []);

  if (match.entry.frame === 'speaker') {
    // The one spoken to or about: the subject of the trigger's clause ("China must"), else the one
    // addressed before it ("a warning to Serbia that it must"), else a mention later in the clause.
    const spokenAbout = (m: Mention) => m !== ctx.speaker && !isPlaceRole(role(m)) && role(m) !== 'reporter';
    const recipient =
      usable.find((m) => inClause(m) && m.endToken <= anchor && spokenAbout(m)) ??
      [...usable].reverse().find((m) => m.endToken <= anchor && m !== ctx.speaker && role(m) === 'recipient') ??
      usable.find((m) => inClause(m) && spokenAbout(m)) ??
      [...usable].reverse().find((m) => m.endToken <= anchor && m !== ctx.speaker && role(m) === 'subject');
    const recipients = recipient ? coordinationGroup(ctx, recipient) : [];
    if (ctx.speaker) return { actors: speakerActors(), recipients, rule: 'frame:speaker' };
    // No speech verb ("Merkel sent a warning to Serbia that it must ..."): the sentence's subject speaks.
    const subject = usable.find((m) => m.endToken <= anchor && role(m) === 'subject' && !recipients.includes(m) && clauseOf(ctx, m.firstToken) < clause);
    return { actors: subject ? coordinationGroup(ctx, subject) : [], recipients, rule: subject ? 'frame:speaker:subject' : 'frame:speaker' };
  }

  if (match.entry.frame === 'reciprocal') {
    let topicStart = ctx.end;
    for (let i = last + 1; i < ctx.end; i++) {
      if (ctx.lexicon.prepositions.get(ctx.doc.tokens[i].lower) === 'topic' && i > last) {
        topicStart = i;
        break;
      }
    }
    const parties = usable.filter((m) => {
      const r = role(m);
      return m.firstToken < topicStart && (r === 'subject' || r === 'partner' || r === 'parties' || r === 'recipient' || r === 'agent');
    });
    const inOwnClause = parties.filter(inClause);
    // Commas close clauses, but not inside a list of names: take each party's coordination group.
    const chosen = inOwnClause.length > 0 ? [...new Set(inOwnClause.flatMap((m) => coordinationGroup(ctx, m)))].filter((m) => parties.includes(m)) : parties;
    const actors = chosen.length > 0 ? chosen : speakerActors();
    return { actors, recipients: [], rule: 'frame:reciprocal' };
  }

  // "wijst het verzoek van Polen af": a name hanging by "van"/"of" on a word for another event belongs
  // to that event, so it is not the subject of a verb (though it may be what the verb acts on).
  // On other nouns it may well be ("Thousands of Georgians protested", "members of the opposition").
  const ownSubject = (m: Mention) => match.entry.triggerClass !== 'verb' || !onEventNoun(ctx, m);
  const subjects = usable.filter((m) => role(m) === 'subject' && m !== ctx.speaker);
  const passive = isPassive(ctx, match);
  let actors: Mention[] = [];
  let recipients: Mention[] = [];
  let rule = 'frame:svo';
  if (passive) {
    // "attacked by Peru"; Dutch puts the agent before the participle: "werd door Rusland aangevallen".
    const agent = usable.find((m) => role(m) === 'agent' && m.firstToken > anchor) ?? usable.find((m) => role(m) === 'agent' && inClause(m));
    if (agent) actors = coordinationGroup(ctx, agent);
    const patient = [...subjects].reverse().find((m) => m.endToken <= anchor && inClause(m));
    if (patient) recipients = coordinationGroup(ctx, patient);
    rule = 'frame:svo:passive';
  } else {
    // Verb-final clauses ("Rusland heeft Oekraïne aangevallen") put the subject first; SVO next to the verb.
    const { subjectFirst, inversion } = ctx.lexicon.wordOrder;
    const clauseSubjects = subjects.filter((m) => m.endToken <= anchor && inClause(m));
    const subjectsBefore = clauseSubjects.filter(ownSubject);
    // The head of the subject phrase before names inside it: "The Serbian and Croatian delegations of ...
    // Bosnia", "Kenya, a close British partner, has rejected". Only when no other is left do those inner names act.
    const heads = (list: Mention[]) => {
      const outer = list.filter((m) => genitiveHead(ctx, m) === null && !inApposition(ctx, m));
      return outer.length ? outer : list;
    };
    const pick = (list: Mention[]) => (subjectFirst ? list[0] : list[list.length - 1]);
    const before = pick(heads(subjectsBefore)) ?? pick(heads(subjects.filter((m) => m.endToken <= anchor && !clauseSubjects.includes(m))));
    // Only an inverted verb puts its subject after it ("viel Rusland ... aan"); after an English verb,
    // or after a noun, the next mention is what it acts on ("an explosion killed two youths").
    const after = inversion && match.entry.triggerClass === 'verb' ? subjects.find((m) => m.firstToken > anchor && inClause(m) && ownSubject(m)) : undefined;
    // "Nurses from three Swiss charities delivered ...": who the unnamed subject comes from.
    const originOfSubject = usable.find((m) => m.endToken <= anchor && inClause(m) && role(m) === 'origin');
    // "het verzoek van Polen", "the proposal of the EU": the name a noun's genitive links to it acts.
    // Where the convention makes that name the target, a target phrase after it makes it the actor
    // again: "de aanval van Rusland op Oekraïne".
    const genitive = match.entry.triggerClass === 'noun' ? usable.find((m) => m.firstToken > last && genitiveHead(ctx, m) === last) : undefined;
    const targetAfter = (g: Mention) => usable.some((m) => m.firstToken >= g.endToken && inClause(m) && role(m) === 'recipient');
    const ofNoun = genitive && (convention('genitive-patient', match.entry.type, match.entry.cameo) === null || targetAfter(genitive)) ? genitive : undefined;
    // "Het leger zegt vijf drones te hebben neergeschoten": an infinitive without a subject of its own acts with the speaker.
    const speakerOfInfinitive = ctx.speaker && ctx.speaker.endToken <= anchor && infinitiveBefore(ctx, anchor) ? ctx.speaker : undefined;
    const subject =
      ofNoun ?? speakerOfInfinitive ?? (adverbialClause(ctx, anchor) ? subjects.find((m) => m.endToken <= anchor) : undefined) ?? before ?? after ?? originOfSubject;
    if (subject) actors = coordinationGroup(ctx, subject);
    // After an auxiliary a verb-final clause puts its object before the main verb: "Iran heeft de Britse
    // ambassadeur ontboden na de arrestatie van een Iraanse diplomaat".
    const objectBeforeVerb =
      ctx.lexicon.wordOrder.verbFinal && match.entry.triggerClass === 'verb' && auxiliaryBefore(ctx, anchor)
        ? clauseSubjects.find((m) => !actors.includes(m) && m !== ctx.speaker && !onOpeningPhrase(ctx, m))
        : undefined;
    const firstMarked = usable.find((m) => m.firstToken > last && inClause(m) && !actors.includes(m) && MARKED_OBJECT_ROLES.has(role(m)));
    const object =
      objectBeforeVerb ??
      usable.find((m) => m.firstToken > anchor && !actors.includes(m) && (role(m) === 'recipient' || role(m) === 'subject') && m !== ctx.speaker && inClause(m)) ??
      // A name hanging on a noun that opens the clause belongs to the subject ("De bondgenoten van Polen
      // hebben ... verworpen"); further on, to the object ("heeft het voorstel van de oppositie verworpen").
      clauseSubjects.find((m) => !actors.includes(m) && subjectFirst && !onOpeningPhrase(ctx, m)) ??
      // "demanded an apology by Ankara that ...": who the demanded thing is asked of, when that is the
      // first marked name in the trigger's own clause ("cut ties with Bolivia over a visit by Peruvians" is Bolivia's).
      (firstMarked && role(firstMarked) === 'agent' ? firstMarked : undefined) ??
      // "demanded that Sudan return ... to Taiwan": the subject of the content clause is who the act
      // is aimed at, before anything named further on.
      usable.find((m) => m.firstToken > last && m.firstToken - last <= CONTENT_REACH && !actors.includes(m) && role(m) === 'subject' && m !== ctx.speaker) ??
      usable.find((m) => m.firstToken > last && !actors.includes(m) && role(m) === 'recipient') ??
      // The other side ("cut ties with Qatar"), or, in the active voice, whom the thing acted on
      // comes from: who "turned down demands by Peru's leaders" or "an offer from Japan" answers them.
      usable.find((m) => m.firstToken > last && inClause(m) && !actors.includes(m) && (role(m) === 'partner' || role(m) === 'agent' || role(m) === 'origin'));
    if (object) recipients = coordinationGroup(ctx, object);
    // A complaint is aimed at what it is about, not at whom it is made to: "complained to the UN
    // over Israeli air raids" accuses Israel.
    const about = convention('topic-target', match.entry.type, match.entry.cameo) !== null ? usable.find((m) => m.firstToken > last && role(m) === 'topic' && !actors.includes(m)) : undefined;
    if (about) recipients = coordinationGroup(ctx, about);
  }
  if (actors.length === 0) {
    // "fighting between the army and the RSF": both sides act.
    const sides = usable.find((m) => m.firstToken > last && inClause(m) && role(m) === 'parties');
    if (sides) {
      actors = coordinationGroup(ctx, sides);
      rule += ':parties';
    }
  }
  // A passive or nominal act of force names no actor on purpose ("40 people were killed in the
  // shelling, the WHO said"): only security forces reporting it ("two men were arrested, police
  // said") stand in for the actor.
  const nominalUse = match.entry.triggerClass !== 'verb' || (anchor > ctx.first && ctx.lexicon.determiners.has(ctx.doc.tokens[anchor - 1].lower));
  const reportingSectors = convention('force', match.entry.type, match.entry.cameo);
  const speakerStandsIn = !(passive || nominalUse) || reportingSectors === null || reportingSectors.split('|').includes(ctx.speaker?.actor.sector ?? '');
  if (actors.length === 0 && speakerStandsIn && (insideQuote(ctx, anchor) || ctx.speaker)) {
    actors = speakerActors();
    if (actors.length) rule += ':speaker-as-actor';
  }
  if (actors.length === 0 && convention('place-as-actor', match.entry.type, match.entry.cameo) !== null) {
    // An attack whose perpetrator goes unnamed ("a journalist was killed in Beirut") is coded to the
    // country it happens in, as event datasets do for unattributed violence.
    const place = usable.find((m) => role(m) === 'place' && m.actor.kind === 'state');
    if (place) {
      actors = [place];
      rule += ':place-as-actor';
    }
  }
  if (recipients.length === 0) {
    // CAMEO practice: an act inside a country with no other target is aimed at that country
    // ("rebels attacked in Kharkiv", "police in Algiers arrested ...").
    // Troops put on alert at home are not aimed at home: a domestic place is no MOBILIZE target.
    const actorCodes = new Set(actors.map((a) => a.actor.code));
    const place = usable.find((m) => isPlaceRole(role(m)) && m.actor.kind === 'state' && !(match.entry.type === 'MOBILIZE' && actorCodes.has(m.actor.code)));
    if (place && actors.length) {
      recipients = [place];
      rule += ':place-as-recipient';
    }
  }
  return { actors, recipients: recipients.filter((r) => !actors.includes(r)), rule };
}

/**
 * A generic group (protesters, rebels, police) acting or acted on in a named country is that
 * country's group, as CAMEO codes domestic actors: "demonstrators in Baghdad" are IRQ/CVL.
 */
function localiseGroups(ctx: SentenceContext, actors: ActorRef[]): ActorRef[] {
  if (!actors.some(isGeneric)) return actors;
  const place = ctx.mentions.find((m) => isPlaceRole(ctx.roles.get(m)) && m.actor.kind === 'state');
  if (!place) return actors;
  return actors.map((a) => (isGeneric(a) ? groupOf(a, place.actor.code) : a));
}

/** A nameless group: a named one (Hamas, Hezbollah) keeps the country the knowledge base gives it. */
function isGeneric(a: ActorRef): boolean {
  return a.kind === 'group' && a.kb_id === null;
}

/** A nameless group as the group of a country: "demonstrators" in Iraq are IRQ/CVL. */
function groupOf(a: ActorRef, country: string): ActorRef {
  return { ...a, code: country, kind: 'state', sector: a.sector ?? a.code };
}

/**
 * Event-data convention for acts whose target is the actor's own country when the text names no
 * other: protests are aimed at their own government, concessions and coercion at the government's
 * own people. The recipient is then the actor's country, marked by its own rule.
 */
function domesticRecipient(actors: ActorRef[]): ActorRef[] {
  const country = actors.find((a) => a.kind === 'state');
  return country ? [{ code: country.code, sector: null, kind: 'state', name: country.name, kb_id: country.kb_id }] : [];
}


const MODALITY_RANK: Modality[] = ['conditional', 'negated', 'hypothetical', 'reported', 'future', 'asserted'];

interface ModalityVerdict {
  modality: Modality;
  drop: string | null;
  reportedBy: Mention[];
  cues: string[];
}

/** The modality of a trigger from the cues in its clause, and whether a nominal trigger is no event at all. */
function modalityOf(ctx: SentenceContext, match: TriggerMatch, conditions: [number, number][]): ModalityVerdict {
  const anchor = match.tokens[0];
  const clause = clauseOf(ctx, anchor);
  const nominal = match.entry.triggerClass !== 'verb';
  const found = new Set<Modality>();
  const cues: string[] = [];
  const reportedBy: Mention[] = [];
  for (const [a, b] of conditions) {
    if (anchor >= a && anchor < b) return { modality: 'conditional', drop: 'inside the condition of a conditional sentence', reportedBy, cues };
  }
  if (conditions.length) {
    found.add('conditional');
    cues.push('condition');
  }
  for (const c of ctx.cues) {
    // A cue that is part of the trigger itself ("niet ... accepteren") does not modify it.
    if (c.tokens.some((t) => match.tokens.includes(t))) continue;
    const at = c.tokens[0];
    // A negation inside the condition belongs to the condition ("... als de militairen de macht niet overdragen").
    if (!isConditionScope(c.cue.scope) && conditions.some(([a, b]) => at >= a && at < b)) continue;
    const sameClause = clauseOf(ctx, at) === clause;
    switch (c.cue.scope) {
      case 'modifier':
        if (at < anchor && anchor - c.tokens[c.tokens.length - 1] <= 3) {
          if (nominal) return { modality: 'hypothetical', drop: `nominal trigger modified by "${c.cue.pattern.source}"`, reportedBy, cues };
          // "without firing a shot": the cue reaches the verb right after it, not the clause around it.
          if (c.cue.modality !== 'none') {
            found.add(c.cue.modality);
            cues.push(c.cue.id);
          }
        }
        break;
      case 'governor':
        if (nominal && at < anchor && sameClause) {
          return { modality: 'hypothetical', drop: `nominal trigger is the topic of "${ctx.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'source':
        if (sameClause || sourceOnlyClause(ctx, c)) {
          found.add('reported');
          cues.push(c.cue.id);
          for (const [m, r] of ctx.roles) if (r === 'reporter') reportedBy.push(m);
        }
        break;
      case 'clause':
        if (sameClause && c.cue.modality !== 'none' && !(c.cue.modality === 'negated' && conditionWordBetween(ctx, anchor, at))) {
          found.add(c.cue.modality);
          cues.push(c.cue.id);
        }
        break;
      case 'topic':
        if (nominal && at < anchor && anchor - at <= 4 && !ctx.mentions.some((m) => m.firstToken > at && m.firstToken < anchor)) {
          return { modality: 'hypothetical', drop: `nominal trigger is the topic of "${ctx.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'background':
        if (sameClause && at < anchor) {
          return { modality: 'asserted', drop: `background in a relative clause opened by "${ctx.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'condition':
      case 'opening-condition':
        break;
    }
  }
  const modality = MODALITY_RANK.find((m) => found.has(m)) ?? 'asserted';
  if (nominal && (modality === 'negated' || modality === 'hypothetical')) {
    return { modality, drop: `nominal trigger in a ${modality} clause`, reportedBy, cues };
  }
  return { modality, drop: null, reportedBy, cues };
}

function modeFromCues(ctx: SentenceContext, type: string, fallback: string | null): { mode: string | null; cue: string | null } {
  const { doc, lexicon } = ctx;
  for (let i = ctx.first; i < ctx.end; i++) {
    for (const cue of candidatesAt(lexicon.modeCues, doc.tokens[i].lower, doc.tokens[i].lemma)) {
      if (cue.type === type && matchAt(cue.pattern, doc.tokens, i, ctx.end)) return { mode: cue.mode, cue: cue.id };
    }
  }
  return { mode: fallback, cue: null };
}


/**
 * Where the event happened or where forces go: the name after "in", "naar", "langs", "to" ...
 * ("in Europa", "naar Oost-Europese lidstaten", "langs de Oekraïense grens"). A place is a run of
 * capitalised words, or a known state or region followed by the noun it qualifies.
 */
function placeOf(ctx: SentenceContext): string | null {
  const { doc } = ctx;
  for (let i = ctx.first; i < ctx.end - 1; i++) {
    const lower = doc.tokens[i].lower;
    if (!isPlaceRole(ctx.lexicon.prepositions.get(lower) as MentionRole | undefined) && !wordsOfRole(ctx.lexicon, 'destination').has(lower)) continue;
    let j = i + 1;
    while (j < ctx.end && ctx.lexicon.determiners.has(doc.tokens[j].lower)) j++;
    const start = j;
    const mention = ctx.mentions.find((m) => m.firstToken === start);
    if (mention && mention.actor.kind !== 'state' && mention.actor.kind !== 'region') continue;
    let last = -1;
    if (mention) last = mention.endToken - 1;
    else if (/^\p{Lu}/u.test(doc.tokens[start]?.text ?? '')) {
      last = start;
      while (last + 1 < ctx.end && (/^\p{Lu}/u.test(doc.tokens[last + 1].text) || (wordsOfRole(ctx.lexicon, 'name-link').has(doc.tokens[last + 1].lower) && /^\p{Lu}/u.test(doc.tokens[last + 2]?.text ?? '')))) last++;
    }
    // "de Oekraïense grens", "Oost-Europese lidstaten": the qualified noun belongs to the place.
    if (last >= start && last + 1 < ctx.end && ctx.lexicon.placeNouns.has(doc.tokens[last + 1].lower)) last++;
    if (last >= start) return doc.text.slice(doc.tokens[start].start, doc.tokens[last].end);
  }
  return null;
}

function triggerSpan(doc: Document, tokens: number[]): { start: number; end: number; text: string } {
  const start = doc.tokens[tokens[0]].start;
  const end = doc.tokens[tokens[tokens.length - 1]].end;
  const parts: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k] !== tokens[k - 1] + 1) parts.push('...');
    parts.push(doc.tokens[tokens[k]].text);
  }
  return { start, end, text: parts.join(' ') };
}

function actorRef(m: Mention): ActorRef {
  return { ...m.actor };
}

/**
 * "ethnic Albanians in Serbia" are a minority of the country they live in, not the state their name
 * recalls: with a minority word before a nationality and a country named as the place, the place wins.
 */
function minorityRef(ctx: SentenceContext, m: Mention): ActorRef {
  const before = m.firstToken - 1;
  if (before < ctx.first || !wordsOfRole(ctx.lexicon, 'minority').has(ctx.doc.tokens[before].lower)) return actorRef(m);
  const place = ctx.mentions.find((p) => isPlaceRole(ctx.roles.get(p)) && p.actor.kind === 'state' && p.actor.code !== m.actor.code);
  return place ? { ...m.actor, code: place.actor.code, kb_id: null } : actorRef(m);
}

const CONTENT_REACH = 12;
/** Roles of a name a preposition marks as the other side of a one-sided act. */
const MARKED_OBJECT_ROLES = new Set(['agent', 'partner', 'recipient', 'origin']);
const DEFINITE_REACH = 4;

/** A nominal trigger inside a definite noun phrase ("de schietpartij", "De verhoogde alarmfase"). */
function isDefinite(ctx: SentenceContext, anchor: number): boolean {
  for (let i = anchor - 1; i >= Math.max(ctx.first, anchor - DEFINITE_REACH); i--) {
    const t = ctx.doc.tokens[i];
    const kind = ctx.lexicon.determiners.get(t.lower);
    if (kind) return kind === 'definite';
    if (/^\p{P}$/u.test(t.text)) return false;
  }
  return false;
}
// Characters between two same-type triggers of a sentence that still make them one event.
const SAME_EVENT_REACH = 120;

const MIN_MENTIONS_TO_PARSE = 6;
// Languages whose parser is accurate enough for subject and object to beat word order (measured
// with paraat eval events; see the README).
const SYNTAX_ROLE_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** The earlier trigger whose content this one is ("refused to meet": meet is what was refused), if any. */
function governingTrigger(ctx: SentenceContext, match: TriggerMatch, earlier: TriggerMatch[]): TriggerMatch | null {
  const anchor = match.tokens[0];
  for (const g of [...earlier].reverse()) {
    const end = g.tokens[g.tokens.length - 1];
    if (end >= anchor || anchor - end > CONTENT_REACH || !takesAsContent(g.entry.type, match.entry.type)) continue;
    const between = ctx.doc.tokens.slice(end + 1, anchor);
    if (between.some((t) => t.text === ';' || t.text === '.')) continue;
    // Verb-final clauses put the verb after its object: an event noun before a verb is often what the verb acts on.
    if (ctx.lexicon.wordOrder.verbFinal && g.entry.triggerClass === 'noun' && match.entry.triggerClass === 'verb' && !opensContent(ctx, between, anchor)) continue;
    return g;
  }
  return null;
}

/**
 * In a verb-final clause the governing verb comes after what it governs: "Nederland heeft de aanval
 * van Rusland veroordeeld" condemns the attack, so the attack is that verb's content.
 */
function finalGoverningVerb(ctx: SentenceContext, match: TriggerMatch, triggers: TriggerMatch[]): TriggerMatch | null {
  if (!ctx.lexicon.wordOrder.verbFinal || match.entry.triggerClass === 'verb') return null;
  const anchor = match.tokens[0];
  const clause = clauseOf(ctx, anchor);
  for (const g of triggers) {
    const at = g.tokens[g.tokens.length - 1];
    if (g === match || g.entry.triggerClass !== 'verb' || at <= anchor || clauseOf(ctx, at) !== clause) continue;
    if (takesAsContent(g.entry.type, match.entry.type) && auxiliaryBefore(ctx, anchor) && !inPrepositionalPhrase(ctx, anchor)) return g;
  }
  return null;
}

/** Whether a preposition, perhaps with a determiner, stands before the noun: "tijdens de top". */
function inPrepositionalPhrase(ctx: SentenceContext, noun: number): boolean {
  let i = noun - 1;
  if (i >= ctx.first && ctx.lexicon.determiners.has(ctx.doc.tokens[i].lower)) i--;
  if (i < ctx.first) return false;
  const word = ctx.doc.tokens[i].lower;
  return ctx.lexicon.prepositions.has(word) || wordsOfRole(ctx.lexicon, 'preposition').has(word);
}

/**
 * A verb is the content of an event noun before it only through an infinitive, a "that" clause or a
 * gerund ("the call to impose", "het verzoek om ... te sturen", "accusations of attacking"); else the
 * noun is the verb's object ("heeft het verzoek van de oppositie verworpen").
 */
function opensContent(ctx: SentenceContext, between: Token[], anchor: number): boolean {
  const links = [wordsOfRole(ctx.lexicon, 'infinitive'), wordsOfRole(ctx.lexicon, 'complementizer')];
  if (between.some((t) => links.some((words) => words.has(t.lower)))) return true;
  return ctx.lexicon.participles.adverbial.some((shape) => shape.test(ctx.doc.tokens[anchor].lower));
}

/**
 * An event word that modifies the head of a mention describes the actor ("riot police"); as the head
 * itself it is the event ("NAVO-top", "EU summit"). Participants ("bombers") are meant to be inside.
 */
function insideActor(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.triggerClass === 'participant') return false;
  const last = match.tokens[match.tokens.length - 1];
  return ctx.mentions.some((m) => match.tokens[0] >= m.firstToken && last < m.endToken - 1);
}

/** A capitalised trigger inside a sentence is part of a name ("Office for Relief and Reconstruction"). */
function insideName(ctx: SentenceContext, match: TriggerMatch): boolean {
  const tokens = ctx.doc.tokens;
  const words = tokens.slice(ctx.first, ctx.end).filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (words.length === 0 || capitalised / words.length > 0.5) return false;
  return match.tokens.some((i) => i > ctx.first && /^\p{Lu}\p{Ll}/u.test(tokens[i].text));
}

/** How many mentions stand without a preposition before them (after any determiner or possessive). */
function unmarkedMentions(doc: Document, lexicon: EventLexicon, mentions: Mention[], first: number): number {
  const possessives = wordsOfRole(lexicon, 'possessive');
  let count = 0;
  for (const m of mentions) {
    let i = m.firstToken - 1;
    while (i >= first && (lexicon.determiners.has(doc.tokens[i].lower) || possessives.has(doc.tokens[i].lower))) i--;
    if (i < first || !lexicon.prepositions.has(doc.tokens[i].lower)) count++;
  }
  return count;
}

/**
 * Codes the events of a document from its tokens, sentences and resolved mentions, per the
 * lexicon of its language. Fills doc.events and returns them; `decisions` (when given) receives
 * why each candidate trigger did or did not become an event.
 */
export interface CodingOptions {
  /** Receives why each candidate trigger did or did not become an event. */
  decisions?: TriggerDecision[];
  /** Languages whose dependency parse, where a sentence has one, decides subject and object. */
  syntaxRoleLanguages?: ReadonlySet<string>;
}

export function codeEvents(doc: Document, options: CodingOptions = {}): Event[] {
  const { decisions, syntaxRoleLanguages = SYNTAX_ROLE_LANGUAGES } = options;
  doc.events = [];
  if (!hasEventLexicon(doc.lang)) return doc.events;
  const lexicon = eventLexicon(doc.lang);
  const events: Event[] = [];
  const note = (d: TriggerDecision) => decisions?.push(d);
  let mentionIndex = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const first = sentence.firstToken;
    const end = sentence.endToken;
    const mentions: Mention[] = [];
    while (mentionIndex < doc.mentions.length && doc.mentions[mentionIndex].firstToken < end) {
      if (doc.mentions[mentionIndex].firstToken >= first) mentions.push(doc.mentions[mentionIndex]);
      mentionIndex++;
    }
    let triggers = findTriggers(doc.tokens, first, end, lexicon);
    if (triggers.length === 0) continue;
    // The parse only decides between mentions that no preposition marks: with fewer than six, word
    // order (with its apposition and genitive rules) chooses as well as the parse (plover-gsr full F1
    // 0.616 with six, 0.611 with three).
    // Only a verb with subject and object needs the parse: a speaker's or a meeting's frame does not read it.
    const parsed =
      doc.tokens[first].head !== undefined &&
      syntaxRoleLanguages.has(doc.lang) &&
      triggers.some((t) => t.entry.frame === 'svo') &&
      unmarkedMentions(doc, lexicon, mentions, first) >= MIN_MENTIONS_TO_PARSE;
    const blockers = nonTriggerSpans(doc.tokens, first, end, lexicon);
    if (blockers.length) {
      triggers = triggers.filter((t) => {
        const blocker = blockers.find((b) => b.tokens.includes(t.tokens[0]));
        if (blocker) note({ sentence: s, trigger: triggerSpan(doc, t.tokens).text, entry: t.entry.id, type: t.entry.type, outcome: 'dropped', reason: `names a thing, not an event (${blocker.id})` });
        return !blocker;
      });
      if (triggers.length === 0) continue;
    }
    const verbStarts = new Set(triggers.map((t) => t.tokens[0]));
    const ctx: SentenceContext = {
      doc,
      lexicon,
      first,
      end,
      clauses: clauseNumbers(doc.tokens, first, end, lexicon.clauseWords, wordsOfRole(lexicon, 'coordinator'), verbStarts),
      cues: findCues(doc.tokens, first, end, lexicon),
      mentions,
      roles: new Map(),
      speaker: null,
      quoteSpans: quoteSpans(doc.tokens, first, end),
      syntax: parsed,
    };
    ctx.roles = mentionRoles(ctx, sourcesOf(ctx));
    ctx.speaker = findSpeechAct(doc, lexicon, first, end, mentions)?.speaker ?? null;
    if (ctx.speaker && ctx.roles.get(ctx.speaker) === 'subject') ctx.roles.set(ctx.speaker, 'speaker');
    const conditions = conditionSpans(ctx);
    const quantities = findQuantities(doc.text, doc.tokens, first, end, lexicon);
    const sentenceEvents: Event[] = [];
    const earlier: TriggerMatch[] = [];
    const hasEventTrigger = triggers.some((t) => t.entry.triggerClass !== 'participant');
    for (const match of triggers) {
      const trigger = triggerSpan(doc, match.tokens);
      const base = { sentence: s, trigger: trigger.text, entry: match.entry.id };
      if (match.entry.triggerClass === 'participant' && hasEventTrigger) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: 'participants of another event in the sentence' });
        continue;
      }
      const governor = governingTrigger(ctx, match, earlier) ?? finalGoverningVerb(ctx, match, triggers);
      earlier.push(match);
      if (governor) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: `content of the ${governor.entry.type} trigger "${triggerSpan(doc, governor.tokens).text}"` });
        continue;
      }
      if (isAttributive(ctx, match)) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: 'a participle describing a noun' });
        continue;
      }
      if (insideActor(ctx, match)) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: 'part of an actor\'s description ("riot police")' });
        continue;
      }
      if (insideName(ctx, match)) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: 'part of a name' });
        continue;
      }
      const verdict = modalityOf(ctx, match, conditions);
      if (verdict.drop) {
        note({ ...base, type: match.entry.type, outcome: 'dropped', reason: verdict.drop });
        continue;
      }
      const who = participants(ctx, match);
      const shift = modalityShift(match.entry.type, verdict.modality);
      const cameo = shift?.cameo ?? match.entry.cameo;
      const entry = cameoEntry(cameo);
      const type = shift?.type ?? match.entry.type;
      const mode = modeFromCues(ctx, type, shift && shift.mode !== undefined ? shift.mode : match.entry.mode);
      const modality = shift?.modality ?? verdict.modality;
      const rules = [match.entry.id, `class:${match.entry.triggerClass}`, who.rule, ...verdict.cues];
      if (match.entry.triggerClass !== 'verb' && isDefinite(ctx, match.tokens[0])) rules.push('reference:definite');
      if (shift) rules.push(`shift:${match.entry.type}+${verdict.modality}->${type}`);
      if (mode.cue) rules.push(mode.cue);
      const refOf = (m: Mention) => minorityRef(ctx, m);
      let actorRefs = unique(localiseGroups(ctx, who.actors.map(refOf)));
      let recipientRefs = unique(localiseGroups(ctx, who.recipients.map(refOf)));
      // The act as the trigger names it: a boycott stays a protest when its modality makes it a threat.
      const domesticSector =
        actorRefs.length === 0 ? (convention('domestic-actor', type, cameo) ?? convention('domestic-actor', match.entry.type, match.entry.cameo)) : null;
      const country = domesticSector ? recipientRefs.find((r) => r.kind === 'state') : undefined;
      if (domesticSector && country) {
        // Nameless protesters against a government are that country's civilians ("a hunger strike
        // against Sweden's decision"); an investigation of a country's officials by nobody named is
        // that country's own justice (CAMEO codes both as domestic events).
        actorRefs = [{ code: country.code, sector: domesticSector, kind: 'state', name: country.name, kb_id: country.kb_id }];
        rules.push('actor:domestic');
      }
      const forces = convention('domestic-force', type, cameo);
      const forceCountry = forces === null ? undefined : actorRefs.find((a) => a.kind === 'state' && forces.split('|').includes(a.sector ?? ''));
      if (forceCountry && recipientRefs.some(isGeneric)) {
        // "Kenyan police arrested protesters": a country's police act on its own people.
        recipientRefs = recipientRefs.map((r) => (isGeneric(r) ? groupOf(r, forceCountry.code) : r));
        rules.push('recipient:domestic-force');
      }
      if (recipientRefs.length === 0) {
        // Unattributed violence coded to the country it happens in also strikes that country.
        recipientRefs = convention('domestic-recipient', type, cameo) !== null || who.rule.includes(':place-as-actor') ? domesticRecipient(actorRefs) : [];
        if (recipientRefs.length) rules.push('recipient:domestic');
      }
      const date = eventDate(doc, lexicon, first, end);
      const event: Event = {
        type,
        mode: mode.mode,
        cameo,
        goldstein: entry.goldstein,
        quad_class: entry.quadClass,
        actors: actorRefs,
        recipients: recipientRefs,
        modality,
        reported_by: unique(verdict.reportedBy.map(actorRef)),
        quantities: [] as Quantity[],
        place: placeOf(ctx),
        date: date.date,
        ...(date.text ? { date_text: date.text } : {}),
        evidence: { start: sentence.start, end: sentence.end, trigger },
        confidence: confidenceOf(match, who),
        rules,
      };
      // Two triggers of one type close together are one event ("staan paraat ... ingezet"); far apart
      // in one sentence (a headline run into the text) they are two.
      const same = sentenceEvents.find((e) => e.type === event.type && Math.abs(e.evidence.trigger.start - trigger.start) <= SAME_EVENT_REACH);
      if (same) {
        // Meetings gather everyone either trigger names. Otherwise the first trigger's roles stand and
        // the second only fills what the first left empty, unless the first is a noun and the second
        // its verb ("a bombing ... killed one soldier"): a verb's subject and object are surer than
        // the words around a noun.
        const ownRecipients = event.rules.includes('recipient:domestic') ? [] : event.recipients;
        if (match.entry.triggerClass === 'verb' && same.rules.includes('class:noun')) {
          if (event.actors.length) same.actors = event.actors;
          if (ownRecipients.length) same.recipients = ownRecipients.filter((r) => !same.actors.some((a) => a.code === r.code && a.sector === r.sector));
        }
        // What the first trigger acts on does not become its actor ("killed one soldier and wounded two").
        const newActors = event.actors.filter((a) => match.entry.frame === 'reciprocal' || !same.recipients.some((r) => r.code === a.code && r.sector === a.sector));
        if (same.actors.length === 0 || match.entry.frame === 'reciprocal') same.actors = unique([...same.actors, ...newActors]);
        if (same.recipients.length === 0 || same.rules.includes('recipient:domestic')) {
          const recipients = event.recipients.filter((r) => !same.actors.some((a) => a.code === r.code && a.sector === r.sector));
          if (recipients.length) same.recipients = recipients;
        }
        same.rules.push(`merged:${match.entry.id}`);
        note({ ...base, type, outcome: 'merged', reason: 'same type as an earlier trigger in the sentence' });
        continue;
      }
      note({ ...base, type, outcome: 'event', reason: `${who.rule}; modality ${modality}` });
      sentenceEvents.push(event);
    }
    if (sentenceEvents.length === 0) continue;
    for (const q of quantities) {
      const nearest = sentenceEvents.reduce((best, e) =>
        Math.abs(e.evidence.trigger.start - q.start) < Math.abs(best.evidence.trigger.start - q.start) ? e : best,
      );
      nearest.quantities.push(q);
    }
    events.push(...sentenceEvents);
  }
  doc.events = attachDetails(events, (d) => note({ sentence: -1, trigger: d.trigger, entry: d.entry, type: d.type, outcome: 'merged', reason: d.reason }));
  return doc.events;
}

function confidenceOf(match: TriggerMatch, who: Participants): number {
  let c = match.entry.triggerClass === 'verb' ? 0.6 : 0.5;
  if (match.tokens.length > 1) c += 0.1;
  if (who.actors.length) c += 0.2;
  if (who.recipients.length) c += 0.05;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}
