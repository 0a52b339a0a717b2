// Reference within the article: pronouns, possessives and definite descriptions take the actor of
// an earlier mention they can refer to, and each sentence gets the speaker a reader gives it
// across the sentence boundary. Surnames after a full name and nameless sector nouns ("de
// politie") are resolved by the mention stage itself (kb/match.ts, kb/article-country.ts).
import type { ActorRef, Document, Mention, Token } from '../document/index.js';
import { eventLexicon, hasEventLexicon } from '../events/lexicon.js';
import { QUOTE_MARKS } from '../events/sentence-view.js';
import type { SentenceSpeaker } from '../events/speakers.js';
import { sentenceSpeakers } from '../events/speakers.js';
import type { KnowledgeBase } from '../kb/index.js';
import { foldKey } from '../kb/text.js';
import type { DescriptionEntry, Gender, GrammaticalNumber, PronounEntry, ReferenceLexicon } from './lexicon.js';
import { referenceLexicon } from './lexicon.js';

export type { ReferenceLexicon } from './lexicon.js';
export { referenceLexicon } from './lexicon.js';

export const REFERENCE_SETTINGS = {
  /** Sentences back an antecedent may stand: past about two, a reader no longer links a pronoun to a name. */
  window: 2,
  /** Adjectives between a possessive and the sector noun it owns ("its elite troops"). */
  adjectivesBeforeSector: 2,
};

/** Mention rules that name a person (kb/match.ts): "he" and "she" refer to these. */
const PERSON_RULE = /^(person|surname|title\+person|apposition\+person)/;

/** A mention as something later words can refer to. */
interface Referent {
  mention: Mention;
  sentence: number;
  person: boolean;
  number: Exclude<GrammaticalNumber, 'any'>;
  /** Not marked by a preposition: a reader's first choice for what a pronoun continues. */
  subject: boolean;
  /** The first mention of what it names: the one the chain's learned gender belongs to. */
  root: Mention;
}

/** Features the tagger gives a token ("Number=Sing|Person=3" → Number: Sing). */
function featsOf(token: Token): Map<string, string> {
  const feats = new Map<string, string>();
  for (const pair of (token.feats ?? '').split('|')) {
    const [name, value] = pair.split('=');
    if (value) feats.set(name, value);
  }
  return feats;
}

const NUMBER_FEATURE: Record<string, 'sing' | 'plur'> = { Sing: 'sing', Plur: 'plur' };
const GENDER_FEATURE: Record<string, Gender> = { Masc: 'masc', Fem: 'fem', Neut: 'neut' };

/** Tags that may stand between a preposition and the name it marks. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

function isSubject(doc: Document, m: Mention, first: number): boolean {
  let i = m.firstToken - 1;
  while (i >= first && NOUN_PHRASE_OPENERS.has(doc.tokens[i].upos ?? '')) i--;
  return i < first || doc.tokens[i].upos !== 'ADP';
}

function referentOf(doc: Document, m: Mention, root: Mention, person: boolean): Referent {
  const sentence = doc.tokens[m.firstToken].sentence;
  const head = doc.tokens[m.endToken - 1];
  const number = person ? 'sing' : (NUMBER_FEATURE[featsOf(head).get('Number') ?? ''] ?? 'sing');
  return { mention: m, sentence, person, number, subject: isSubject(doc, m, doc.sentences[sentence].firstToken), root };
}

/** A pronoun token with its features: the tagger's where it marks them, the lexicon's otherwise. */
interface Pronoun {
  entry: PronounEntry;
  possessive: boolean;
  number: GrammaticalNumber;
  genders: Gender[];
}

function pronounAt(lexicon: ReferenceLexicon, token: Token): Pronoun | null {
  const entry = lexicon.pronouns.get(token.lower);
  if (!entry || (token.upos !== 'PRON' && token.upos !== 'DET')) return null;
  const feats = featsOf(token);
  if (token.upos === 'DET' && feats.get('Poss') !== 'Yes') return null;
  const gender = GENDER_FEATURE[feats.get('Gender') ?? ''];
  const possessive = token.feats ? feats.get('Poss') === 'Yes' : entry.possessive;
  return {
    entry,
    possessive,
    number: NUMBER_FEATURE[feats.get('Number') ?? ''] ?? entry.number,
    genders: gender ? [gender] : entry.genders,
  };
}

/** The gender a chain has shown ("she" resolved to it), by the actor it names. */
type LearnedGenders = Map<string, Gender>;
const chainKey = (root: Mention) => root.actor.kb_id ?? root.actor.name.split(' ').at(-1) ?? '';

function compatible(p: Pronoun, r: Referent, genders: LearnedGenders): boolean {
  const { refers } = p.entry;
  if ((refers === 'person' && !r.person) || (refers === 'thing' && r.person)) return false;
  if (r.person && p.genders.length > 0) {
    if (!p.genders.includes('masc') && !p.genders.includes('fem')) return false;
    const learned = genders.get(chainKey(r.root));
    if (learned && !p.genders.includes(learned)) return false;
  }
  // A group named in the singular is still "they" ("Hamas said they ...").
  if (p.number === 'plur' && r.number !== 'plur' && r.mention.actor.kind !== 'group') return false;
  return p.number !== 'sing' || r.number === 'sing';
}

/**
 * The antecedent a reader takes, in a fixed order of salience: the subject of the nearest earlier
 * sentence (within the window) naming something compatible, else the most recent compatible mention
 * there. Null when nothing compatible is near, or when the word's own sentence names it already.
 */
function antecedent(candidates: Referent[], sentence: number): { referent: Referent; rule: string } | null {
  // A word whose antecedent is in its own sentence ("Poland closed its border", "Russia said it
  // would ...") names no one the sentence does not, and as a mention would stand where the object does.
  if (candidates.some((r) => r.sentence === sentence)) return null;
  const near = candidates.filter((r) => sentence - r.sentence <= REFERENCE_SETTINGS.window);
  if (near.length === 0) return null;
  const nearest = near[near.length - 1].sentence;
  const there = near.filter((r) => r.sentence === nearest);
  const subject = there.find((r) => r.subject);
  return subject ? { referent: subject, rule: 'previous-subject' } : { referent: there[there.length - 1], rule: 'recent' };
}

function mentionOver(doc: Document, first: number, end: number, actor: ActorRef, rule: string, of: Mention): Mention {
  return { start: doc.tokens[first].start, end: doc.tokens[end - 1].end, firstToken: first, endToken: end, actor: { ...actor }, rule, antecedent: { start: of.start, end: of.end } };
}

/** The sector noun a possessive owns ("its troops", "zijn regering"), at the token after it or after its adjectives. */
function ownedSectorEnd(doc: Document, kb: KnowledgeBase, at: number, end: number, covered: Set<number>): { end: number; sector: string } | null {
  let t = at + 1;
  for (let k = 0; k < REFERENCE_SETTINGS.adjectivesBeforeSector && t < end && doc.tokens[t].upos === 'ADJ'; k++) t++;
  if (t >= end || covered.has(t)) return null;
  const word = kb.lexicon.get(foldKey(doc.tokens[t].text))?.words.get(doc.lang);
  if (!word || word.sector === null || word.group || word.former || word.modifier) return null;
  return { end: t + 1, sector: word.sector };
}

/** Whether the description's antecedent may be this mention: an actor of the kind the noun names. */
function describes(entry: DescriptionEntry, r: Referent): boolean {
  // "Russische troepen ... het land": the noun's number is its own, not its antecedent's.
  if (r.person) return false;
  const kind = r.mention.actor.kind;
  if (entry.refers === 'organisation') return kind === 'igo' || kind === 'ngo' || kind === 'group';
  return kind === entry.refers;
}

function afterVerb(doc: Document, token: number): boolean {
  for (let i = doc.sentences[doc.tokens[token].sentence].firstToken; i < token; i++) if (doc.tokens[i].upos === 'VERB' || doc.tokens[i].upos === 'AUX') return true;
  return false;
}

function insideQuote(doc: Document, token: number, first: number): boolean {
  let marks = 0;
  for (let i = first; i < token; i++) if (QUOTE_MARKS.has(doc.tokens[i].text)) marks++;
  return marks % 2 === 1;
}

/** What one pass over a document keeps: the mentions so far as referents, and what is taken. */
interface Pass {
  doc: Document;
  kb: KnowledgeBase;
  lexicon: ReferenceLexicon;
  /** Referents in text order, the stage's own mentions among them as they are made. */
  pool: Referent[];
  covered: Set<number>;
  genders: LearnedGenders;
  added: Mention[];
}

function take(pass: Pass, mention: Mention, referent: Referent): void {
  pass.added.push(mention);
  pass.pool.push(referent);
  for (let k = mention.firstToken; k < mention.endToken; k++) pass.covered.add(k);
}

/** "He said", "its troops": a third-person pronoun or possessive at token t, resolved or left alone. */
function resolvePronoun(pass: Pass, t: number, pronoun: Pronoun): void {
  const { doc } = pass;
  const { sentence } = doc.tokens[t];
  const candidates = pass.pool.filter((r) => r.mention.endToken <= t && compatible(pronoun, r, pass.genders));
  const found = antecedent(candidates, sentence);
  if (!found) return;
  const { referent, rule } = found;
  const owned = pronoun.possessive ? ownedSectorEnd(doc, pass.kb, t, doc.sentences[sentence].endToken, pass.covered) : null;
  // "Its raid was ...": a possessor before the verb stands for the subject; after it ("to take
  // their nationals home") it owns a thing, and as a mention would stand where the object does.
  if (pronoun.possessive && !owned && afterVerb(doc, t)) return;
  if (referent.person && pronoun.genders.length === 1) pass.genders.set(chainKey(referent.root), pronoun.genders[0]);
  if (owned) {
    const mention = mentionOver(doc, t, owned.end, { ...referent.mention.actor, sector: owned.sector }, `possessive:${rule}+sector`, referent.mention);
    return take(pass, mention, referentOf(doc, mention, mention, false));
  }
  const mention = mentionOver(doc, t, t + 1, referent.mention.actor, `${pronoun.possessive ? 'possessive' : 'pronoun'}:${rule}`, referent.mention);
  take(pass, mention, { ...referentOf(doc, mention, referent.root, referent.person), number: referent.number });
}

/** Tags after a noun that make it a modifier ("the movement leaders") or a possessor ("the group's members"). */
const NOT_HEAD_AFTER = new Set(['NOUN', 'PROPN', 'PART']);

function headsPhrase(doc: Document, t: number): boolean {
  const after = doc.tokens[t + 1];
  return !after || after.sentence !== doc.tokens[t].sentence || !NOT_HEAD_AFTER.has(after.upos ?? '');
}

/** "the group", "het land": a description noun after a definite article takes the last actor of its kind. */
function resolveDescription(pass: Pass, t: number): void {
  const { doc } = pass;
  const token = doc.tokens[t];
  const description = pass.lexicon.descriptions.get(token.lemma) ?? pass.lexicon.descriptions.get(token.lower);
  const article = doc.tokens[t - 1];
  if (!description || token.upos !== 'NOUN' || !article || article.sentence !== token.sentence || pass.covered.has(t - 1)) return;
  if (featsOf(article).get('Definite') !== 'Def' || !headsPhrase(doc, t)) return;
  if ((NUMBER_FEATURE[featsOf(token).get('Number') ?? ''] ?? description.number) !== description.number) return;
  const near = (r: Referent) => r.mention.endToken <= t - 1 && token.sentence - r.sentence <= REFERENCE_SETTINGS.window;
  const referent = pass.pool.filter((r) => near(r) && describes(description, r)).at(-1);
  if (!referent) return;
  const actor = description.refers === 'state' ? { ...referent.mention.actor, sector: null } : referent.mention.actor;
  const mention = mentionOver(doc, t - 1, t + 1, actor, 'description:recent', referent.mention);
  take(pass, mention, referentOf(doc, mention, referent.root, false));
}

/**
 * Document stage: adds to doc.mentions a mention for every third-person pronoun or possessive
 * ("hij", "its troops"), definite description ("the group", "het land") and quoted first-person
 * pronoun ("we") a reader can resolve, with the antecedent's actor, its span, and the rule that
 * chose it (`pronoun:previous-subject`, `description:recent`, `pronoun:quote-speaker`, ...); sets
 * each sentence's speaker, across the sentence boundary where a quote names none there.
 */
export function resolveReferences(doc: Document, kb: KnowledgeBase): void {
  const lexicon = referenceLexicon(doc.lang);
  if (lexicon.pronouns.size === 0 && lexicon.descriptions.size === 0) return;
  const pass: Pass = { doc, kb, lexicon, pool: [], covered: new Set(), genders: new Map(), added: [] };
  for (const m of doc.mentions) for (let t = m.firstToken; t < m.endToken; t++) pass.covered.add(t);
  const entities = new Set(doc.entities.filter((e) => e.label === 'PER').map((e) => `${e.firstToken}:${e.endToken}`));
  const isPerson = (m: Mention) => PERSON_RULE.test(m.rule) || m.actor.kind === 'person' || entities.has(`${m.firstToken}:${m.endToken}`);
  const named = doc.mentions.map((m) => referentOf(doc, m, m, isPerson(m)));
  const firstPerson: number[] = [];
  for (let t = 0, next = 0; t < doc.tokens.length; t++) {
    while (next < named.length && named[next].mention.firstToken <= t) pass.pool.push(named[next++]);
    if (pass.covered.has(t)) continue;
    const pronoun = pronounAt(lexicon, doc.tokens[t]);
    if (pronoun?.entry.person === 1) firstPerson.push(t);
    else if (pronoun) resolvePronoun(pass, t, pronoun);
    else resolveDescription(pass, t);
  }
  doc.mentions = [...doc.mentions, ...pass.added].sort((a, b) => a.start - b.start);
  if (!hasEventLexicon(doc.lang)) return;
  const speakers = sentenceSpeakers(doc, eventLexicon(doc.lang));
  doc.sentences.forEach((s, i) => {
    const found = speakers[i];
    if (found && found.rule !== 'speaker:own-sentence') s.speaker = { mention: found.speaker, rule: found.rule };
  });
  const quoted = quotedFirstPerson(doc, firstPerson, speakers);
  if (quoted.length) doc.mentions = [...doc.mentions, ...quoted].sort((a, b) => a.start - b.start);
}

/** "We will answer," the minister said: a first-person pronoun inside a quote is its speaker. */
function quotedFirstPerson(doc: Document, pronouns: number[], speakers: (SentenceSpeaker | null)[]): Mention[] {
  const out: Mention[] = [];
  for (const token of pronouns) {
    const sentence = doc.tokens[token].sentence;
    const found = speakers[sentence];
    if (!found || !insideQuote(doc, token, doc.sentences[sentence].firstToken)) continue;
    out.push(mentionOver(doc, token, token + 1, found.speaker.actor, 'pronoun:quote-speaker', found.speaker));
  }
  return out;
}
