// Reading the knowledge-base files. Every file is TSV with "#" comment lines and one header row;
// the header says which table the file holds, so an analyst's file (--kb-extra) may hold any of
// them and is read exactly like the built-in ones.
import { readFileSync } from 'node:fs';
import type { ActorKind } from '../document/index.js';
import { isPartialDate } from './dates.js';

export type NameType = 'name' | 'adj' | 'demonym' | 'capital' | 'metonym' | 'place';

/** One way of naming an actor: "Russische" is an adjective of RUS in Dutch. */
export interface NameEntry {
  id: string;
  code: string;
  kind: ActorKind;
  sector: string | null;
  /** ISO 639-1 code, or "*" for every language. */
  lang: string;
  type: NameType;
  text: string;
}

/** A word that adds a sector to an actor ("troepen" MIL), may precede a name, or names states. */
export interface SectorWord {
  lang: string;
  text: string;
  sector: string | null;
  /** Code the word stands for without any country ("rebellen" REB), or null. */
  alone: string | null;
  title: boolean;
  group: boolean;
  /** A word that may stand between a country and its sector word ("Bangladeshi peacekeeping troops"). */
  modifier: boolean;
  /** "former", "voormalige": what follows held the office before, coded ELI. */
  former: boolean;
}

export interface Role {
  code: string;
  sector: string | null;
  start: string | null;
  end: string | null;
  title: string;
}

/**
 * A person, or a party: an actor whose standing changes with the date (a party governs, then is
 * in opposition). Both live in one table so that roles.tsv serves both.
 */
export interface Person {
  id: string;
  party: boolean;
  home: string;
  names: string[];
  /** Forms that name the person on their own ("Biden"); null: derive them from the names. */
  short: string[] | null;
  /** Whether the short forms may name the person without a full name earlier in the document. */
  shortAlone: boolean;
  roles: Role[];
}

export interface KbTables {
  names: NameEntry[][];
  sectorWords: SectorWord[];
  persons: Map<string, Person>;
  languages: Map<string, LanguageSettings>;
}

export interface LanguageSettings {
  /** Whether the language writes compounds as one word. */
  compounds: boolean;
  /** Whether the language forms a genitive with -s ("Ruslands"). */
  genitive: boolean;
  /** Words joining a sector word to its country ("van", "of"). */
  of: Set<string>;
  /** Words joining a domestic group to its country ("in"). */
  in: Set<string>;
  articles: Set<string>;
  /** Words joining adjectives that share a sector word ("en", "and"). */
  and: Set<string>;
}

const HEADERS = {
  names: 'id\tcode\tkind\tsector\tlang\ttype\tnames',
  sectors: 'lang\ttype\tsector\talone\twords',
  persons: 'id\thome\tnames\tshort',
  parties: 'party\thome\tnames',
  roles: 'person\tcode\tsector\tstart\tend\trole',
  languages: 'lang\tcompounds\tgenitive\tof\tin\tarticles\tand',
} as const;

const KINDS: ReadonlySet<string> = new Set(['state', 'igo', 'ngo', 'region', 'group', 'person']);
const NAME_TYPES: ReadonlySet<string> = new Set(['name', 'adj', 'demonym', 'capital', 'metonym', 'place']);
const WORD_TYPES: ReadonlySet<string> = new Set(['sector', 'title', 'group', 'modifier', 'former']);

export class KbFileError extends Error {}

const dash = (value: string): string | null => (value === '-' || value === '' ? null : value);
const list = (value: string): string[] => value.split('|').map((s) => s.trim()).filter(Boolean);

export function emptyTables(): KbTables {
  return { names: [], sectorWords: [], persons: new Map(), languages: new Map() };
}

/**
 * Adds one file to the tables. Later files override earlier ones: a name file's entries replace
 * earlier entries for the same name (see index.ts), a person line replaces the person, and the
 * roles a file gives for a person replace that person's earlier roles.
 */
export function readKbFile(tables: KbTables, path: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KbFileError(`cannot read knowledge-base file ${path}: ${(err as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  let header: string | null = null;
  let columns = 0;
  const names: NameEntry[] = [];
  const replacedRoles = new Set<string>();
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const where = () => `${path}:${index + 1}`;
    if (header === null) {
      header = line;
      columns = header.split('\t').length;
      if (!Object.values(HEADERS).includes(line as never)) {
        throw new KbFileError(`${where()}: unknown header; expected one of:\n  ${Object.values(HEADERS).join('\n  ')}`);
      }
      return;
    }
    const cells = line.split('\t');
    if (cells.length !== columns) throw new KbFileError(`${where()}: ${cells.length} columns, expected ${columns}`);
    if (header === HEADERS.names) names.push(...nameEntries(cells, where));
    else if (header === HEADERS.sectors) tables.sectorWords.push(...sectorWords(cells, where));
    else if (header === HEADERS.persons) tables.persons.set(cells[0], person(cells, tables.persons.get(cells[0])));
    else if (header === HEADERS.parties) tables.persons.set(cells[0], party(cells, tables.persons.get(cells[0])));
    else if (header === HEADERS.roles) addRole(tables, cells, where, replacedRoles);
    else setLanguage(tables, cells, where);
  });
  if (names.length) tables.names.push(names);
}

function nameEntries([id, code, kind, sector, lang, type, texts]: string[], where: () => string): NameEntry[] {
  if (!KINDS.has(kind)) throw new KbFileError(`${where()}: unknown kind "${kind}"`);
  if (!NAME_TYPES.has(type)) throw new KbFileError(`${where()}: unknown name type "${type}"`);
  return list(texts).map((text) => ({
    id,
    code,
    kind: kind as ActorKind,
    sector: dash(sector),
    lang,
    type: type as NameType,
    text,
  }));
}

function sectorWords([lang, type, sector, alone, words]: string[], where: () => string): SectorWord[] {
  if (!WORD_TYPES.has(type)) throw new KbFileError(`${where()}: unknown word type "${type}"`);
  return list(words).map((text) => ({
    lang,
    text,
    sector: dash(sector),
    alone: dash(alone),
    title: type === 'title',
    group: type === 'group',
    modifier: type === 'modifier',
    former: type === 'former',
  }));
}

function person([id, home, names, short]: string[], previous: Person | undefined): Person {
  return {
    id,
    home,
    names: list(names),
    short: short === '*' || short === '~' ? null : short === '-' ? [] : list(short),
    shortAlone: short !== '~',
    roles: previous?.roles ?? [],
    party: false,
  };
}

function party([id, home, names]: string[], previous: Person | undefined): Person {
  return { id, home, names: list(names), short: [], shortAlone: false, roles: previous?.roles ?? [], party: true };
}

function addRole(tables: KbTables, [id, code, sector, start, end, title]: string[], where: () => string, replaced: Set<string>): void {
  const owner = tables.persons.get(id);
  if (!owner) throw new KbFileError(`${where()}: role for unknown person "${id}" (persons are read before roles)`);
  for (const date of [start, end]) {
    if (date !== '' && !isPartialDate(date)) throw new KbFileError(`${where()}: bad date "${date}"`);
  }
  if (!replaced.has(id)) {
    owner.roles = [];
    replaced.add(id);
  }
  owner.roles.push({ code, sector: dash(sector), start: start || null, end: end || null, title });
}

function setLanguage(tables: KbTables, [lang, compounds, genitive, of, into, articles, and]: string[], where: () => string): void {
  const flag = (name: string, value: string) => {
    if (value !== 'yes' && value !== 'no') throw new KbFileError(`${where()}: ${name} must be yes or no, not "${value}"`);
    return value === 'yes';
  };
  const words = (value: string) => new Set(list(value).map((w) => w.toLowerCase()));
  tables.languages.set(lang, {
    compounds: flag('compounds', compounds),
    genitive: flag('genitive', genitive),
    of: words(of),
    in: words(into),
    articles: words(articles),
    and: words(and),
  });
}
