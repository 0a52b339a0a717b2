import type { ActorRef, EntitySpan } from '../document/index.js';
import type { FoundMention } from './match.js';
import type { KbToken } from './tokenize.js';

/** Rules of a mention that says what someone is by a nationality: "a British citizen", "een Zweedse", "a Briton". */
const NATIONALITY_RULES = new Set(['adjective', 'adjective+sector', 'adjective+demonym', 'demonym']);

/** Words between the comma and the nationality ("a", "de"), and after it up to the next punctuation ("aid worker"). */
const MAX_WORDS_BEFORE = 1;
const MAX_WORDS_AFTER = 3;

const isWord = (t: KbToken | undefined) => t !== undefined && /^\p{Ll}/u.test(t.text);

/**
 * An unknown person takes the country of the phrase set beside the name ("Tom Hall, a British
 * citizen,"; "Anna Berg, de Zweedse activiste"), as a reader does; so do the article's other
 * mentions of that name or surname that no rule resolved. The recogniser's PER spans give the names.
 */
export function appositionPersonMentions(found: FoundMention[], tokens: KbToken[], entities: readonly EntitySpan[]): FoundMention[] {
  const covered = new Set<number>();
  for (const m of found) for (let t = m.firstToken; t < m.endToken; t++) covered.add(t);
  const uncovered = entities.filter((e) => e.label === 'PER' && !spans(e, covered));
  const byName = new Map<string, Omit<ActorRef, 'name'>>();
  const added: FoundMention[] = [];
  for (const person of uncovered) {
    const nationality = appositionOf(person, found, tokens);
    if (!nationality) continue;
    const actor = { code: nationality.actor.code, sector: nationality.actor.sector, kind: nationality.actor.kind, kb_id: null };
    byName.set(nameKey(tokens, person.firstToken, person.endToken), actor);
    byName.set(nameKey(tokens, person.endToken - 1, person.endToken), actor);
  }
  if (byName.size === 0) return found;
  for (const person of uncovered) {
    const actor = byName.get(nameKey(tokens, person.firstToken, person.endToken)) ?? byName.get(nameKey(tokens, person.endToken - 1, person.endToken));
    if (!actor) continue;
    const start = tokens[person.firstToken].start;
    const end = tokens[person.endToken - 1].end;
    const name = tokens.slice(person.firstToken, person.endToken).map((t) => t.text).join(' ');
    added.push({ firstToken: person.firstToken, endToken: person.endToken, start, end, actor: { ...actor, name }, rule: 'apposition+person' });
  }
  return [...found, ...added].sort((a, b) => a.firstToken - b.firstToken);
}

function spans(e: EntitySpan, covered: Set<number>): boolean {
  for (let t = e.firstToken; t < e.endToken; t++) if (covered.has(t)) return true;
  return false;
}

function nameKey(tokens: KbToken[], first: number, end: number): string {
  return tokens.slice(first, end).map((t) => t.text.toLowerCase()).join(' ');
}

/** The nationality mention of "NAME, (a) ADJ noun(s)" closed by punctuation, in the same sentence. */
function appositionOf(person: EntitySpan, found: FoundMention[], tokens: KbToken[]): FoundMention | null {
  const comma = tokens[person.endToken];
  if (!comma || comma.text !== ',') return null;
  const sentence = comma.sentence;
  const m = found.find((f) => f.firstToken > person.endToken && f.firstToken <= person.endToken + 1 + MAX_WORDS_BEFORE);
  if (!m || !NATIONALITY_RULES.has(m.rule) || m.actor.kind !== 'state' || !/^[A-Z]{3}$/.test(m.actor.code)) return null;
  for (let t = person.endToken + 1; t < m.firstToken; t++) if (!isWord(tokens[t])) return null;
  let t = m.endToken;
  while (t < m.endToken + MAX_WORDS_AFTER && isWord(tokens[t])) t++;
  const closing = tokens[t];
  if (closing && /^[\p{L}\p{N}]/u.test(closing.text)) return null;
  return m.endToken <= t && tokens[m.firstToken].sentence === sentence ? m : null;
}
