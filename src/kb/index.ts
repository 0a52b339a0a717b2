// The actor knowledge base and mention resolution: names, adjectives and metonyms of states,
// regions and organisations, sector words, and persons with dated roles, read from the kb/ files
// at the repository root (plus analysts' files), and resolved as of an article's date.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ActorKind, Document } from '../document/index.js';
import { emptyTables, readKbFile } from './data.js';
import { isPartialDate } from './dates.js';
import { buildKnowledgeBase } from './knowledge-base.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { appositionPersonMentions } from './apposition.js';
import { articleCountryMentions } from './article-country.js';
import { findMentions } from './match.js';
import type { FoundMention, MatchContext } from './match.js';
import { tokenize } from './tokenize.js';

export type { KnowledgeBase } from './knowledge-base.js';
export type { NameEntry, Person, Role, SectorWord } from './data.js';
export { KbFileError } from './data.js';
export { dominantCountry } from './article-country.js';
export { rolesOn, standingOn } from './persons.js';
export { knowledgeBaseCounts, searchKnowledgeBase, showEntry } from './lookup.js';

export interface ResolvedActor {
  code: string;
  sector: string | null;
  kind: ActorKind;
  kb_id: string | null;
  name: string;
}

export const KB_DIR = fileURLToPath(new URL('../../kb/', import.meta.url));
/** The built-in files in the order they are read: later files win, so hand-written after generated. */
const BUILT_IN_ORDER = [
  // Places first: any country, organisation or person of the same name wins over a city.
  'places.tsv',
  'countries.tsv',
  'countries-en.tsv',
  'countries-nl.tsv',
  'regions.tsv',
  'igos.tsv',
  'groups.tsv',
  'metonyms.tsv',
  'sectors-plover-en.tsv',
  'sectors.tsv',
  'persons.tsv',
  'roles.tsv',
  'persons-phoenix.tsv',
  'roles-phoenix.tsv',
  'parties.tsv',
  'party-roles.tsv',
  'languages.tsv',
];

let defaultKb: KnowledgeBase | null = null;

export function builtInFiles(): string[] {
  const present = new Set(readdirSync(KB_DIR).filter((f) => f.endsWith('.tsv')));
  const ordered = BUILT_IN_ORDER.filter((f) => present.has(f));
  // Files added later without being listed here are read last, in name order.
  const others = [...present].filter((f) => !BUILT_IN_ORDER.includes(f)).sort();
  return [...ordered, ...others].map((f) => join(KB_DIR, f));
}

/** The built-in knowledge base (cached), extended and overridden by analysts' files when given. */
export function loadKnowledgeBase(options: { extraFiles?: string[] } = {}): KnowledgeBase {
  const extra = options.extraFiles ?? [];
  if (extra.length === 0 && defaultKb) return defaultKb;
  const tables = emptyTables();
  for (const file of [...builtInFiles(), ...extra]) readKbFile(tables, file);
  const kb = buildKnowledgeBase(tables);
  if (extra.length === 0) defaultKb = kb;
  return kb;
}

/**
 * Resolves one mention string as of a date. The context (the sentence or article around it) lets
 * a surname refer back to a full name ("Stoltenberg" after "Jens Stoltenberg").
 */
export function resolveMention(
  kb: KnowledgeBase,
  mention: string,
  options: { date: string | null; lang: string; context?: string },
): ResolvedActor | null {
  const ctx: MatchContext = { kb, lang: options.lang || null, date: options.date, coref: new Map(), text: options.context ?? '' };
  if (options.context) findMentions(ctx, tokenize(options.context));
  const found = articleCountryMentions(findMentions({ ...ctx, text: mention }, tokenize(mention)));
  if (found.length === 0) return null;
  // The mention's head is the actor covering most of the string ("de Franse president Macron").
  const best = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return best.actor;
}

/**
 * Fills doc.mentions with the actors named in the document, as of the article's date, sorted by
 * start. Mention.rule says how each was resolved:
 * - on its own: country-name, demonym ("Amerikanen"), capital ("Moskou": GOV), metonym ("het
 *   Pentagon": MIL), igo, region, group (armed groups), generic-sector ("rebellen": REB, kind group);
 * - combined: adjective+sector ("Russische troepen"), name+sector ("U.S. troops", "VS-troepen"),
 *   region+group ("westerse landen"), adjective+demonym ("Bosnian Serbs"), sector+of+name ("de
 *   regering van Oekraïne"), person+sector ("Assad's forces");
 * - persons: title+person (the title's country wins: "de Chileense president Gabriel Boric"),
 *   person-role (a known person's role on the date), person-home (no role then: home country, ELI),
 *   surname (a bare surname the date decides), surname-coref (a surname after the full name);
 * - parties: party-role (governing: GOV, in opposition: OPP, on the date), party+sector ("Labour MPs").
 */
export function annotateMentions(kb: KnowledgeBase, doc: Document): void {
  const ctx: MatchContext = {
    kb,
    lang: doc.lang || null,
    // An article date ingest could not read is no date, not a reason to lose the mentions.
    date: doc.article.date !== null && isPartialDate(doc.article.date) ? doc.article.date : null,
    coref: new Map(),
    entities: doc.entities,
    text: doc.text,
  };
  const found: FoundMention[] = articleCountryMentions(appositionPersonMentions(findMentions(ctx, doc.tokens), doc.tokens, doc.entities));
  doc.mentions = found
    .map((m) => ({ start: m.start, end: m.end, firstToken: m.firstToken, endToken: m.endToken, actor: m.actor, rule: m.rule }))
    .sort((a, b) => a.start - b.start);
}
