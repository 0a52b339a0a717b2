// Derives lexicons/en/triggers-petrarch.tsv from PETRARCH-2's verb dictionary CAMEO.2.0.txt
// (Open Event Data Alliance, MIT): the verbs of each synonym block with their block's (or their own)
// CAMEO code, and the block's phrase patterns ("- * &CEASEFIRE [0356]") with the verb the pattern
// was written for, in Paraat's trigger pattern language. Prints what it kept and what it dropped, by
// reason. Deterministic: rerun when the dictionary or triggers.tsv changes:
//   npx tsx scripts/lexicons/build-triggers-petrarch.ts [SHARED_DIR]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cameoTable } from '../../src/events/ontology.js';
import type { PatternElement } from '../../src/events/patterns.js';
import { compilePattern } from '../../src/events/patterns.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.argv[2] ?? join(root, '..', 'shared');
const inputPath = join(shared, 'data', 'kb', 'petrarch', 'CAMEO.2.0.txt');
const outputPath = join(root, 'lexicons', 'en', 'triggers-petrarch.tsv');
const writtenPath = join(root, 'lexicons', 'en', 'triggers.tsv');

/** Verbs too common to propose an event alone; their patterns stay when they name a specific object. */
const GENERIC_VERBS = new Set(
  ('be is are was were been am have has had do does did go goes went gone get got make made take took taken give gave given ' +
    'say said come came see saw seen put set place keep kept let bring brought show hold held use find found tell told run ' +
    'turn look seem appear become became leave left move send sent call ask want need try help begin start stop end open ' +
    'close pass meet head lead follow continue remain stand sit carry draw pull push raise reach receive return offer work ' +
    'play change consider hear think feel add base post position format stage station situate arrange ' +
    'mark note report state express issue release speak talk tell write read act deal face grow fall drop rise cut hit ' +
    'point refer list cite record note join form build create produce provide include involve serve attend expect plan')
    .split(' '),
);

/**
 * Verbs whose line alone fired mostly on something else than the block's event in the unlabelled
 * news corpus (../shared/data/news: BBC politics, Guardian Syria/Iraq), reviewed by hand from the
 * lines that fired five times or more there; their patterns with an object stay.
 */
const REVIEWED_OUT: Record<string, string> = {
  'a noun or adjective sense dominates':
    'force claim campaign back vote control rule conflict target aim arm debate suspect challenge strike order fund free press ' +
    'approach train abuse link trade influence benefit respect study ready bid guard sweep check boost search monitor contest fire ' +
    'signal block dispute delay combat counter fine bar spy jail table mine comb dig beat lash whip ram pound hammer kick circle ' +
    'charge rally patrol catch parade grant award supply exchange swap import purchase aid debate decline battle telephone host ' +
    'breach mock savage blitz',
  'too vague to propose an event alone':
    'clear allow pay argue die increase fail arrive seek decide ensure break introduce defeat prepare affect unveil protect prevent ' +
    'defend encourage establish abandon improve reveal intend recognise recognize engage conduct struggle surround admit gather ' +
    'guarantee remove undermine impose manage buy promote enforce hang determine disappoint invest intensify assure revive strive ' +
    'amass assemble converge huddle cable mull ponder weigh depart embark encounter apprise notify bargain coordinate organise ' +
    'organize rejoice greet assist allocate assign enhance expand heighten redouble enact institute enlist ease facilitate ' +
    'contribute lend attach chain merge dictate oversee supervise stabilise stabilize absolve abstain authorise authorize permit ' +
    'tolerate verify compromise resolve loosen disengage comply submit unblock bow relinquish waive yield inspect clamour curse ' +
    'despair dismay distrust lament mourn regret differ object disgrace endanger caution disturb provoke betray disassociate ' +
    'disrupt restrict withhold exclude shun impel punish curb hurt rip slap dominate grapple duel wrestle extract overturn steal ' +
    'sponsor finance compensate affirm cheer favor favour bless appreciate reassert legitimise celebrate commemorate equip ' +
    'shelter declassify legalise defer postpone shelve overrule fault communicate contact confront destroy liberate approve ' +
    'confine',
};

/** Patterns (verb and the first word after it) whose common use in the same news is not their event. */
const REVIEWED_OUT_PATTERNS: Record<string, string> = {
  'an activity, not the coded act': 'take:part hold:conference commit:crime return:home allow:home step:up',
  'too vague to propose an event': 'say:support give:power raise:concerns',
};
const REVIEWED_PATTERNS = new Map(Object.entries(REVIEWED_OUT_PATTERNS).flatMap(([reason, pairs]) => pairs.split(' ').map((p) => [p, reason] as const)));
const REVIEWED = new Map(Object.entries(REVIEWED_OUT).flatMap(([reason, verbs]) => verbs.split(' ').map((v) => [v, reason] as const)));

/** Words after a verb that carry no object of their own: a pattern made only of these is the verb alone. */
const PARTICLES = new Set('up down off out back away over in on along about around through forward aside apart together'.split(' '));

function wordList(file: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(join(root, 'lexicons', 'en', file), 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) words.add(line.split('\t')[0].trim().toLowerCase());
  }
  return words;
}
/** Speech verbs: the coder reads what they report as events of their own, so PETRARCH's "said ... X" patterns are left out. */
const SPEECH_VERBS = new Set([...readFileSync(join(root, 'lexicons', 'en', 'speech-verbs.tsv'), 'utf8').split('\n')]
  .filter((l) => l.trim() && !l.startsWith('#'))
  .flatMap((l) => [...compilePattern(l.split('\t')[0]).elements[0].words]));

/** Prepositions that mark no role, so prepositions.tsv leaves them out. */
const OTHER_PREPOSITIONS = 'for of as under after before behind across without within upon until since via per than like beyond'.split(' ');
const FUNCTION_WORDS = new Set([
  ...wordList('prepositions.tsv'),
  ...wordList('function-words.tsv'),
  ...wordList('determiners.tsv'),
  ...PARTICLES,
  ...OTHER_PREPOSITIONS,
]);

const counts = new Map<string, number>();
const count = (reason: string, n = 1) => counts.set(reason, (counts.get(reason) ?? 0) + n);

// ---- CAMEO codes --------------------------------------------------------------------------------

const cameo = cameoTable();

/** The code PLOVER can type: the code itself, or its nearest parent in ontology/cameo.tsv; null when none has a type. */
function ploverCode(code: string): string | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const entry = cameo.get(c);
    if (entry) {
      if (!entry.ploverType) return null;
      if (c !== code) count(`code ${code} not in ontology/cameo.tsv, mapped to its parent ${c}`);
      return c;
    }
  }
  return null;
}

interface Code {
  cameo: string;
  /** PETRARCH's symmetric codes ("[062:062]"): both sides do the act. */
  symmetric: boolean;
}

/** "[042:043]" → the source's code 042; otherwise why the line gives no trigger. */
function parseCode(text: string): Code | string {
  const inner = text.replace(/^\[|\]$/g, '').replace(/[^\d:-]/g, '');
  if (inner === '---' || inner === '') return 'no code (no event)';
  const [forward, backward = ''] = inner.split(':');
  if (!forward || forward === '---') return "a code for the target's act only ([:X])";
  const mapped = ploverCode(forward);
  if (!mapped) return `CAMEO ${forward.slice(0, 2)} (statements, appeals: no PLOVER type)`;
  return { cameo: mapped, symmetric: backward === forward };
}

// ---- the written lexicon: frames and coverage ----------------------------------------------------

interface WrittenLine {
  type: string;
  elements: PatternElement[];
}

const written: WrittenLine[] = [];
const framesByCode = new Map<string, { reciprocal: number; svo: number }>();
for (const line of readFileSync(writtenPath, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [pattern, code, , , frame, typeOverride] = line.split('\t');
  const type = typeOverride && typeOverride !== '-' ? typeOverride : (cameo.get(code)?.ploverType ?? '');
  written.push({ type, elements: compilePattern(pattern).elements });
  const tally = framesByCode.get(code) ?? { reciprocal: 0, svo: 0 };
  if (frame === 'reciprocal') tally.reciprocal++;
  else tally.svo++;
  framesByCode.set(code, tally);
}

/** Reciprocal where PETRARCH codes both sides, or where most written lines of the code are. */
function frameOf(code: Code): string {
  const tally = framesByCode.get(code.cameo);
  return code.symmetric || (tally && tally.reciprocal >= tally.svo) ? 'reciprocal' : 'svo';
}

function elementHas(element: PatternElement, word: string): boolean {
  return element.words.has(word) || element.prefixes.some((p) => word.startsWith(p)) || element.suffixes.some((x) => word.endsWith(x));
}

/**
 * A written line of the same PLOVER type fires on this verb already: it starts with the verb and
 * either needs nothing more or needs one of the words the PETRARCH pattern asks for next.
 */
function coveredByWritten(verb: string, type: string, nextWords: string[]): boolean {
  return written.some(
    (w) =>
      w.type === type &&
      elementHas(w.elements[0], verb) &&
      (w.elements.length === 1 || (nextWords.length > 0 && w.elements.length === 2 && nextWords.some((n) => elementHas(w.elements[1], n)))),
  );
}

// ---- reading the dictionary ----------------------------------------------------------------------

type Phrase = string[];

interface Synset {
  name: string;
  members: Phrase[];
}

interface Verb {
  /** The verb's word as PETRARCH lists it first, lower case ("rush", "ask" for ASK_FOR). */
  base: string;
  /** The pattern element of its forms: "rush+" (regular) or "speed|speeding|speeds|sped". */
  forms: string;
  before: string[];
  after: string[];
  code: Code | string;
  /** The line codes the verb itself, or a coder signed it: PETRARCH's own verbs, not WordNet's synonyms. */
  curated: boolean;
}

interface Pattern {
  text: string;
  code: Code | string;
  comment: string;
}

interface Block {
  name: string;
  line: number;
  code: Code | string;
  verbs: Verb[];
  patterns: Pattern[];
}

function plural(word: string): string {
  if (/(ss|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (word.endsWith('s')) return word;
  return `${word}s`;
}

/** "ASK_FOR" → verb word "ask", no words before, "for" after; "WIRE_+TAP" → "wire" before, verb "tap". */
function splitCompound(form: string): { before: string[]; verb: string; after: string[] } {
  const words = form.toLowerCase().split('_').filter(Boolean);
  let at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  return { before: words.slice(0, at), verb: words[at].replace(/^\+/, ''), after: words.slice(at + 1) };
}

function parseVerb(text: string, comment: string, blockCode: Block['code']): Verb {
  const codeMatch = /\[[^\]]*\]\s*$/.exec(text);
  const code = codeMatch ? parseCode(codeMatch[0]) : blockCode;
  const body = codeMatch ? text.slice(0, codeMatch.index) : text;
  const irregular = /\{([^}]*)\}/.exec(body);
  const stem = splitCompound(body.replace(/\{[^}]*\}/, '').trim().split(/\s+/)[0]);
  let forms: string;
  if (irregular) {
    const others = irregular[1].replace(/,/g, ' ').trim().split(/\s+/).filter(Boolean).map((f) => splitCompound(f).verb);
    forms = [...new Set([stem.verb, ...others])].join('|');
  } else forms = `${stem.verb}+`;
  return { base: stem.verb, forms, before: stem.before, after: stem.after, code, curated: Boolean(codeMatch) || /\w/.test(comment) };
}

function readDictionary(text: string): { synsets: Map<string, Synset>; blocks: Block[] } {
  const synsets = new Map<string, Synset>();
  const blocks: Block[] = [];
  let synset: Synset | null = null;
  let block: Block | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (/^#+ TRANSFORMATIONS/.test(raw)) break;
    if (raw.startsWith('#') || !raw.trim()) continue;
    const header = /^---\s+(\S+)\s+(\[[^\]]*\])\s+---/.exec(raw);
    if (header) {
      block = { name: header[1], line: i + 1, code: parseCode(header[2]), verbs: [], patterns: [] };
      blocks.push(block);
      synset = null;
      continue;
    }
    const [content, ...commentParts] = raw.split('#');
    const comment = commentParts.join('#');
    if (content.startsWith('&')) {
      synset = { name: content.trim(), members: [] };
      synsets.set(synset.name, synset);
      continue;
    }
    if (synset && !block && content.startsWith('+')) {
      const member = content.trim().slice(1);
      const noPlural = member.endsWith('_') || synset.name.endsWith('_');
      const words = member.toLowerCase().split('_').filter(Boolean);
      synset.members.push(words);
      if (!noPlural) synset.members.push([...words.slice(0, -1), plural(words[words.length - 1])]);
      continue;
    }
    if (!block) continue;
    if (content.startsWith('-')) {
      const codeMatch = /\[[^\]]*\]/.exec(content);
      if (!codeMatch) {
        count('pattern without a code');
        continue;
      }
      block.patterns.push({ text: content.slice(1, codeMatch.index).trim(), code: parseCode(codeMatch[0]), comment });
    } else if (content.trim()) block.verbs.push(parseVerb(content.trim(), comment, block.code));
  }
  return { synsets, blocks };
}

// ---- patterns → elements --------------------------------------------------------------------------

/** One position of a pattern: alternatives (each a run of consecutive words) and how far it may stand from the previous one. */
interface Slot {
  alternatives: Phrase[];
  gap: 'adjacent' | 'near' | 'far';
}

/** Lines one pattern may become through multi-word synset members ("armed forces"); the rest are counted. */
const MAX_VARIANTS = 4;

/** The slots after the verb ("*") of a PETRARCH pattern, or null when the pattern names an unknown synset. */
function postVerbSlots(text: string, synsets: Map<string, Synset>): { pre: boolean; slots: Slot[] } | null {
  const star = text.indexOf('*');
  const pre = text.slice(0, star).replace(/[$+^%]/g, '').trim() !== '';
  const slots: Slot[] = [];
  let unknown = false;
  const wordAlternatives = (word: string): Phrase[] => {
    if (word.startsWith('&')) {
      const set = synsets.get(word);
      if (!set) unknown = true;
      return set ? set.members : [];
    }
    return [word.toLowerCase().split('_').filter(Boolean)];
  };
  // Tokens: "{...}" noun phrases, "(" and ")" around a prepositional phrase, words, markers.
  const tokens = text.slice(star + 1).match(/\{[^}]*\}|[()]|[^\s(){}]+/g) ?? [];
  let inParens = false;
  let firstInParens = false;
  for (const token of tokens) {
    if (token === '(') {
      inParens = true;
      firstInParens = true;
      continue;
    }
    if (token === ')') {
      inParens = false;
      continue;
    }
    if (/^[$+^%]$/.test(token)) continue;
    const gap: Slot['gap'] = inParens && !firstInParens ? 'near' : 'far';
    firstInParens = false;
    if (token.startsWith('{')) {
      const words = token.slice(1, -1).trim().split(/\s+/).filter((w) => !/^[$+^%]$/.test(w));
      words.forEach((w, k) => slots.push({ alternatives: wordAlternatives(w), gap: k === 0 ? gap : 'adjacent' }));
    } else slots.push({ alternatives: wordAlternatives(token), gap });
  }
  return unknown ? null : { pre, slots };
}

const GAP_TEXT: Record<Slot['gap'], string> = { adjacent: '', near: '...3 ', far: '... ' };

/** The slots as pattern-language strings: single-word alternatives share an element, each longer one gets its own line. */
function renderSlots(slots: Slot[]): string[] {
  let variants = [''];
  for (const slot of slots) {
    const singles = [...new Set(slot.alternatives.filter((a) => a.length === 1).map((a) => a[0]))];
    // "fighter jet" adds nothing where "jet" is an alternative: the gap before the slot takes "fighter".
    const phrases = slot.alternatives.filter((a) => a.length > 1 && !singles.includes(a[a.length - 1]));
    const choices = [...(singles.length ? [singles.join('|')] : []), ...phrases.map((a) => a.join(' '))];
    const next: string[] = [];
    for (const v of variants) for (const c of choices) next.push(`${v} ${GAP_TEXT[slot.gap]}${c}`);
    variants = next;
    if (variants.length > MAX_VARIANTS) {
      count(`pattern: lines beyond ${MAX_VARIANTS} a pattern (multi-word synset members) left out`, variants.length - MAX_VARIANTS);
      variants = variants.slice(0, MAX_VARIANTS);
    }
  }
  return variants.map((v) => v.trim());
}

function slotWords(slots: Slot[]): string[] {
  return slots.flatMap((s) => s.alternatives.flat());
}

// ---- building the lines ---------------------------------------------------------------------------

interface Line {
  pattern: string;
  code: Code;
  origin: string;
}

function verbPhrase(verb: Verb): string {
  return [...verb.before, verb.forms, ...verb.after].join(' ');
}

/** The block's verbs a pattern's comment names ("# RUSH"): the verb it was written for. */
function patternVerbsByComment(block: Block, pattern: Pattern): Verb[] {
  const named = new Set(pattern.comment.toUpperCase().match(/[A-Z]+(?:_[A-Z]+)*/g) ?? []);
  const byComment = block.verbs.filter((v) => named.has(v.base.toUpperCase()) || named.has([...v.before, v.base, ...v.after].join('_').toUpperCase()));
  const simple = byComment.filter((v) => !v.before.length && !v.after.length);
  return simple.length ? simple : byComment;
}

/** The verbs a pattern was written for, else the block's non-generic verbs. */
function patternVerbs(block: Block, pattern: Pattern): Verb[] {
  const byComment = patternVerbsByComment(block, pattern);
  if (byComment.length) return byComment;
  const specific = block.verbs.filter((v) => !GENERIC_VERBS.has(v.base));
  return specific.length ? specific : block.verbs;
}

/** The block's verbs that its name or a pattern's comment names: the verbs of PETRARCH's source file. */
function namedVerbs(block: Block): Set<Verb> {
  const named = new Set<Verb>([...block.patterns.flatMap((p) => patternVerbsByComment(block, p))]);
  for (const v of block.verbs) if (block.name.split('_').includes(v.base.toUpperCase())) named.add(v);
  return named;
}

function build(): Line[] {
  const { synsets, blocks } = readDictionary(readFileSync(inputPath, 'utf8'));
  const lines: Line[] = [];
  const seen = new Set<string>();
  /** Adds the pattern's lines; false when every one repeats an earlier line. */
  const add = (patterns: string[], code: Code, origin: string): boolean => {
    const fresh = patterns.filter((p) => !seen.has(p));
    for (const pattern of fresh) {
      seen.add(pattern);
      lines.push({ pattern, code, origin });
    }
    return fresh.length > 0;
  };
  for (const block of blocks) {
    const named = namedVerbs(block);
    const origin = `${block.name} (CAMEO.2.0.txt line ${block.line})`;
    for (const verb of block.verbs) {
      count('verb: read');
      const reason = verbDropReason(verb, named);
      if (reason) count(`verb: ${reason}`);
      else if (!add([verbPhrase(verb)], verb.code as Code, origin)) count('verb: same line as an earlier verb');
      else count('verb: kept');
    }
    for (const pattern of block.patterns) {
      count('pattern: read');
      const rendered = patternLines(block, pattern, synsets);
      if (typeof rendered === 'string') count(`pattern: ${rendered}`);
      else if (!add(rendered, pattern.code as Code, origin)) count('pattern: same lines as an earlier pattern');
      else count('pattern: kept');
    }
  }
  return lines;
}

/** Why a verb gives no line of its own, or null when it does. */
function verbDropReason(verb: Verb, named: Set<Verb>): string | null {
  if (typeof verb.code === 'string') return verb.code;
  if (GENERIC_VERBS.has(verb.base) && [...verb.before, ...verb.after].every((w) => FUNCTION_WORDS.has(w))) return 'too generic alone';
  if (!verb.curated && !named.has(verb)) return 'a synonym added to the block (no code, note or pattern of its own)';
  if (REVIEWED.has(verb.base) && !verb.after.length) return `reviewed on news: ${REVIEWED.get(verb.base)}`;
  const reviewed = REVIEWED_PATTERNS.get(`${verb.base}:${verb.after[0]}`);
  if (reviewed) return `reviewed on news: ${reviewed}`;
  if (coveredByWritten(verb.base, cameo.get(verb.code.cameo)!.ploverType, verb.after)) return 'triggers.tsv has it (same word and type)';
  if (!verb.after.length && written.some((w) => w.elements.length === 1 && elementHas(w.elements[0], verb.base))) {
    return 'triggers.tsv has the word alone with another type (its line would win)';
  }
  return null;
}

/** The pattern's lines, or why it gives none. */
function patternLines(block: Block, pattern: Pattern, synsets: Map<string, Synset>): string[] | string {
  if (typeof pattern.code === 'string') return pattern.code;
  const parsed = postVerbSlots(pattern.text, synsets);
  if (!parsed) return 'names an undefined synset';
  if (!parsed.slots.length) return parsed.pre ? 'words before the verb only' : 'the verb alone';
  if (slotWords(parsed.slots).every((w) => FUNCTION_WORDS.has(w))) return 'no content word after the verb';
  const type = cameo.get(pattern.code.cameo)!.ploverType;
  const firstWords = parsed.slots[0].alternatives.map((a) => a[0]);
  let verbs = patternVerbs(block, pattern);
  const reviewed = REVIEWED_PATTERNS.get(`${verbs[0].base}:${firstWords[0]}`) ?? REVIEWED_PATTERNS.get(`${verbs[0].base}:${verbs[0].after[0]}`);
  if (reviewed) return `reviewed on news: ${reviewed}`;
  verbs = verbs.filter((v) => !SPEECH_VERBS.has(v.base));
  if (!verbs.length) return 'a speech verb (the coder reads what is said)';
  verbs = verbs.filter((v) => !coveredByWritten(v.base, type, firstWords));
  if (!verbs.length) return 'triggers.tsv has it (same word and type)';
  // A longer pattern wins over a shorter one on the same words: it would recode a verb the written lexicon has decided on.
  verbs = verbs.filter((v) => !written.some((w) => w.elements.length === 1 && elementHas(w.elements[0], v.base)));
  if (!verbs.length) return 'triggers.tsv has the verb alone with another type (the pattern would recode it)';
  // Verbs with the same particles share one element; "ask for" and "ask" cannot.
  const groups = new Map<string, Verb[]>();
  for (const v of verbs) {
    const key = `${v.before.join(' ')}|${v.after.join(' ')}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()].flatMap((group) => {
    const head = [...group[0].before, group.map((v) => v.forms).join('|'), ...group[0].after].join(' ');
    // A generic verb is specific only with its object close by: "take part", not "take ... part".
    const slots = group.some((v) => GENERIC_VERBS.has(v.base)) && parsed.slots[0].gap === 'far' ? [{ ...parsed.slots[0], gap: 'near' as const }, ...parsed.slots.slice(1)] : parsed.slots;
    return renderSlots(slots).map((r) => `${head} ${r}`);
  });
}

// ---- output ---------------------------------------------------------------------------------------

const input = readFileSync(inputPath, 'utf8');
const lines = build();
for (const line of lines) compilePattern(line.pattern);
const updated = /LAST UPDATE:\s*(.+)/.exec(input)?.[1]?.trim() ?? 'unknown';
const sha = createHash('sha256').update(input).digest('hex').slice(0, 16);
const header = [
  '# English event triggers derived from PETRARCH-2\'s CAMEO verb dictionary. Do not edit by hand:',
  '#   made by scripts/lexicons/build-triggers-petrarch.ts from ../shared/data/kb/petrarch/CAMEO.2.0.txt',
  `#   (openeventdata/petrarch2, last updated ${updated}, sha256 ${sha}…), reading lexicons/en/triggers.tsv`,
  '#   to leave out what it already has. Columns and pattern language as in triggers.tsv.',
  '# Each line is a verb of a PETRARCH synonym block with the block\'s (or its own) CAMEO code, or one of',
  '# the block\'s phrase patterns ("- * &CEASEFIRE [0356]") with the verb named in its comment, synonym',
  '# sets spelled out as alternatives; the comment above a group names the block and its line in the source.',
  '# Licence of the source (and of these derived lines): The MIT License (MIT),',
  '#   Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted, free of charge, to any',
  '#   person obtaining a copy of this software and associated documentation files (the "Software"), to',
  '#   deal in the Software without restriction, including without limitation the rights to use, copy,',
  '#   modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit',
  '#   persons to whom the Software is furnished to do so, subject to the following conditions: The above',
  '#   copyright notice and this permission notice shall be included in all copies or substantial',
  '#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS',
  '#   OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A',
  '#   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE',
  '#   LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR',
  '#   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS',
  '#   IN THE SOFTWARE.',
  '# columns: pattern	cameo	mode	class	frame	type	source',
];
const body: string[] = [];
let lastOrigin = '';
for (const line of lines) {
  if (line.origin !== lastOrigin) body.push(`# ${line.origin}`);
  lastOrigin = line.origin;
  body.push([line.pattern, line.code.cameo, '-', 'verb', frameOf(line.code), '-', 'petrarch'].join('\t'));
}
writeFileSync(outputPath, `${header.join('\n')}\n${body.join('\n')}\n`);
for (const [reason, n] of [...counts].sort()) console.log(`${String(n).padStart(6)}  ${reason}`);
console.log(`${lines.length} lines → ${outputPath}`);
