// Finding and resolving actor mentions in a token sequence. Two passes: a lexical scan takes the
// longest knowledge-base name at each token (looking inside hyphenated compounds such as
// "NAVO-chef"), then a left-to-right pass combines what it found into actors: adjective + sector
// word ("Russische troepen"), title + person ("de Chileense president Gabriel Boric"), sector word
// + "van"/"of" + country, persons as of the date, and surnames that refer back to a full name.
import type { ActorKind, ActorRef, EntitySpan } from '../document/index.js';
import { ARTICLE_COUNTRY } from './article-country.js';
import type { LanguageSettings, NameEntry, Person, SectorWord } from './data.js';
import type { KnowledgeBase, Lexeme } from './knowledge-base.js';
import { FORMER_OFFICIAL_SECTOR, personByShortName, standingOn } from './persons.js';
import { SURNAME_PARTICLES, caseCompatible, caseSignature, foldKey } from './text.js';
import type { KbToken } from './tokenize.js';

export interface FoundMention {
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  actor: ActorRef;
  rule: string;
}

export interface MatchContext {
  kb: KnowledgeBase;
  lang: string | null;
  date: string | null;
  /** Actors already named in the document, by folded surname: "biden" after "Joe Biden". */
  coref: Map<string, Omit<ActorRef, 'name'>>;
  entities?: EntitySpan[];
  /** The text the tokens' offsets point into. */
  text: string;
}

interface Item {
  first: number;
  end: number;
  entity: NameEntry | null;
  person: Person | null;
  word: SectorWord | null;
  /** The sector word after the hyphen of a compound whose first part named the actor ("chef"). */
  rest: SectorWord | null;
  /** Whether only the part before a hyphen matched ("NAVO-chef", "Iranian-backed"). */
  hyphenHead: boolean;
  /** A capitalised word the lexicon does not know: maybe a surname or part of an unknown name. */
  capitalised: boolean;
  /** A title held before: "oud-premier", "ex-president" (the word is the title after the hyphen). */
  former: boolean;
}

const TYPE_PREFERENCE: Record<NameEntry['type'], number> = { name: 0, metonym: 1, capital: 2, demonym: 3, adj: 4, place: 5 };
const STANDALONE_RULE: Record<string, string> = { state: 'country-name', igo: 'igo', ngo: 'igo', region: 'region', group: 'group' };
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MAX_NAME_TOKENS = 5;

/** The context of one pass over a token sequence: the tokens' folded keys, computed once. */
interface Run extends MatchContext {
  folded: string[];
}

export function findMentions(context: MatchContext, tokens: KbToken[]): FoundMention[] {
  const ctx: Run = { ...context, folded: tokens.map((t) => foldKey(t.text)) };
  const items = scan(ctx, tokens);
  const found: FoundMention[] = [];
  for (let k = 0; k < items.length; ) {
    const result = resolveAt(ctx, tokens, items, k);
    if (result) {
      found.push(result.mention);
      k = result.next;
    } else k++;
  }
  return found;
}

// ---- lexical scan ----

function scan(ctx: Run, tokens: KbToken[]): Item[] {
  const { folded } = ctx;
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const item = longestAt(ctx, tokens, i);
    // "the West Bank": a longer name starting inside this match wins over it ("the West").
    if (item && item.end > i + 1) {
      const inner = longestAt(ctx, tokens, i + 1);
      if (inner && inner.end > item.end) {
        i++;
        continue;
      }
    }
    if (item) {
      items.push(item);
      i = item.end;
    } else {
      const head = compoundHead(ctx, folded[i]);
      if (head) items.push(bare(i, { word: head }));
      else if (isCapitalised(tokens[i].text) || startsSurname(tokens, i)) items.push(bare(i, { capitalised: true }));
      i++;
    }
  }
  return items;
}

const MIN_COMPOUND_MODIFIER = 3;

/** The sector word a compound ends in, in a language that writes compounds as one word. */
function compoundHead(ctx: Run, word: string): SectorWord | null {
  const heads = ctx.lang === null ? undefined : ctx.kb.compoundHeads.get(ctx.lang);
  if (!heads || word.length < 9) return null;
  for (const head of heads.get(word.slice(-4)) ?? []) {
    if (word.length - head.text.length >= MIN_COMPOUND_MODIFIER && word.endsWith(head.text)) return head;
  }
  return null;
}

function bare(first: number, fields: Partial<Item>): Item {
  return { first, end: first + 1, entity: null, person: null, word: null, rest: null, hyphenHead: false, capitalised: false, former: false, ...fields };
}

interface Candidate {
  end: number;
  key: string;
  lexeme: Lexeme;
  /** The matched text as written, words joined as in the key. */
  surface: string;
  rest: string | null;
}

/** "Russia's", "Paris'": cheaper than a pattern on every token a name may start at. */
function endsPossessive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const apostrophe = (c: number) => c === 39 || c === 0x2019;
  return apostrophe(last) || (last === 115 && text.length > 1 && apostrophe(text.charCodeAt(text.length - 2)));
}

/** Whether token j is written apart from the token before it: then keys join them with a space. */
function separator(tokens: KbToken[], first: number, j: number): string {
  return j === first || tokens[j].start === tokens[j - 1].end ? '' : ' ';
}

/** The text of tokens first..end-1 joined as keys join them; built only for the few candidates. */
function surfaceOf(tokens: KbToken[], first: number, end: number): string {
  let surface = '';
  for (let j = first; j < end; j++) surface += separator(tokens, first, j) + tokens[j].text;
  return surface;
}

function longestAt(ctx: Run, tokens: KbToken[], i: number): Item | null {
  const { kb, folded } = ctx;
  const first = folded[i];
  const firstEntry = kb.prefixes.get(first);
  if (firstEntry === undefined && !first.includes('-') && !first.includes("'")) return null;
  const candidates: Candidate[] = [];
  let key = '';
  let spaced: string | null = null;
  for (let j = i; j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    const token = tokens[j];
    const sep = separator(tokens, i, j);
    if (token.text.includes('-')) {
      const parts = token.text.split('-');
      for (let k = parts.length - 1; k >= 1; k--) {
        const head = parts.slice(0, k).join('-');
        const headKey = key + sep + foldKey(head);
        const lexeme = kb.lexicon.get(headKey);
        if (lexeme) candidates.push({ end: j + 1, key: headKey, lexeme, surface: surfaceOf(tokens, i, j) + sep + head, rest: parts.slice(k).join('-') });
      }
    }
    const possessive = endsPossessive(token.text) ? /^(.*[\p{L}.])['’]s?$/u.exec(token.text) : null;
    if (possessive) {
      const ownerKey = key + sep + foldKey(possessive[1]);
      const lexeme = kb.lexicon.get(ownerKey);
      if (lexeme) candidates.push({ end: j + 1, key: ownerKey, lexeme, surface: surfaceOf(tokens, i, j) + sep + possessive[1], rest: null });
    }
    // Names lose their hyphens in some sources: "Jean-Bertrand Aristide" is "Jean Bertrand Aristide".
    if (spaced !== null || folded[j].includes('-')) spaced = (spaced ?? key) + sep + folded[j].replace(/-/g, ' ');
    key = j === i ? first : key + sep + folded[j];
    const entry = j === i ? firstEntry : kb.prefixes.get(key);
    const spacedEntry = spaced !== null && !entry ? kb.prefixes.get(spaced) : undefined;
    if (entry) candidates.push({ end: j + 1, key, lexeme: entry, surface: surfaceOf(tokens, i, j + 1), rest: null });
    else if (spacedEntry) candidates.push({ end: j + 1, key: spaced as string, lexeme: spacedEntry, surface: surfaceOf(tokens, i, j + 1), rest: null });
    if (key.length >= kb.maxKeyLength || (entry === undefined && spacedEntry === undefined)) break;
  }
  // Longest first; at equal length the whole token before its hyphen head.
  for (let c = candidates.length - 1; c >= 0; c--) {
    const item = itemFor(ctx, i, candidates[c]);
    if (item) return item;
  }
  return null;
}

function itemFor(ctx: Run, first: number, candidate: Candidate): Item | null {
  const { lexeme } = candidate;
  const sig = lexeme.entities.length > 0 || lexeme.persons.length > 0 ? caseSignature(candidate.surface) : '';
  let entities = lexeme.entities.filter((e) => langFits(ctx, e.entry.lang) && caseCompatible(e.caseSig, sig)).map((e) => e.entry);
  // A name listed for the document's language beats the same name listed for every language
  // ("Brussels" in English is the EU, the capital of Belgium elsewhere).
  if (entities.some((e) => e.lang === ctx.lang)) entities = entities.filter((e) => e.lang === ctx.lang);
  const persons = [...new Set(lexeme.persons.filter((p) => caseCompatible(p.caseSig, sig)).map((p) => p.person))];
  const word = candidate.rest === null ? wordFor(ctx, candidate.key) : null;
  if (candidate.rest !== null && wordFor(ctx, candidate.key)?.former) {
    const title = wordFor(ctx, foldKey(candidate.rest));
    return title && !title.group ? bare(first, { end: candidate.end, word: title, former: true }) : null;
  }
  const codes = new Set(entities.map((e) => e.code));
  const entity = codes.size === 1 ? entities.sort((a, b) => TYPE_PREFERENCE[a.type] - TYPE_PREFERENCE[b.type])[0] : null;
  const person = persons.length === 1 ? persons[0] : null;
  if (!entity && !person && !word) return null;
  const rest = candidate.rest === null ? null : wordFor(ctx, foldKey(candidate.rest));
  return bare(first, { end: candidate.end, entity, person, word, rest, hyphenHead: candidate.rest !== null });
}

function wordFor(ctx: Run, key: string): SectorWord | null {
  const words = ctx.kb.lexicon.get(key)?.words;
  if (!words || words.size === 0) return null;
  if (ctx.lang) return words.get(ctx.lang) ?? null;
  return words.values().next().value ?? null;
}

function langFits(ctx: Run, lang: string): boolean {
  return lang === '*' || ctx.lang === null || lang === ctx.lang;
}

/** Upper-case first letter; ASCII answered without a pattern, since this runs on most tokens. */
function isCapitalised(text: string): boolean {
  const initial = text.charCodeAt(0);
  return initial < 128 ? initial >= 65 && initial <= 90 : /^\p{Lu}/u.test(text);
}

/** Particles before a capitalised word may start a surname ("von der Leyen"). */
function startsSurname(tokens: KbToken[], i: number): boolean {
  let j = i;
  while (j < tokens.length && SURNAME_PARTICLES.has(tokens[j].text)) j++;
  return j > i && j < tokens.length && isCapitalised(tokens[j].text);
}

// ---- combination ----

interface Resolution {
  mention: FoundMention;
  next: number;
}

function resolveAt(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const item = items[k];
  if (item.entity) {
    return modifierPhrase(ctx, tokens, items, k) ?? standalone(ctx, tokens, items, k);
  }
  if (item.person) return withPossessiveSector(ctx, tokens, items, personPhrase(ctx, tokens, items, k, k, null));
  if (item.word) return sectorPhrase(ctx, tokens, items, k);
  if (item.capitalised) return withPossessiveSector(ctx, tokens, items, surname(ctx, tokens, items, k, k));
  return null;
}

/**
 * "Assad's forces": a person's possessive before a sector word is that sector of what they stand
 * for; so is a party's name ("Labour MPs").
 */
function withPossessiveSector(ctx: Run, tokens: KbToken[], items: Item[], found: Resolution | null): Resolution | null {
  if (!found || found.mention.actor.kind === 'igo') return found;
  const last = found.next - 1;
  const glued = /['’]s?$/.test(tokens[items[last].end - 1].text);
  if (!glued && !items[last].person?.party && !POSSESSIVE.has(tokens[items[last].end]?.text ?? '')) return found;
  const w = glued ? (items[last + 1]?.first === items[last].end ? last + 1 : null) : nextAdjacent(tokens, items, last);
  if (w === null) return found;
  const word = items[w].word;
  if (!word || word.group || word.sector === null || items[w].entity) return found;
  const owner = found.mention.actor;
  const kind: ActorKind = owner.kind === 'person' ? 'state' : owner.kind;
  const actor = { code: owner.code, sector: word.sector, kind, kb_id: owner.kb_id };
  const rule = items[last].person?.party ? 'party+sector' : 'person+sector';
  return { mention: mention(ctx, tokens, found.mention.firstToken, items[w].end, actor, rule), next: w + 1 };
}

/**
 * Whether items[k + 1] follows items[k] directly, allowing a possessive "'s" between them and, with
 * `adjectives`, up to two words a tagger marked ADJ ("Russische gemechaniseerde troepen").
 */
function nextAdjacent(tokens: KbToken[], items: Item[], k: number, adjectives = false): number | null {
  const next = items[k + 1];
  if (!next) return null;
  let gap = items[k].end;
  if (gap < next.first && POSSESSIVE.has(tokens[gap].text)) gap++;
  for (let skipped = 0; adjectives && skipped < 2 && gap < next.first && tokens[gap].upos === 'ADJ'; skipped++) gap++;
  if (gap === next.first && tokens[gap]?.sentence === tokens[items[k].first].sentence) return k + 1;
  return null;
}

/** "Russische troepen", "de Braziliaanse president Lula", "westerse landen", "NAVO-chef Jens Stoltenberg". */
function modifierPhrase(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const modifier = items[k].entity!;
  if (modifier.type === 'metonym' || modifier.type === 'demonym') return null;
  // "Iranian-backed militias" are not Iran's: a compound's head names the actor only with a sector after the hyphen.
  if (items[k].hyphenHead && !items[k].rest) return null;
  // "Vietnamese-led forces": a modifier after the hyphen lets the sector word follow.
  let word = items[k].rest?.modifier ? null : items[k].rest;
  let last = k;
  if (!word) {
    const adjacent = nextAdjacent(tokens, items, k, true);
    let w = adjacent;
    // Up to two modifiers between: "Bangladeshi peacekeeping troops", "Nigerian junior foreign minister".
    for (let skipped = 0; w !== null && skipped < 2 && items[w].word?.modifier && !items[w].entity; skipped++) {
      w = nextAdjacent(tokens, items, w);
    }
    if (w !== null && items[w].entity?.type === 'demonym' && items[w].entity!.code !== modifier.code && modifier.kind === 'state') {
      // "Bosnian Serbs", "Kosovo Albanians": a people within a state is coded as that state.
      const actor = { code: modifier.code, sector: modifier.sector, kind: modifier.kind, kb_id: modifier.id };
      return { mention: mention(ctx, tokens, items[k].first, items[w].end, actor, 'adjective+demonym'), next: w + 1 };
    }
    // A modifier that is also a sector word ("elite") is the sector word when no other follows.
    if (w === null || !sectorItem(items[w])) w = adjacent !== null && sectorItem(items[adjacent]) ? adjacent : null;
    if (w === null) return coordinated(ctx, tokens, items, k);
    word = items[w].word!;
    last = w;
  }
  // Chains of sector words ("military officials", "minister van Buitenlandse Zaken") extend the span.
  while (!word.title) {
    const w = nextAdjacent(tokens, items, last);
    if (w === null || !sectorItem(items[w])) break;
    last = w;
    if (items[w].word!.title) word = items[w].word!;
  }
  const combined = sectorFor(modifier, word);
  if (combined === undefined) return null;
  const sector = last !== k && items[last].former ? FORMER_OFFICIAL_SECTOR : combined;
  const actor = { code: modifier.code, sector, kind: modifier.kind, kb_id: modifier.id };
  if (word.title) {
    const withPerson = personPhrase(ctx, tokens, items, last + 1, k, actor);
    if (withPerson) return withPerson;
  }
  const rule = modifier.kind === 'region' && word.group ? 'region+group' : modifier.type === 'adj' ? 'adjective+sector' : 'name+sector';
  return { mention: mention(ctx, tokens, items[k].first, items[last].end, actor, rule), next: last + 1 };
}

/**
 * "Britse en Amerikaanse troepen": an adjective joined to the next one shares the sector word
 * after it, and is a mention of its own.
 */
function coordinated(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const language = languageOf(ctx);
  const joiner = items[k].end;
  const next = items[k + 1];
  if (!next?.entity || next.entity.type !== 'adj' || next.first !== joiner + 1 || !language.and.has(tokens[joiner].text.toLowerCase())) return null;
  if (tokens[next.first].sentence !== tokens[joiner].sentence) return null;
  const shared = modifierPhrase(ctx, tokens, items, k + 1);
  if (!shared || shared.mention.rule !== 'adjective+sector') return null;
  const modifier = items[k].entity!;
  const actor = { code: modifier.code, sector: shared.mention.actor.sector, kind: modifier.kind, kb_id: modifier.id };
  return { mention: mention(ctx, tokens, items[k].first, items[k].end, actor, 'adjective+sector'), next: k + 1 };
}

function languageOf(ctx: Run): LanguageSettings {
  return (ctx.lang !== null && ctx.kb.languages.get(ctx.lang)) || ctx.kb.anyLanguage;
}

/** An item that can give an actor its sector: a sector, title or group word, not a name. */
function sectorItem(item: Item): boolean {
  const word = item.word;
  return word !== null && !item.entity && !item.person && !word.former && (word.sector !== null || word.group || word.alone !== null);
}

/**
 * The sector a modifier and a word give together; undefined when they make no actor. Group nouns
 * ("landen") make an actor only after a region ("westerse landen"); "Amerikaanse bondgenoten" are
 * not the United States.
 */
function sectorFor(modifier: NameEntry, word: SectorWord): string | null | undefined {
  if (word.group && !word.title && word.sector === null) return modifier.kind === 'region' ? null : undefined;
  if (word.group && !word.title && modifier.kind !== 'region') return undefined;
  if (modifier.kind === 'igo' && word.sector === 'GOV') return modifier.sector;
  return word.sector ?? modifier.sector;
}

function standalone(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const entity = items[k].entity!;
  if (entity.type === 'adj') return adjectiveOfThing(ctx, tokens, items, k);
  const rule = entity.type === 'name' ? STANDALONE_RULE[entity.kind] ?? 'name' : entity.type;
  const actor = { code: entity.code, sector: entity.sector, kind: entity.kind, kb_id: entity.id };
  return { mention: mention(ctx, tokens, items[k].first, items[k].end, actor, rule), next: k + 1 };
}

/** A sector word on its own: "de regering van Oekraïne", "president Poetin", "rebellen". */
function sectorPhrase(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const word = items[k].word!;
  if (word.former) return formerPhrase(ctx, tokens, items, k);
  const owner = ofPhrase(ctx, tokens, items, k, word.alone !== null);
  if (owner !== null && word.sector !== null && !word.group) {
    const entity = items[owner].entity!;
    const combined = sectorFor(entity, word);
    const sector = combined === undefined ? word.sector : combined;
    const actor = { code: entity.code, sector, kind: entity.kind, kb_id: entity.id };
    return { mention: mention(ctx, tokens, items[k].first, items[owner].end, actor, 'sector+of+name'), next: owner + 1 };
  }
  if (word.title) {
    const withPerson = personPhrase(ctx, tokens, items, k + 1, k, null);
    if (withPerson) return withPerson;
  }
  if (word.alone) {
    const actor = { code: word.alone, sector: word.sector, kind: 'group' as ActorKind, kb_id: null };
    return { mention: mention(ctx, tokens, items[k].first, items[k].end, actor, 'generic-sector'), next: k + 1 };
  }
  // "de regering", "the minister": a sector word after an article, of no named country, is the
  // article's own country's; which that is, all the article's mentions tell (articleCountryMentions).
  // One with an "of" after it belongs to what follows ("the barracks of Georgian army units").
  const before = items[k].first - 1;
  const language = languageOf(ctx);
  const after = ctx.folded[items[k].end];
  if (word.sector !== null && !word.group && before >= 0 && language.articles.has(ctx.folded[before]) && !(after !== undefined && language.of.has(after))) {
    const actor = { code: ARTICLE_COUNTRY, sector: word.sector, kind: 'state' as ActorKind, kb_id: null };
    return { mention: mention(ctx, tokens, items[k].first, items[k].end, actor, 'sector+article-country'), next: k + 1 };
  }
  return null;
}


/**
 * "de voormalige Franse president", "former Russian officials": what the phrase after the word
 * names, as a former office holder (ELI). A known person keeps what they stood for on the date.
 */
function formerPhrase(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const next = nextAdjacent(tokens, items, k);
  if (next === null) return null;
  const after = resolveAt(ctx, tokens, items, next);
  if (!after) return null;
  const { code, sector, kind, kb_id } = after.mention.actor;
  const person = kb_id !== null && ctx.kb.persons.has(kb_id);
  const actor = { code, sector: person ? sector : FORMER_OFFICIAL_SECTOR, kind, kb_id };
  return { mention: mention(ctx, tokens, items[k].first, after.mention.endToken, actor, after.mention.rule), next: after.next };
}

/**
 * Index of the state or organisation item in "WORD of [the] NAME" ("de regering van Oekraïne"),
 * or, for a domestic group, "WORD in [the] NAME" ("militias in the Central African Republic"); else null.
 */
function ofPhrase(ctx: Run, tokens: KbToken[], items: Item[], k: number, domestic: boolean): number | null {
  const language = languageOf(ctx);
  let t = items[k].end;
  const joiner = tokens[t]?.text.toLowerCase() ?? '';
  if (!language.of.has(joiner) && !(domestic && language.in.has(joiner))) return null;
  t++;
  if (language.articles.has(tokens[t]?.text.toLowerCase() ?? '')) t++;
  let owner = k + 1;
  while (items[owner] && items[owner].first < t) owner++;
  if (items[owner]?.first !== t) return null;
  const entity = items[owner].entity;
  if (!entity || entity.type !== 'name' || tokens[t].sentence !== tokens[items[k].first].sentence) return null;
  return owner;
}

/**
 * A person named at items[p] (a known full name, a surname, or an unknown capitalised name), the
 * phrase starting at items[from]. `titled` is what the title before the name says ("de Franse
 * president" -> FRA GOV): the text's word beats the knowledge base's roles.
 */
function personPhrase(
  ctx: Run,
  tokens: KbToken[],
  items: Item[],
  p: number,
  from: number,
  titled: Omit<ActorRef, 'name'> | null,
): Resolution | null {
  const item = items[p];
  if (!item || (from !== p && item.first !== items[p - 1].end)) return null;
  const start = items[from].first;
  if (item.person) {
    const known = personActor(ctx, item.person, titled);
    remember(ctx, item.person, known.actor);
    return { mention: mention(ctx, tokens, start, item.end, known.actor, titled ? 'title+person' : known.rule), next: p + 1 };
  }
  if (!item.capitalised) return null;
  const viaSurname = surname(ctx, tokens, items, p, from, titled, true);
  if (viaSurname) return viaSurname;
  if (!titled) return null;
  const end = unknownNameEnd(ctx, tokens, items, p);
  if (end === null) return null;
  const actor = { ...titled, kb_id: null };
  ctx.coref.set(foldKey(surnameOf(tokens, items[p].first, items[end].end)), actor);
  return { mention: mention(ctx, tokens, start, items[end].end, actor, 'title+person'), next: end + 1 };
}

function personActor(ctx: Run, person: Person, titled: Omit<ActorRef, 'name'> | null): { actor: Omit<ActorRef, 'name'>; rule: string } {
  if (titled) return { actor: { ...titled, kb_id: person.id }, rule: 'title+person' };
  const standing = standingOn(ctx.kb, person, ctx.date);
  const actor = { code: standing.code, sector: standing.sector, kind: standing.kind, kb_id: person.id };
  if (person.party) return { actor, rule: 'party-role' };
  return { actor, rule: standing.role ? 'person-role' : 'person-home' };
}

function remember(ctx: Run, person: Person, actor: Omit<ActorRef, 'name'>): void {
  for (const key of ctx.kb.shortKeysOf.get(person) ?? []) ctx.coref.set(key, actor);
}

/** A bare surname: refers back to a name earlier in the document, or to the one person it can mean on the date. */
function surname(
  ctx: Run,
  tokens: KbToken[],
  items: Item[],
  p: number,
  from: number,
  titled: Omit<ActorRef, 'name'> | null = null,
  afterTitle = false,
): Resolution | null {
  // "Charles Harris" is not Kamala Harris: a known given name just before the surname names someone else.
  if (from === p && items[p - 1]?.capitalised && items[p - 1].end === items[p].first && ctx.kb.givenNames.has(ctx.folded[items[p - 1].first])) return null;
  const index = afterTitle ? ctx.kb.titledShortNames : ctx.kb.shortNames;
  // Multi-word surnames ("von der Leyen") span several items; try the longest first.
  for (let last = Math.min(items.length - 1, p + 2); last >= p; last--) {
    if (!contiguous(items, p, last)) continue;
    const key = shortNameKey(ctx.folded, items[p].first, items[last].end);
    const earlier = ctx.coref.get(key);
    if (earlier) {
      const actor = titled ? { ...titled, kb_id: earlier.kb_id } : earlier;
      return { mention: mention(ctx, tokens, items[from].first, items[last].end, actor, 'surname-coref'), next: last + 1 };
    }
    const candidates = index.get(key);
    const person = candidates ? personByShortName(candidates, ctx.date) : null;
    if (person) {
      const known = personActor(ctx, person, titled);
      remember(ctx, person, known.actor);
      return { mention: mention(ctx, tokens, items[from].first, items[last].end, known.actor, titled ? 'title+person' : 'surname'), next: last + 1 };
    }
  }
  return null;
}

/** The folded words first..end-1 as a short-name key, without a possessive ending ("Biden's"). */
function shortNameKey(folded: string[], first: number, end: number): string {
  const joined = end === first + 1 ? folded[first] : folded.slice(first, end).join(' ');
  return endsPossessive(joined) ? joined.replace(/'s?$/, '') : joined;
}

function contiguous(items: Item[], p: number, last: number): boolean {
  for (let i = p; i < last; i++) if (items[i + 1].first !== items[i].end) return false;
  return true;
}

/**
 * The last item of an unknown person's name after a title: the document's PER entity when there is
 * one, otherwise two to five capitalised words (particles such as "von der" allowed between them).
 */
function unknownNameEnd(ctx: Run, tokens: KbToken[], items: Item[], p: number): number | null {
  const start = items[p].first;
  const entity = ctx.entities?.find((e) => e.label === 'PER' && e.firstToken === start);
  let endToken: number;
  if (entity) endToken = entity.endToken;
  else {
    let t = start;
    let words = 0;
    while (t < tokens.length && t - start < MAX_NAME_TOKENS && tokens[t].sentence === tokens[start].sentence) {
      if (isCapitalised(tokens[t].text) && /\p{L}/u.test(tokens[t].text)) words++;
      else if (!(SURNAME_PARTICLES.has(tokens[t].text) && isCapitalised(tokens[t + 1]?.text ?? ''))) break;
      t++;
    }
    if (words < 2) return null;
    endToken = t;
  }
  let last = p;
  while (last + 1 < items.length && items[last + 1].end <= endToken && items[last + 1].first === items[last].end) last++;
  return items[last].end === endToken ? last : null;
}

/** "Jean Dupont" -> "Dupont", "Anna van der Berg" -> "van der Berg". */
function surnameOf(tokens: KbToken[], first: number, end: number): string {
  let from = end - 1;
  while (from - 1 > first && SURNAME_PARTICLES.has(tokens[from - 1].text.toLowerCase())) from--;
  return tokens.slice(from, end).map((t) => t.text).join(' ');
}

function mention(ctx: Run, tokens: KbToken[], firstToken: number, endToken: number, actor: Omit<ActorRef, 'name'>, rule: string): FoundMention {
  const start = tokens[firstToken].start;
  const end = tokens[endToken - 1].end;
  const name = ctx.text.slice(start, end).replace(/\s+/g, ' ');
  return { firstToken, endToken, start, end, actor: { ...actor, name }, rule };
}

// A lower-case word the tagger calls a proper noun ("the Azerbaijani republic") is a common noun in a name-like phrase.
const THING_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Whether the tagged word at `at` begins the thing a country adjective describes: a noun, an adjective, or "and" before another adjective ("Turkish and Greek sides"). */
function namesThing(tokens: KbToken[], at: number): boolean {
  const upos = tokens[at].upos ?? '';
  return THING_TAGS.has(upos) || (upos === 'CCONJ' && tokens[at + 1]?.upos === 'ADJ');
}

/**
 * A country adjective before a common noun that is no sector or group word names that country as a
 * party to the event ("an Indian proposal", "de Oekraïense grens", "German goods"), as CAMEO coders
 * do; the mention covers the adjective only. Before a sector or group word the phrase rules decide
 * ("Amerikaanse bondgenoten" are nobody), and a hyphen head ("Iranian-backed") is no actor.
 */
function adjectiveOfThing(ctx: Run, tokens: KbToken[], items: Item[], k: number): Resolution | null {
  const item = items[k];
  const entity = item.entity!;
  if (item.hyphenHead || entity.kind !== 'state') return null;
  const next = tokens[item.end];
  if (!next || next.sentence !== tokens[item.first].sentence || !/^\p{Ll}{3,}$/u.test(next.text)) return null;
  if (next.upos && !namesThing(tokens, item.end)) return null;
  const following = items[k + 1];
  if (following && following.first === item.end && (following.word || following.entity || following.person)) return null;
  const actor = { code: entity.code, sector: null, kind: entity.kind, kb_id: entity.id };
  return { mention: mention(ctx, tokens, item.first, item.end, actor, 'adjective'), next: k + 1 };
}
