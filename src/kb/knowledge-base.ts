// The in-memory knowledge base: the tables from the kb/ files plus the hash indexes the matcher
// uses. Built once per set of files; the default (built-in files only) is cached by index.ts.
import type { ActorKind } from '../document/index.js';
import type { KbTables, LanguageSettings, NameEntry, Person, SectorWord } from './data.js';
import { SURNAME_PARTICLES, caseSignature, foldKey } from './text.js';

/** What one folded key can mean. Entities and persons carry the capitalisation they require. */
export interface Lexeme {
  entities: { entry: NameEntry; caseSig: string }[];
  persons: { person: Person; caseSig: string }[];
  /** Sector words by language, the roles of duplicate lines merged. */
  words: Map<string, SectorWord>;
}

export interface EntityInfo {
  id: string;
  code: string;
  kind: ActorKind;
  names: NameEntry[];
}

export interface KnowledgeBase {
  lexicon: Map<string, Lexeme>;
  /**
   * Every prefix of a key that ends at a word or punctuation boundary, to the key's lexeme when the
   * prefix is a whole key (else null): one look-up tells the matcher both whether a name ends here
   * and whether one may go on.
   */
  prefixes: Map<string, Lexeme | null>;
  maxKeyLength: number;
  /** Folded short forms ("biden", "von der leyen") to the persons they may name on their own. */
  shortNames: Map<string, Person[]>;
  /** A person's folded short forms, remembered once the person is named in a document. */
  shortKeysOf: Map<Person, string[]>;
  /** Every person's short forms, also those that name nobody on their own: after a title ("President Mitterrand"). */
  titledShortNames: Map<string, Person[]>;
  /** The folded first words of persons' full names ("charles", "kamala"): a given name before a surname names that person, not another. */
  givenNames: Set<string>;
  persons: Map<string, Person>;
  entities: Map<string, EntityInfo>;
  kindOfCode: Map<string, ActorKind>;
  /** For compounding languages: sector words by their last four letters, to find "regeringstroepen". */
  compoundHeads: Map<string, Map<string, SectorWord[]>>;
  languages: Map<string, LanguageSettings>;
  /** Every language's settings merged, for text whose language is not known. */
  anyLanguage: LanguageSettings;
}

const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii']);

export function buildKnowledgeBase(tables: KbTables): KnowledgeBase {
  const kb: KnowledgeBase = {
    lexicon: new Map(),
    prefixes: new Map(),
    maxKeyLength: 0,
    shortNames: new Map(),
    shortKeysOf: new Map(),
    titledShortNames: new Map(),
    givenNames: new Set(),
    persons: tables.persons,
    entities: new Map(),
    kindOfCode: new Map(),
    compoundHeads: new Map(),
    languages: tables.languages,
    anyLanguage: mergedLanguages([...tables.languages.values()]),
  };
  // A later file's entries for a name in a language replace the earlier files' entries for that
  // name and language (analysts' overrides).
  for (const file of tables.names) {
    const fresh = new Set<string>();
    for (const entry of withGenitives(file, tables.languages)) {
      const key = foldKey(entry.text);
      const lexeme = lexemeFor(kb, key);
      if (!fresh.has(`${entry.lang} ${key}`)) {
        lexeme.entities = lexeme.entities.filter((e) => e.entry.lang !== entry.lang);
        fresh.add(`${entry.lang} ${key}`);
      }
      lexeme.entities.push({ entry, caseSig: caseSignature(entry.text) });
      const info = kb.entities.get(entry.id) ?? { id: entry.id, code: entry.code, kind: entry.kind, names: [] };
      info.code = entry.code;
      info.kind = entry.kind;
      info.names.push(entry);
      kb.entities.set(entry.id, info);
      if (!kb.kindOfCode.has(entry.code) || entry.id === entry.code) kb.kindOfCode.set(entry.code, entry.kind);
    }
  }
  for (const word of tables.sectorWords) {
    const words = lexemeFor(kb, foldKey(word.text)).words;
    const seen = words.get(word.lang);
    words.set(word.lang, seen ? mergeWords(seen, word) : { ...word });
  }
  for (const [lang, settings] of tables.languages) if (settings.compounds) kb.compoundHeads.set(lang, compoundHeads(kb, lang));
  for (const person of tables.persons.values()) {
    for (const name of person.names) {
      lexemeFor(kb, foldKey(name)).persons.push({ person, caseSig: caseSignature(name) });
      const words = name.split(' ');
      if (!person.party && words.length > 1 && !SURNAME_PARTICLES.has(foldKey(words[0]))) kb.givenNames.add(foldKey(words[0]));
    }
    const keys = [...new Set((person.short ?? derivedShortNames(person.names)).map(foldKey))];
    kb.shortKeysOf.set(person, keys);
    for (const key of keys) {
      addTo(kb.titledShortNames, key, person);
      if (person.shortAlone) addTo(kb.shortNames, key, person);
    }
  }
  return kb;
}

// Shorter sector words ("leger", "pers") end too many unrelated words to stand as compound heads.
const MIN_COMPOUND_HEAD = 6;

function compoundHeads(kb: KnowledgeBase, lang: string): Map<string, SectorWord[]> {
  const heads = new Map<string, SectorWord[]>();
  for (const [key, lexeme] of kb.lexicon) {
    const word = lexeme.words.get(lang);
    if (!word || key.length < MIN_COMPOUND_HEAD || /[\s-]/.test(key)) continue;
    const tail = key.slice(-4);
    heads.set(tail, [...(heads.get(tail) ?? []), word]);
  }
  return heads;
}

function mergedLanguages(all: LanguageSettings[]): LanguageSettings {
  const union = (pick: (l: LanguageSettings) => Set<string>) => new Set(all.flatMap((l) => [...pick(l)]));
  return { compounds: false, genitive: false, of: union((l) => l.of), in: union((l) => l.in), articles: union((l) => l.articles), and: union((l) => l.and) };
}

function addTo(index: Map<string, Person[]>, key: string, person: Person): void {
  const list = index.get(key);
  if (list) list.push(person);
  else index.set(key, [person]);
}

function lexemeFor(kb: KnowledgeBase, key: string): Lexeme {
  let lexeme = kb.lexicon.get(key);
  if (!lexeme) {
    lexeme = { entities: [], persons: [], words: new Map() };
    kb.lexicon.set(key, lexeme);
    kb.maxKeyLength = Math.max(kb.maxKeyLength, key.length);
    let previousIsWord = isWordChar(key.charCodeAt(0));
    for (let i = 1; i < key.length; i++) {
      const isWord = isWordChar(key.charCodeAt(i));
      if ((!isWord || !previousIsWord) && !kb.prefixes.has(key.slice(0, i))) kb.prefixes.set(key.slice(0, i), null);
      previousIsWord = isWord;
    }
    kb.prefixes.set(key, lexeme);
  }
  return lexeme;
}

/** Letters and digits; every other character (space, hyphen, dot, apostrophe) is a boundary. */
const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 0xbf;

/** The same word listed again: the later line's sector wins, and it keeps every role either gives it. */
function mergeWords(a: SectorWord, b: SectorWord): SectorWord {
  return {
    ...a,
    sector: b.sector ?? a.sector,
    alone: b.alone ?? a.alone,
    title: a.title || b.title,
    group: a.group || b.group,
    modifier: a.modifier || b.modifier,
    former: a.former || b.former,
  };
}

/** Languages with an -s genitive name a state as an adjective that way: "Ruslands leger", "Amerika's president". */
function withGenitives(entries: NameEntry[], languages: Map<string, LanguageSettings>): NameEntry[] {
  const out = [...entries];
  for (const entry of entries) {
    if (!languages.get(entry.lang)?.genitive || entry.type !== 'name' || entry.kind !== 'state' || /\s/.test(entry.text)) continue;
    if (/[sxz]$/i.test(entry.text)) continue;
    const genitive = /[aeiouy]$/i.test(entry.text) ? `${entry.text}'s` : `${entry.text}s`;
    out.push({ ...entry, type: 'adj', text: genitive });
  }
  return out;
}

/** "Joe Biden" -> "Biden"; "Ursula von der Leyen" -> "von der Leyen"; "Joe Biden Jr." -> "Biden". */
export function derivedShortNames(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => !SUFFIXES.has(w.toLowerCase()));
    if (words.length < 2) continue;
    let first = words.length - 1;
    while (first > 1 && SURNAME_PARTICLES.has(words[first - 1].toLowerCase())) first--;
    out.add(words.slice(first).join(' '));
  }
  return [...out];
}
