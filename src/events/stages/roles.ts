import type { Mention, Token } from '../../document/index.js';
import { convention } from '../conventions.js';
import { eventDate } from '../dates.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import type { EventLexicon } from '../lexicon.js';
import { candidatesAt, wordsOfRole } from '../lexicon.js';
import type { MentionRole, SentenceView } from '../sentence-view.js';
import { auxiliaryBefore, clauseOf, coordinationGroup, insideQuote, isPlaceRole } from '../sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { syntacticRoles } from '../syntax-roles.js';

/** Stage 3: who acts on whom (by the parse where the view has one, else by word order), where and when. */
export function assignRoles(drafts: DraftEvent[], view: SentenceView): DraftEvent[] {
  const { doc, lexicon, first, end } = view;
  for (const draft of drafts.filter(standing)) {
    const who = participants(view, draft);
    draft.actorMentions = who.actors;
    draft.recipientMentions = who.recipients;
    draft.participantRule = who.rule;
    draft.placeAsActor = who.placeAsActor;
    draft.place = placeOf(view);
    draft.date = eventDate(doc, lexicon, first, end);
    const names = (list: Mention[]) => list.map((m) => doc.text.slice(m.start, m.end)).join(', ') || 'none';
    draft.trace.push({ stage: 'roles', note: `${who.rule}: actors ${names(who.actors)}; recipients ${names(who.recipients)}` });
  }
  return drafts;
}

function isParticiple(token: Token, lexicon: EventLexicon): boolean {
  // UD marks both participles VerbForm=Part: only the past one ("attacked", not "providing") makes a passive.
  if (token.feats?.includes('VerbForm=Part')) return !token.feats.includes('Tense=Pres');
  return lexicon.participles.predicative.some((shape) => shape.test(token.lower));
}

function isPassive(view: SentenceView, draft: DraftEvent): boolean {
  const last = draft.tokens[draft.tokens.length - 1];
  const anchor = draft.tokens[0];
  const clause = clauseOf(view, anchor);
  const participle = draft.tokens.some((t) => isParticiple(view.doc.tokens[t], view.lexicon));
  if (!participle) return false;
  // "Israel is opposed to ...": an adjective after "be", unless a "by" phrase names who opposes.
  const adjectival = view.lexicon.participles.adjectival.some((shape) => shape.test(view.doc.tokens[anchor].lower));
  if (adjectival && !view.mentions.some((m) => m.firstToken > last && view.roles.get(m) === 'agent')) return false;
  // English puts the auxiliary just before the participle ("was killed"): one after the trigger
  // belongs to another verb ("rejected a call for forces to be deployed"). Dutch auxiliaries stand
  // anywhere in the clause ("werd ... aangevallen", "dat ... aangevallen werd"): their reach is unlimited.
  for (let i = view.first; i < view.end; i++) {
    const reach = view.lexicon.passiveAuxiliaries.get(view.doc.tokens[i].lower);
    if (reach === undefined || i === last || clauseOf(view, i) !== clause) continue;
    if (reach === Infinity || (i < anchor && anchor - i - 1 <= reach)) return true;
  }
  return false;
}

interface Participants {
  actors: Mention[];
  recipients: Mention[];
  /** Which participant rule picked them (printed in the event's rules). */
  rule: string;
  /** The actor is the country the act happens in, for want of a named one. */
  placeAsActor: boolean;
}

/** Actor and recipient from the dependency parse when the sentence has one, else by word order. */
function participants(view: SentenceView, draft: DraftEvent): Participants {
  const positional = positionalParticipants(view, draft);
  if (draft.entry.frame === 'speaker' || !view.syntax) return positional;
  const roles = syntacticRoles(view.doc, view.mentions, draft.tokens, view.first, view.end, view.lexicon);
  if (!roles) return positional;
  const groups = (list: Mention[]) => [...new Set(list.flatMap((m) => coordinationGroup(view, m)))];
  if (draft.entry.frame === 'reciprocal') {
    const parties = groups([...roles.subjects, ...roles.agents, ...roles.partners, ...roles.objects]);
    return parties.length ? { actors: parties, recipients: [], rule: `${roles.rule}:reciprocal`, placeAsActor: false } : positional;
  }
  // The one who reports the sentence is not the actor of what it reports ("X may halt ..., the minister said").
  const reporting = (m: Mention) => m === view.speaker || view.roles.get(m) === 'reporter';
  const actors = groups(roles.agents.length ? roles.agents : roles.subjects.filter((m) => !reporting(m)));
  const recipients = groups(roles.objects).filter((m) => !actors.includes(m));
  if (actors.length === 0) return { ...positional, recipients: recipients.length ? recipients : positional.recipients, rule: `${positional.rule}+${roles.rule}:objects` };
  return { actors, recipients: recipients.length ? recipients : positional.recipients.filter((m) => !actors.includes(m)), rule: roles.rule, placeAsActor: false };
}

/**
 * A present participle after a comma ("..., wounding three men and detaining 40") opens a clause
 * without a subject of its own: it acts with the subject of the sentence.
 */
function adverbialClause(view: SentenceView, anchor: number): boolean {
  const { tokens } = view.doc;
  const shapes = view.lexicon.participles.adverbial;
  const isAdverbial = (i: number) => shapes.some((shape) => shape.test(tokens[i].lower));
  if (!isAdverbial(anchor) || anchor - 1 <= view.first) return false;
  if (tokens[anchor - 1].text === ',') return true;
  // The second of a pair: ", wounding three men and detaining 40".
  if (!wordsOfRole(view.lexicon, 'conjunction').has(tokens[anchor - 1].lower)) return false;
  for (let i = anchor - 2; i > view.first; i--) {
    if (isAdverbial(i) && tokens[i - 1].text === ',') return true;
    if (tokens[i].text === ',') return false;
  }
  return false;
}

/** Whether an infinitive marker stands just before the trigger ("te hebben neergeschoten", "to have shot"). */
function infinitiveBefore(view: SentenceView, anchor: number): boolean {
  const markers = wordsOfRole(view.lexicon, 'infinitive');
  for (let i = anchor - 1; i >= view.first && anchor - i <= SETTINGS.infinitiveReach; i--) if (markers.has(view.doc.tokens[i].lower)) return true;
  return false;
}

/** Whether a genitive links the mention to a word that can name an event ("verzoek", "attack"). */
function onEventNoun(view: SentenceView, m: Mention): boolean {
  const head = genitiveHead(view, m);
  if (head === null) return false;
  const token = view.doc.tokens[head];
  return candidatesAt(view.lexicon.triggers, token.lower, token.lemma).length > 0;
}

/** The token a genitive links the mention to ("verzoek" in "het verzoek van Polen"), or null. */
function genitiveHead(view: SentenceView, m: Mention): number | null {
  const links = wordsOfRole(view.lexicon, 'genitive');
  let i = m.firstToken - 1;
  if (i > view.first && view.lexicon.determiners.has(view.doc.tokens[i].lower)) i--;
  return i > view.first && links.has(view.doc.tokens[i].lower) ? i - 1 : null;
}

/** Mention rules that resolved a person's name (src/kb/match.ts). */
const PERSON_RULE = /^(person|surname|title\+person)/;

/**
 * Whether the mention stands in an apposition set off by commas after the name of a country or an
 * organisation: "Kenya, [a close British partner], has". After a person's name an apposition tells the
 * person's office ("Mark Rutte, the NATO secretary general"), which is what the person acts as.
 */
function inApposition(view: SentenceView, m: Mention): boolean {
  const { tokens } = view.doc;
  for (let c = m.firstToken - 1; c > view.first && m.firstToken - c <= SETTINGS.appositionReach; c--) {
    if (tokens[c].text !== ',') continue;
    const opens = view.lexicon.determiners.has(tokens[c + 1].lower) && view.mentions.some((n) => n.endToken === c && !PERSON_RULE.test(n.rule));
    if (!opens) return false;
    for (let e = m.endToken; e < view.end && e - m.endToken <= SETTINGS.appositionReach; e++) if (tokens[e].text === ',') return true;
    return false;
  }
  return false;
}

/** Whether the mention hangs by a genitive on a noun phrase that opens its clause: "De bondgenoten van [Polen]". */
function onOpeningPhrase(view: SentenceView, m: Mention): boolean {
  const head = genitiveHead(view, m);
  if (head === null) return false;
  const start = head > view.first && view.lexicon.determiners.has(view.doc.tokens[head - 1].lower) ? head - 1 : head;
  return start <= view.first || clauseOf(view, start - 1) !== clauseOf(view, start) || view.doc.tokens[start - 1].text === ',';
}

/** Roles of a name a preposition marks as the other side of a one-sided act. */
const MARKED_OBJECT_ROLES = new Set(['agent', 'partner', 'recipient', 'origin']);

/** Actor and recipient by word order and prepositions. */
function positionalParticipants(view: SentenceView, draft: DraftEvent): Participants {
  const anchor = draft.tokens[0];
  const last = draft.tokens[draft.tokens.length - 1];
  const clause = clauseOf(view, anchor);
  // A mention holding the trigger's first word is the trigger itself; one holding only a later word
  // of the pattern is its object ("summoned the British ambassador").
  const usable = view.mentions.filter((m) => !(anchor >= m.firstToken && anchor < m.endToken));
  const role = (m: Mention) => view.roles.get(m) ?? 'subject';
  const inClause = (m: Mention) => clauseOf(view, m.firstToken) === clause;
  const speakerActors = (): Mention[] => (view.speaker ? [view.speaker] : []);

  if (draft.entry.frame === 'speaker') {
    // The one spoken to or about: the subject of the trigger's clause ("China must"), else the one
    // addressed before it ("a warning to Serbia that it must"), else a mention later in the clause.
    const spokenAbout = (m: Mention) => m !== view.speaker && !isPlaceRole(role(m)) && role(m) !== 'reporter';
    const recipient =
      usable.find((m) => inClause(m) && m.endToken <= anchor && spokenAbout(m)) ??
      [...usable].reverse().find((m) => m.endToken <= anchor && m !== view.speaker && role(m) === 'recipient') ??
      usable.find((m) => inClause(m) && spokenAbout(m)) ??
      [...usable].reverse().find((m) => m.endToken <= anchor && m !== view.speaker && role(m) === 'subject');
    const recipients = recipient ? coordinationGroup(view, recipient) : [];
    if (view.speaker) return { actors: speakerActors(), recipients, rule: 'frame:speaker', placeAsActor: false };
    // No speech verb ("Merkel sent a warning to Serbia that it must ..."): the sentence's subject speaks.
    const subject = usable.find((m) => m.endToken <= anchor && role(m) === 'subject' && !recipients.includes(m) && clauseOf(view, m.firstToken) < clause);
    return { actors: subject ? coordinationGroup(view, subject) : [], recipients, rule: subject ? 'frame:speaker:subject' : 'frame:speaker', placeAsActor: false };
  }

  if (draft.entry.frame === 'reciprocal') {
    let topicStart = view.end;
    for (let i = last + 1; i < view.end; i++) {
      if (view.lexicon.prepositions.get(view.doc.tokens[i].lower) === 'topic' && i > last) {
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
    const chosen = inOwnClause.length > 0 ? [...new Set(inOwnClause.flatMap((m) => coordinationGroup(view, m)))].filter((m) => parties.includes(m)) : parties;
    const actors = chosen.length > 0 ? chosen : speakerActors();
    return { actors, recipients: [], rule: 'frame:reciprocal', placeAsActor: false };
  }

  // "wijst het verzoek van Polen af": a name hanging by "van"/"of" on a word for another event belongs
  // to that event, so it is not the subject of a verb (though it may be what the verb acts on).
  // On other nouns it may well be ("Thousands of Georgians protested", "members of the opposition").
  const ownSubject = (m: Mention) => draft.entry.triggerClass !== 'verb' || !onEventNoun(view, m);
  const subjects = usable.filter((m) => role(m) === 'subject' && m !== view.speaker);
  const passive = isPassive(view, draft);
  let actors: Mention[] = [];
  let recipients: Mention[] = [];
  let rule = 'frame:svo';
  let placeAsActor = false;
  if (passive) {
    // "attacked by Peru"; Dutch puts the agent before the participle: "werd door Rusland aangevallen".
    const agent = usable.find((m) => role(m) === 'agent' && m.firstToken > anchor) ?? usable.find((m) => role(m) === 'agent' && inClause(m));
    if (agent) actors = coordinationGroup(view, agent);
    const patient = [...subjects].reverse().find((m) => m.endToken <= anchor && inClause(m));
    if (patient) recipients = coordinationGroup(view, patient);
    rule = 'frame:svo:passive';
  } else {
    // Verb-final clauses ("Rusland heeft Oekraïne aangevallen") put the subject first; SVO next to the verb.
    const { subjectFirst, inversion } = view.lexicon.wordOrder;
    const clauseSubjects = subjects.filter((m) => m.endToken <= anchor && inClause(m));
    const subjectsBefore = clauseSubjects.filter(ownSubject);
    // The head of the subject phrase before names inside it: "The Serbian and Croatian delegations of ...
    // Bosnia", "Kenya, a close British partner, has rejected". Only when no other is left do those inner names act.
    const heads = (list: Mention[]) => {
      const outer = list.filter((m) => genitiveHead(view, m) === null && !inApposition(view, m));
      return outer.length ? outer : list;
    };
    const pick = (list: Mention[]) => (subjectFirst ? list[0] : list[list.length - 1]);
    const before = pick(heads(subjectsBefore)) ?? pick(heads(subjects.filter((m) => m.endToken <= anchor && !clauseSubjects.includes(m))));
    // Only an inverted verb puts its subject after it ("viel Rusland ... aan"); after an English verb,
    // or after a noun, the next mention is what it acts on ("an explosion killed two youths").
    const after = inversion && draft.entry.triggerClass === 'verb' ? subjects.find((m) => m.firstToken > anchor && inClause(m) && ownSubject(m)) : undefined;
    // "Nurses from three Swiss charities delivered ...": who the unnamed subject comes from.
    const originOfSubject = usable.find((m) => m.endToken <= anchor && inClause(m) && role(m) === 'origin');
    // "het verzoek van Polen", "the proposal of the EU": the name a noun's genitive links to it acts.
    // Where the convention makes that name the target, a target phrase after it makes it the actor
    // again: "de aanval van Rusland op Oekraïne".
    const genitive = draft.entry.triggerClass === 'noun' ? usable.find((m) => m.firstToken > last && genitiveHead(view, m) === last) : undefined;
    const targetAfter = (g: Mention) => usable.some((m) => m.firstToken >= g.endToken && inClause(m) && role(m) === 'recipient');
    const ofNoun = genitive && (convention('genitive-patient', draft.entry.type, draft.entry.cameo) === null || targetAfter(genitive)) ? genitive : undefined;
    // "Het leger zegt vijf drones te hebben neergeschoten": an infinitive without a subject of its own acts with the speaker.
    const speakerOfInfinitive = view.speaker && view.speaker.endToken <= anchor && infinitiveBefore(view, anchor) ? view.speaker : undefined;
    const subject =
      ofNoun ?? speakerOfInfinitive ?? (adverbialClause(view, anchor) ? subjects.find((m) => m.endToken <= anchor) : undefined) ?? before ?? after ?? originOfSubject;
    if (subject) actors = coordinationGroup(view, subject);
    // After an auxiliary a verb-final clause puts its object before the main verb: "Iran heeft de Britse
    // ambassadeur ontboden na de arrestatie van een Iraanse diplomaat".
    const objectBeforeVerb =
      view.lexicon.wordOrder.verbFinal && draft.entry.triggerClass === 'verb' && auxiliaryBefore(view, anchor)
        ? clauseSubjects.find((m) => !actors.includes(m) && m !== view.speaker && !onOpeningPhrase(view, m))
        : undefined;
    const firstMarked = usable.find((m) => m.firstToken > last && inClause(m) && !actors.includes(m) && MARKED_OBJECT_ROLES.has(role(m)));
    const object =
      objectBeforeVerb ??
      usable.find((m) => m.firstToken > anchor && !actors.includes(m) && (role(m) === 'recipient' || role(m) === 'subject') && m !== view.speaker && inClause(m)) ??
      // A name hanging on a noun that opens the clause belongs to the subject ("De bondgenoten van Polen
      // hebben ... verworpen"); further on, to the object ("heeft het voorstel van de oppositie verworpen").
      clauseSubjects.find((m) => !actors.includes(m) && subjectFirst && !onOpeningPhrase(view, m)) ??
      // "demanded an apology by Ankara that ...": who the demanded thing is asked of, when that is the
      // first marked name in the trigger's own clause ("cut ties with Bolivia over a visit by Peruvians" is Bolivia's).
      (firstMarked && role(firstMarked) === 'agent' ? firstMarked : undefined) ??
      // "demanded that Sudan return ... to Taiwan": the subject of the content clause is who the act
      // is aimed at, before anything named further on.
      usable.find((m) => m.firstToken > last && m.firstToken - last <= SETTINGS.contentReach && !actors.includes(m) && role(m) === 'subject' && m !== view.speaker) ??
      usable.find((m) => m.firstToken > last && !actors.includes(m) && role(m) === 'recipient') ??
      // The other side ("cut ties with Qatar"), or, in the active voice, whom the thing acted on
      // comes from: who "turned down demands by Peru's leaders" or "an offer from Japan" answers them.
      usable.find((m) => m.firstToken > last && inClause(m) && !actors.includes(m) && (role(m) === 'partner' || role(m) === 'agent' || role(m) === 'origin'));
    if (object) recipients = coordinationGroup(view, object);
    // A complaint is aimed at what it is about, not at whom it is made to: "complained to the UN
    // over Israeli air raids" accuses Israel.
    const about = convention('topic-target', draft.entry.type, draft.entry.cameo) !== null ? usable.find((m) => m.firstToken > last && role(m) === 'topic' && !actors.includes(m)) : undefined;
    if (about) recipients = coordinationGroup(view, about);
  }
  if (actors.length === 0) {
    // "fighting between the army and the RSF": both sides act.
    const sides = usable.find((m) => m.firstToken > last && inClause(m) && role(m) === 'parties');
    if (sides) {
      actors = coordinationGroup(view, sides);
      rule += ':parties';
    }
  }
  // A passive or nominal act of force names no actor on purpose ("40 people were killed in the
  // shelling, the WHO said"): only security forces reporting it ("two men were arrested, police
  // said") stand in for the actor.
  const nominalUse = draft.entry.triggerClass !== 'verb' || (anchor > view.first && view.lexicon.determiners.has(view.doc.tokens[anchor - 1].lower));
  const reportingSectors = convention('force', draft.entry.type, draft.entry.cameo);
  const speakerStandsIn = !(passive || nominalUse) || reportingSectors === null || reportingSectors.split('|').includes(view.speaker?.actor.sector ?? '');
  if (actors.length === 0 && speakerStandsIn && (insideQuote(view, anchor) || view.speaker)) {
    actors = speakerActors();
    if (actors.length) rule += ':speaker-as-actor';
  }
  if (actors.length === 0 && convention('place-as-actor', draft.entry.type, draft.entry.cameo) !== null) {
    // An attack whose perpetrator goes unnamed ("a journalist was killed in Beirut") is coded to the
    // country it happens in, as event datasets do for unattributed violence.
    const place = usable.find((m) => role(m) === 'place' && m.actor.kind === 'state');
    if (place) {
      actors = [place];
      rule += ':place-as-actor';
      placeAsActor = true;
    }
  }
  if (recipients.length === 0) {
    // CAMEO practice: an act inside a country with no other target is aimed at that country
    // ("rebels attacked in Kharkiv", "police in Algiers arrested ...").
    // Troops put on alert at home are not aimed at home: a domestic place is no MOBILIZE target.
    const actorCodes = new Set(actors.map((a) => a.actor.code));
    const place = usable.find((m) => isPlaceRole(role(m)) && m.actor.kind === 'state' && !(draft.entry.type === 'MOBILIZE' && actorCodes.has(m.actor.code)));
    if (place && actors.length) {
      recipients = [place];
      rule += ':place-as-recipient';
    }
  }
  return { actors, recipients: recipients.filter((r) => !actors.includes(r)), rule, placeAsActor };
}

/**
 * Where the event happened or where forces go: the name after "in", "naar", "langs", "to" ...
 * ("in Europa", "naar Oost-Europese lidstaten", "langs de Oekraïense grens"). A place is a run of
 * capitalised words, or a known state or region followed by the noun it qualifies.
 */
function placeOf(view: SentenceView): string | null {
  const { doc } = view;
  for (let i = view.first; i < view.end - 1; i++) {
    const lower = doc.tokens[i].lower;
    if (!isPlaceRole(view.lexicon.prepositions.get(lower) as MentionRole | undefined) && !wordsOfRole(view.lexicon, 'destination').has(lower)) continue;
    let j = i + 1;
    while (j < view.end && view.lexicon.determiners.has(doc.tokens[j].lower)) j++;
    const start = j;
    const mention = view.mentions.find((m) => m.firstToken === start);
    if (mention && mention.actor.kind !== 'state' && mention.actor.kind !== 'region') continue;
    let last = -1;
    if (mention) last = mention.endToken - 1;
    else if (/^\p{Lu}/u.test(doc.tokens[start]?.text ?? '')) {
      last = start;
      while (last + 1 < view.end && (/^\p{Lu}/u.test(doc.tokens[last + 1].text) || (wordsOfRole(view.lexicon, 'name-link').has(doc.tokens[last + 1].lower) && /^\p{Lu}/u.test(doc.tokens[last + 2]?.text ?? '')))) last++;
    }
    // "de Oekraïense grens", "Oost-Europese lidstaten": the qualified noun belongs to the place.
    if (last >= start && last + 1 < view.end && view.lexicon.placeNouns.has(doc.tokens[last + 1].lower)) last++;
    if (last >= start) return doc.text.slice(doc.tokens[start].start, doc.tokens[last].end);
  }
  return null;
}
