// The words reference resolution reads, per language: pronouns with their grammatical features and
// the nouns of definite descriptions (lexicons/<lang>/pronouns.tsv, descriptions.tsv).
import { existsSync } from 'node:fs';
import { cachedLexicon, lexiconPath, readTable } from '../nlp/index.js';

export type GrammaticalNumber = 'sing' | 'plur' | 'any';
export type Gender = 'masc' | 'fem' | 'neut';
/** What a word can refer to: a person, a state, organisation or group ("thing"), or either. */
export type Refers = 'person' | 'thing' | 'any';
/** The kinds of actor a description noun names. */
export type DescriptionKind = 'state' | 'igo' | 'group' | 'organisation';

export interface PronounEntry {
  id: string;
  possessive: boolean;
  /** 1: the speaker of the quote it stands in; 3: someone named before. */
  person: 1 | 3;
  number: GrammaticalNumber;
  /** Empty: any gender. */
  genders: Gender[];
  refers: Refers;
}

export interface DescriptionEntry {
  id: string;
  refers: DescriptionKind;
  number: Exclude<GrammaticalNumber, 'any'>;
}

export interface ReferenceLexicon {
  pronouns: Map<string, PronounEntry>;
  descriptions: Map<string, DescriptionEntry>;
}

const PRONOUN_COLUMNS = ['word', 'type', 'person', 'number', 'gender', 'refers', 'source'];
const DESCRIPTION_COLUMNS = ['noun', 'refers', 'number', 'source'];
const NUMBERS = new Set(['sing', 'plur', 'any']);
const GENDERS = new Set(['masc', 'fem', 'neut', 'any']);
const REFERS = new Set(['person', 'thing', 'any']);
const DESCRIPTION_KINDS = new Set(['state', 'igo', 'group', 'organisation']);

/** A cell checked against its allowed values, with the file and line in the error. */
function oneOf<T extends string>(id: string, column: string, value: string, allowed: ReadonlySet<string>): T {
  if (!allowed.has(value)) throw new Error(`${id}: ${column} must be ${[...allowed].join(', ')}, not "${value}"`);
  return value as T;
}

/** The rows of a file after its header, which must name the expected columns; none when the file is absent. */
function rowsOf(lang: string, file: string, columns: string[]): { id: string; cells: string[] }[] {
  const path = lexiconPath(lang, file);
  if (!existsSync(path)) return [];
  const [header, ...rows] = readTable(path);
  const id = (line: number) => `${lang}/${file}:${line}`;
  if (!header || header.cells.join('\t') !== columns.join('\t')) throw new Error(`${id(header?.line ?? 1)}: the header must be "${columns.join('\t')}"`);
  return rows.map(({ line, cells }) => {
    if (cells.length !== columns.length) throw new Error(`${id(line)}: ${columns.length} columns expected, ${cells.length} found`);
    if (!cells[columns.length - 1]) throw new Error(`${id(line)}: the source is missing`);
    return { id: id(line), cells };
  });
}

function pronounEntry(id: string, cells: string[]): PronounEntry {
  const [, type, person, number, gender, refers] = cells;
  if (type !== 'personal' && type !== 'possessive') throw new Error(`${id}: type must be personal or possessive, not "${type}"`);
  if (person !== '1' && person !== '3') throw new Error(`${id}: person must be 1 or 3, not "${person}"`);
  const genders = gender.split('|').map((g) => oneOf<Gender | 'any'>(id, 'gender', g, GENDERS));
  return {
    id,
    possessive: type === 'possessive',
    person: person === '1' ? 1 : 3,
    number: oneOf(id, 'number', number, NUMBERS),
    genders: genders.includes('any') ? [] : (genders as Gender[]),
    refers: oneOf(id, 'refers', refers, REFERS),
  };
}

/** The reference lexicon of one language, read once; empty for a language that has none. */
export function referenceLexicon(lang: string): ReferenceLexicon {
  return cachedLexicon(`reference:${lang}`, () => ({
    pronouns: new Map(rowsOf(lang, 'pronouns.tsv', PRONOUN_COLUMNS).map(({ id, cells }) => [cells[0].toLowerCase(), pronounEntry(id, cells)])),
    descriptions: new Map(
      rowsOf(lang, 'descriptions.tsv', DESCRIPTION_COLUMNS).map(({ id, cells }) => [
        cells[0].toLowerCase(),
        { id, refers: oneOf<DescriptionKind>(id, 'refers', cells[1], DESCRIPTION_KINDS), number: oneOf<'sing' | 'plur'>(id, 'number', cells[2], new Set(['sing', 'plur'])) },
      ]),
    ),
  }));
}
