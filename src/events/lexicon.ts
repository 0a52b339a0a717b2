import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Modality } from '../document/index.js';
import { cachedLexicon, lexiconPath, readTable } from '../nlp/index.js';
import { cameoTable, PLOVER_TYPES } from './ontology.js';
import type { CompiledPattern } from './patterns.js';
import { compilePattern, firstKeys } from './patterns.js';

export type TriggerClass = 'verb' | 'noun' | 'participant';
export type RoleFrame = 'svo' | 'reciprocal' | 'speaker';

export interface TriggerEntry {
  /** "<lang>/triggers.tsv:<line>" (or another triggers-*.tsv file), named in explanations and in the event's rules. */
  id: string;
  /** Where the line came from: written by hand, or derived from a resource (petrarch, freedict, wordnet). */
  source: string;
  pattern: CompiledPattern;
  cameo: string;
  type: string;
  mode: string | null;
  triggerClass: TriggerClass;
  frame: RoleFrame;
}

export interface UnitEntry {
  id: string;
  pattern: CompiledPattern;
  unit: string;
  /** Where the word stands relative to the number. */
  position: 'after' | 'before' | 'both';
}

export type CueScope = 'clause' | 'condition' | 'opening-condition' | 'source' | 'modifier' | 'governor' | 'topic' | 'background';

/** Whether a cue of this scope opens a condition (everywhere, or only at the start of a clause). */
export function isConditionScope(scope: CueScope): boolean {
  return scope === 'condition' || scope === 'opening-condition';
}

export interface ModalityCue {
  id: string;
  pattern: CompiledPattern;
  modality: Modality | 'none';
  scope: CueScope;
}

export interface PatternIndex<T extends { pattern: CompiledPattern }> {
  byWord: Map<string, T[]>;
  /** Prefix patterns keyed by a number made of their first AFFIX_KEY characters, so a token only meets plausible ones. */
  byPrefix: Map<number, { prefix: string; entry: T }[]>;
  /** Prefix patterns shorter than AFFIX_KEY characters. */
  shortPrefixes: { prefix: string; entry: T }[];
  /** Suffix patterns ("*aanvallen") keyed by a number made of their last AFFIX_KEY characters. */
  bySuffix: Map<number, { suffix: string; entry: T }[]>;
  /** Suffix patterns shorter than AFFIX_KEY characters, tried on every token: keep them few. */
  shortSuffixes: { suffix: string; entry: T }[];
}

/** Characters of a prefix or suffix pattern that key its index: a token looks up only plausible ones. */
const AFFIX_KEY = 3;

/**
 * The AFFIX_KEY characters of `text` from `from` as one small integer: every token is looked up in
 * several indexes, and a number key needs no new string. Keys may collide; the lists they give are
 * checked against the whole affix.
 */
function affixKey(text: string, from: number): number {
  let key = 0;
  for (let i = from; i < from + AFFIX_KEY; i++) key = (Math.imul(key, 31) + text.charCodeAt(i)) | 0;
  return key;
}

export interface EventLexicon {
  lang: string;
  triggers: PatternIndex<TriggerEntry>;
  cues: PatternIndex<ModalityCue>;
  /** Words that open a condition ("if", "als"): a trigger's gap never reaches across one. */
  conditionWords: Set<string>;
  /** preposition → role it gives the noun phrase after it (recipient, agent, place, partner). */
  prepositions: Map<string, string>;
  /** Words that start a new clause (conjunctions, relative pronouns). */
  clauseWords: Set<string>;
  /** Function words by role (conjunction, coordinator, possessive, complementizer, name-link, destination, genitive, minority, pronoun, infinitive, relative, auxiliary, preposition). */
  functionWords: Map<string, Set<string>>;
  /** Past-participle shapes: predicative ("is aangevallen") and attributive ("de bezette gebieden"). */
  participles: { predicative: RegExp[]; attributive: RegExp[]; adverbial: RegExp[]; adjectival: RegExp[] };
  /** Determiners and whether they make a noun phrase definite. */
  determiners: Map<string, string>;
  /** Nouns a country name or adjective qualifies as a place ("grens", "border"). */
  placeNouns: Set<string>;
  /** Clause order: whether the first or the nearest unmarked mention before a verb is its subject, and whether a subject may follow its verb. */
  wordOrder: { subjectFirst: boolean; inversion: boolean; verbFinal: boolean };
  /** Passive auxiliaries → most words allowed between them and the participle (Infinity: the rest of the clause). */
  passiveAuxiliaries: Map<string, number>;
  /** Phrases in which a trigger word names a thing ("press release", "aid workers"): no trigger fires inside. */
  nonTriggers: PatternIndex<{ pattern: CompiledPattern; id: string }>;
  /** Speech verbs that attribute a quote or a statement to a speaker. */
  speechVerbs: PatternIndex<{ pattern: CompiledPattern; id: string }>;
  /** Nouns that turn a number into a quantity: word/prefix → unit. */
  units: PatternIndex<UnitEntry>;
  numberWords: Map<string, { value: number; multiplier: boolean }>;
  weekdays: Map<string, number>;
  /** Day words counted from the publication date ("gisteren" → -1). */
  relativeDays: Map<string, number>;
  months: Map<string, number>;
  /** Cues that give a CONSULT its mode (phone, visit). */
  modeCues: PatternIndex<{ pattern: CompiledPattern; type: string; mode: string; id: string }>;
}

function buildIndex<T extends { pattern: CompiledPattern }>(entries: T[]): PatternIndex<T> {
  const index: PatternIndex<T> = { byWord: new Map(), byPrefix: new Map(), shortPrefixes: [], bySuffix: new Map(), shortSuffixes: [] };
  for (const entry of entries) {
    const keys = firstKeys(entry.pattern);
    for (const w of keys.words) {
      const list = index.byWord.get(w);
      if (list) list.push(entry);
      else index.byWord.set(w, [entry]);
    }
    for (const suffix of keys.suffixes) {
      if (suffix.length < AFFIX_KEY) {
        index.shortSuffixes.push({ suffix, entry });
        continue;
      }
      const key = affixKey(suffix, suffix.length - AFFIX_KEY);
      const list = index.bySuffix.get(key);
      if (list) list.push({ suffix, entry });
      else index.bySuffix.set(key, [{ suffix, entry }]);
    }
    for (const prefix of keys.prefixes) {
      if (prefix.length < AFFIX_KEY) {
        index.shortPrefixes.push({ prefix, entry });
        continue;
      }
      const key = affixKey(prefix, 0);
      const list = index.byPrefix.get(key);
      if (list) list.push({ prefix, entry });
      else index.byPrefix.set(key, [{ prefix, entry }]);
    }
  }
  return index;
}

function fileRows(lang: string, file: string) {
  const path = lexiconPath(lang, file);
  if (!existsSync(path)) return [];
  return readTable(path).map((row) => ({ ...row, id: `${lang}/${file}:${row.line}` }));
}

function compileRow(id: string, source: string, options: { surfaceOnly?: boolean } = {}): CompiledPattern {
  try {
    return compilePattern(source, options);
  } catch (err) {
    throw new Error(`${id}: ${(err as Error).message}`);
  }
}

const MODALITIES = new Set(['asserted', 'negated', 'conditional', 'hypothetical', 'future', 'reported', 'none']);
const SCOPES = new Set(['clause', 'condition', 'opening-condition', 'source', 'modifier', 'governor', 'topic', 'background']);
const CLASSES = new Set(['verb', 'noun', 'participant']);
const FRAMES = new Set(['svo', 'reciprocal', 'speaker']);
/** Where a trigger line may come from: by hand, or derived from a lexical resource (see lexicons/SOURCES.md). */
const TRIGGER_SOURCES = new Set(['written', 'petrarch', 'freedict', 'wordnet']);

/** triggers.tsv, then the derived trigger files (triggers-petrarch.tsv, ...) in name order. */
function triggerFiles(lang: string): string[] {
  const folder = dirname(lexiconPath(lang, 'triggers.tsv'));
  if (!existsSync(folder)) return [];
  const derived = readdirSync(folder).filter((f) => /^triggers-[\w-]+\.tsv$/.test(f)).sort();
  return ['triggers.tsv', ...derived];
}

function loadTriggers(lang: string): TriggerEntry[] {
  const cameo = cameoTable();
  return triggerFiles(lang).flatMap((file) => fileRows(lang, file)).map(({ id, cells }) => {
    const [pattern, code, mode = '-', triggerClass = 'verb', frame = 'svo', typeOverride = '-', source = ''] = cells;
    if (!TRIGGER_SOURCES.has(source)) throw new Error(`${id}: source must be one of ${[...TRIGGER_SOURCES].join(', ')}, not "${source}"`);
    const entry = cameo.get(code);
    if (!entry || !entry.ploverType) throw new Error(`${id}: CAMEO code "${code}" has no PLOVER type in ontology/cameo.tsv`);
    if (typeOverride !== '-' && !(PLOVER_TYPES as readonly string[]).includes(typeOverride)) throw new Error(`${id}: unknown PLOVER type "${typeOverride}"`);
    if (!CLASSES.has(triggerClass)) throw new Error(`${id}: class must be verb, noun or participant, not "${triggerClass}"`);
    if (!FRAMES.has(frame)) throw new Error(`${id}: frame must be svo, reciprocal or speaker, not "${frame}"`);
    return {
      id,
      source,
      pattern: compileRow(id, pattern),
      cameo: code,
      type: typeOverride === '-' ? entry.ploverType : typeOverride,
      mode: mode === '-' ? entry.ploverMode : mode,
      triggerClass: triggerClass as TriggerClass,
      frame: frame as RoleFrame,
    };
  });
}

function loadCues(lang: string): ModalityCue[] {
  return fileRows(lang, 'modality.tsv').map(({ id, cells }) => {
    const [pattern, modality, scope] = cells;
    if (!MODALITIES.has(modality)) throw new Error(`${id}: unknown modality "${modality}"`);
    if (!SCOPES.has(scope)) throw new Error(`${id}: unknown scope "${scope}"`);
    // Tense and mood are in the form: "ging" is no future although its lemma is "gaan".
    return { id, pattern: compileRow(id, pattern, { surfaceOnly: true }), modality: modality as Modality | 'none', scope: scope as CueScope };
  });
}

const FUNCTION_ROLES = new Set(['conjunction', 'coordinator', 'possessive', 'complementizer', 'name-link', 'destination', 'genitive', 'minority', 'pronoun', 'infinitive', 'relative', 'auxiliary', 'preposition']);

function functionWords(lang: string): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const { id, cells } of fileRows(lang, 'function-words.tsv')) {
    const [word, role] = cells;
    if (!FUNCTION_ROLES.has(role)) throw new Error(`${id}: unknown role "${role}"`);
    roles.set(role, (roles.get(role) ?? new Set()).add(word.toLowerCase()));
  }
  return roles;
}

/** The function words of one role ("conjunction", ...); empty when the language lists none. */
export function wordsOfRole(lexicon: EventLexicon, role: string): Set<string> {
  return lexicon.functionWords.get(role) ?? EMPTY;
}

const EMPTY = new Set<string>();

function participleShapes(lang: string): EventLexicon['participles'] {
  const shapes = { predicative: [] as RegExp[], attributive: [] as RegExp[], adverbial: [] as RegExp[], adjectival: [] as RegExp[] };
  for (const { id, cells } of fileRows(lang, 'participles.tsv')) {
    const [pattern, use] = cells;
    if (use !== 'predicative' && use !== 'attributive' && use !== 'adverbial' && use !== 'adjectival') {
      throw new Error(`${id}: use must be predicative, attributive, adverbial or adjectival, not "${use}"`);
    }
    try {
      shapes[use].push(new RegExp(pattern, 'u'));
    } catch (err) {
      throw new Error(`${id}: ${(err as Error).message}`);
    }
  }
  return shapes;
}

const POSITIONS = new Set(['after', 'before', 'both']);

function unitEntry(id: string, cells: string[]): UnitEntry {
  const [pattern, unit, position = 'after'] = cells;
  if (!unit) throw new Error(`${id}: a unit is missing`);
  if (!POSITIONS.has(position)) throw new Error(`${id}: position must be after, before or both, not "${position}"`);
  return { id, pattern: compileRow(id, pattern), unit, position: position as UnitEntry['position'] };
}

function wordMap(lang: string, file: string): Map<string, string> {
  return new Map(fileRows(lang, file).map(({ cells }) => [cells[0].toLowerCase(), cells[1] ?? '']));
}

function wordOrder(lang: string): EventLexicon['wordOrder'] {
  const settings = new Map(fileRows(lang, 'word-order.tsv').map(({ id, cells }) => [cells[0], { id, value: cells[1] }]));
  const setting = (name: string, allowed: string[], fallback: string) => {
    const found = settings.get(name);
    if (found && !allowed.includes(found.value)) throw new Error(`${found.id}: ${name} must be ${allowed.join(' or ')}, not "${found.value}"`);
    return found?.value ?? fallback;
  };
  return {
    subjectFirst: setting('subject', ['first', 'nearest'], 'nearest') === 'first',
    inversion: setting('inversion', ['yes', 'no'], 'no') === 'yes',
    verbFinal: setting('verb-final', ['yes', 'no'], 'no') === 'yes',
  };
}

/** The event lexicon of one language, read once from lexicons/<lang>/. */
export function eventLexicon(lang: string): EventLexicon {
  return cachedLexicon(`events:${lang}`, () => {
    const cues = loadCues(lang);
    const numberWords = new Map<string, { value: number; multiplier: boolean }>();
    for (const { id, cells } of fileRows(lang, 'numbers.tsv')) {
      const value = Number(cells[1]);
      if (!Number.isFinite(value)) throw new Error(`${id}: "${cells[1]}" is not a number`);
      numberWords.set(cells[0].toLowerCase(), { value, multiplier: cells[2] === 'multiplier' });
    }
    const calendar = (file: string) => new Map([...wordMap(lang, file)].map(([k, v]) => [k, Number(v)]));
    return {
      lang,
      triggers: buildIndex(loadTriggers(lang)),
      cues: buildIndex(cues),
      conditionWords: new Set(cues.filter((c) => isConditionScope(c.scope)).flatMap((c) => [...c.pattern.elements[0].words])),
      prepositions: wordMap(lang, 'prepositions.tsv'),
      clauseWords: new Set(wordMap(lang, 'clause-words.tsv').keys()),
      placeNouns: new Set(wordMap(lang, 'place-nouns.tsv').keys()),
      determiners: wordMap(lang, 'determiners.tsv'),
      participles: participleShapes(lang),
      functionWords: functionWords(lang),
      wordOrder: wordOrder(lang),
      passiveAuxiliaries: new Map(
        [...wordMap(lang, 'passive-auxiliaries.tsv')].map(([word, reach]) => [word, reach === '' ? Infinity : Number(reach)]),
      ),
      nonTriggers: buildIndex(fileRows(lang, 'non-triggers.tsv').map(({ id, cells }) => ({ id, pattern: compileRow(id, cells[0]) }))),
      speechVerbs: buildIndex(fileRows(lang, 'speech-verbs.tsv').map(({ id, cells }) => ({ id, pattern: compileRow(id, cells[0]) }))),
      units: buildIndex(fileRows(lang, 'units.tsv').map(({ id, cells }) => unitEntry(id, cells))),
      numberWords,
      weekdays: calendar('weekdays.tsv'),
      relativeDays: calendar('relative-days.tsv'),
      months: calendar('months.tsv'),
      modeCues: buildIndex(
        // Written as the forms that carry the mode, like the modality cues: a tagging slip ("aanvallen" read as the noun) must not change it.
        fileRows(lang, 'mode-cues.tsv').map(({ id, cells }) => ({ id, pattern: compileRow(id, cells[0], { surfaceOnly: true }), type: cells[1], mode: cells[2] })),
      ),
    };
  });
}

/** True when Paraat has an event lexicon for the language. */
export function hasEventLexicon(lang: string): boolean {
  // Asked for every document: the file system is asked once per language.
  return cachedLexicon(`has-event-lexicon:${lang}`, () => existsSync(lexiconPath(lang, 'triggers.tsv')));
}

const NONE: never[] = [];

/** Every entry of the index whose pattern can start at this token. */
export function candidatesAt<T extends { pattern: CompiledPattern }>(index: PatternIndex<T>, lower: string, lemma: string): T[] {
  const exact = index.byWord.get(lower);
  const byLemma = lemma !== lower ? index.byWord.get(lemma) : undefined;
  // Most tokens start no pattern: answer them with one or two map lookups.
  const prefixed = index.byPrefix.size > 0 && lower.length >= AFFIX_KEY ? index.byPrefix.get(affixKey(lower, 0)) : undefined;
  let suffixed: T[] | null = null;
  const suffixCandidates = index.bySuffix.size > 0 && lower.length > AFFIX_KEY ? index.bySuffix.get(affixKey(lower, lower.length - AFFIX_KEY)) : undefined;
  for (const list of [suffixCandidates ?? NONE, index.shortSuffixes]) {
    for (const { suffix, entry } of list) if (lower.endsWith(suffix) && lower.length > suffix.length) (suffixed ??= []).push(entry);
  }
  if (!byLemma && !prefixed && !suffixed && index.shortPrefixes.length === 0) return exact ?? NONE;
  const out: T[] = exact ? [...exact] : [];
  if (byLemma) for (const e of byLemma) if (!e.pattern.surfaceOnly && !out.includes(e)) out.push(e);
  for (const list of [prefixed ?? NONE, index.shortPrefixes]) {
    for (const { prefix, entry } of list) if (lower.startsWith(prefix) && !out.includes(entry)) out.push(entry);
  }
  if (suffixed) for (const e of suffixed) if (!out.includes(e)) out.push(e);
  return out;
}
