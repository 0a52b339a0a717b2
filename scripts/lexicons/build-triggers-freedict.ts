// Derives lexicons/nl/triggers-freedict.tsv: Dutch equivalents of the English trigger words, through the
// FreeDict English–Dutch dictionary and confirmed by translating back through FreeDict Dutch–English (to an
// English trigger word of the same CAMEO code, or to a WordNet synonym of the word), conjugated with the
// OpenTaal word list, and kept only when they occur in real Dutch text. Paraat reads only the derived
// file; the Debian packages are needed to regenerate it:
//   apt-get install -y dict-freedict-eng-nld dict-freedict-nld-eng wordnet-base hunspell-nl
//   npx tsx scripts/lexicons/build-triggers-freedict.ts [SHARED_DIR] [--concordance FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../../src/document/index.js';
import { compilePattern, matchAt, type CompiledPattern } from '../../src/events/patterns.js';
import { conjugate, loadHunspell, presentStem, separate, type Hunspell } from './dutch-morphology.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const concordanceAt = args.indexOf('--concordance');
const concordanceFile = concordanceAt >= 0 ? args[concordanceAt + 1] : undefined;
const shared = args.find((a, i) => !a.startsWith('--') && i !== concordanceAt + 1) ?? join(root, '..', 'shared');

const DICTD = '/usr/share/dictd';
const WORDNET = '/usr/share/wordnet';
const HUNSPELL = '/usr/share/hunspell';
/** WordNet senses whose synonyms count as the English word's meaning (the most frequent first). */
const WORDNET_SENSES = 3;
/** Occurrences in the Dutch text below which a line is dropped. */
const MIN_OCCURRENCES = 2;

/**
 * Dutch words whose common use in the news text is not the event (judged on concordance lines of the
 * Dutch press and treebank text): the reason is printed with the counts.
 */
const OTHER_SENSE_GROUPS: Record<string, string[]> = {
  'a general verb whose event sense is rare (take, go, hold, let, walk, hit, touch, ask)': [
    'aangaan', 'aanslaan', 'afgaan', 'dragen', 'grijpen', 'halen', 'handelen', 'laten', 'lopen', 'lossen', 'raken', 'slaan',
    'steken', 'treffen', 'vragen', 'vraag', 'opvallen', 'inslaan', 'klappen', 'klap', 'kloppen', 'strijken', 'tegenkomen',
  ],
  'another meaning is the common one (price, point, crown, nose, means, trade, four, celebrate, ruling, mountain)': [
    'prijs', 'prijzen', 'punt', 'punten', 'kroon', 'kronen', 'neus', 'middel', 'middelen', 'handel', 'vier', 'vieren', 'viering',
    'arrest', 'berg', 'bergen', 'jacht', 'jachten', 'noden', 'prik', 'prikken', 'pikken', 'schillen', 'vorsen', 'vorderen',
    'wraken', 'bezwaren', 'loven', 'beslaan', 'bekleden', 'behouden', 'roemen',
  ],
  'a phrasal verb whose split form mostly means something else (look up, fetch, give up, fall out, let out)': [
    'aanspreken', 'aantreffen', 'aanvuren', 'afhalen', 'afstemmen', 'nagaan', 'ombrengen', 'onderhouden', 'opgeven', 'ophalen',
    'opwekken', 'opzoeken', 'samengaan', 'tegenwerken', 'toelaten', 'uitlaten', 'uitvallen', 'vrijmaken', 'intrekken',
    'inval', 'invallen', 'indienen', 'voorstellen', 'voorstel', 'presenteren', 'presentatie',
  ],
  'not the code of the English word (greet, thank, hurry, die, combat a problem, ravage, hinder, research)': [
    'aangrijpen', 'begroeten', 'danken', 'haasten', 'sterven', 'bestrijden', 'bestrijding', 'teisteren', 'belemmeren',
    'dringen', 'onderzoek', 'onderzoeken', 'doden', 'dood', 'redden', 'steek', 'aanhouden', 'loslaten',
  ],
};
/** Participles whose common use in the text is as an adjective ("bedreigde diersoorten"), not the act. */
const ADJECTIVAL_FORMS = new Set(['bedreigd', 'bedreigde']);
/**
 * Particles that are also prepositions: "roept ... in" would take "riep in haar toespraak ... op", so these
 * separable verbs get no split line (their joined forms and te-infinitive stay).
 */
const PREPOSITION_PARTICLES = new Set(['achter', 'bij', 'binnen', 'door', 'in', 'na', 'om', 'onder', 'over', 'tegen', 'voor']);
const OTHER_SENSE = new Map(Object.entries(OTHER_SENSE_GROUPS).flatMap(([reason, words]) => words.map((w) => [w, reason] as const)));

// ---------------------------------------------------------------- resources

function normalise(word: string): string {
  return word.toLowerCase().replace(/ĳ/g, 'ij').trim();
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode64(text: string): number {
  let n = 0;
  for (const c of text) n = n * 64 + BASE64.indexOf(c);
  return n;
}

/** A dictd dictionary: headword → its translations in the order the entry lists them. */
function readDictionary(name: string): Map<string, string[]> {
  const data = gunzipSync(readFileSync(`${DICTD}/${name}.dict.dz`));
  const out = new Map<string, string[]>();
  for (const line of readFileSync(`${DICTD}/${name}.index`, 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!length || head.startsWith('00database')) continue;
    const entry = data.subarray(decode64(offset), decode64(offset) + decode64(length)).toString('utf8');
    const senses = entry.split('\n').slice(1).map((l) => l.replace(/^\s*\d+\.\s*/, '').trim()).filter(Boolean);
    const translations = senses.flatMap((s) => s.split(/\s*[,;]\s*/)).map(normalise).filter(Boolean);
    const key = normalise(head);
    out.set(key, [...new Set([...(out.get(key) ?? []), ...translations])]);
  }
  return out;
}

interface WordNet {
  lemmas: { verb: Set<string>; noun: Set<string> };
  synonyms(word: string): Set<string>;
  /** The WordNet lemma of an inflected English form ("fought" → "fight"), or the form itself. */
  lemma(word: string): string;
}

function readWordNet(): WordNet {
  const pos = ['verb', 'noun'] as const;
  const index = { verb: new Map<string, string[]>(), noun: new Map<string, string[]>() };
  const data = { verb: readFileSync(`${WORDNET}/data.verb`), noun: readFileSync(`${WORDNET}/data.noun`) };
  const exceptions = new Map<string, string>();
  for (const p of pos) {
    for (const line of readFileSync(`${WORDNET}/index.${p}`, 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const cells = line.trim().split(' ');
      const synsets = Number(cells[2]);
      index[p].set(cells[0], cells.slice(cells.length - synsets));
    }
    for (const line of readFileSync(`${WORDNET}/${p}.exc`, 'utf8').split('\n')) {
      const [form, base] = line.split(' ');
      if (base && !exceptions.has(form)) exceptions.set(form, base);
    }
  }
  const synsetWords = (p: 'verb' | 'noun', offset: string): string[] => {
    const start = Number(offset);
    const line = data[p].subarray(start, data[p].indexOf(10, start)).toString('utf8').split(' ');
    const count = parseInt(line[3], 16);
    return Array.from({ length: count }, (_, i) => line[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' '));
  };
  const lemmas = { verb: new Set(index.verb.keys()), noun: new Set(index.noun.keys()) };
  const known = (w: string): boolean => lemmas.verb.has(w) || lemmas.noun.has(w);
  return {
    lemmas,
    synonyms(word) {
      const out = new Set<string>();
      for (const p of pos) for (const offset of (index[p].get(word) ?? []).slice(0, WORDNET_SENSES)) for (const w of synsetWords(p, offset)) out.add(w);
      return out;
    },
    lemma(word) {
      if (known(word)) return word;
      const base = exceptions.get(word);
      if (base) return base;
      for (const [end, replacement] of [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ied', 'y']]) {
        if (word.endsWith(end) && known(word.slice(0, -end.length) + replacement)) return word.slice(0, -end.length) + replacement;
      }
      return word;
    },
  };
}

// ---------------------------------------------------------------- English triggers

interface Sense {
  cameo: string;
  mode: string;
  triggerClass: string;
  frame: string;
  type: string;
  /** The English trigger word, and the line it came from. */
  english: string;
  origin: string;
}

function triggerRows(file: string): { cells: string[]; origin: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, origin: `${file.slice(root.length + 1)}:${i + 1}` }))
    .filter(({ line }) => line.trim() && !line.startsWith('#'))
    .map(({ line, origin }) => ({ cells: line.split('\t'), origin }));
}

/** The English words of the one-element trigger lines (constructions with more elements need their context). */
function englishSenses(wordnet: WordNet): Sense[] {
  const files = ['triggers.tsv', 'triggers-petrarch.tsv'].map((f) => join(root, 'lexicons', 'en', f));
  const out: Sense[] = [];
  for (const file of files) {
    let rows: { cells: string[]; origin: string }[];
    try {
      rows = triggerRows(file);
    } catch {
      continue;
    }
    for (const { cells, origin } of rows) {
      const [pattern, cameo, mode = '-', triggerClass = 'verb', frame = 'svo', type = '-'] = cells;
      if (pattern.trim().split(/\s+/).length !== 1) continue;
      for (const alternative of pattern.toLowerCase().split('|')) {
        const words = alternative.endsWith('*')
          ? [...wordnet.lemmas.verb, ...wordnet.lemmas.noun].filter((w) => w.startsWith(alternative.slice(0, -1)) && /^[a-z-]+$/.test(w))
          : [wordnet.lemma(alternative.replace(/\+$/, ''))];
        const inClass = triggerClass === 'verb' ? wordnet.lemmas.verb : wordnet.lemmas.noun;
        for (const english of new Set(words)) if (inClass.has(english)) out.push({ cameo, mode, triggerClass, frame, type, english, origin });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- Dutch text

type Sentence = Token[];

function tokenise(text: string): Sentence[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => (s.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => ({ lower: w.toLowerCase(), lemma: w.toLowerCase() }) as Token))
    .filter((s) => s.length);
}

interface Corpus {
  name: string;
  sentences: Sentence[];
  /** Whether its sentences may be shown as concordance lines (evaluation text is counted only). */
  quotable: boolean;
}

function corpora(): Corpus[] {
  const press = readFileSync(join(shared, 'data/news/nl-press-2019-2020.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[6] ?? '');
  const treebank = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-r2.1-train.conllu', 'nl_lassysmall-ud-dev.conllu'].flatMap((file) =>
    readFileSync(join(shared, 'data/ud', file), 'utf8')
      .split('\n\n')
      .map((block) => block.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t')[1]).join(' ')),
  );
  // EventDNA: only the article texts, for how often a word occurs; its annotations are never read.
  const eventdna = readFileSync(join(shared, 'eval/eventdna-nl-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => String(JSON.parse(l).text ?? ''));
  return [
    { name: 'press', sentences: press.flatMap(tokenise), quotable: true },
    { name: 'treebank', sentences: treebank.flatMap(tokenise), quotable: true },
    { name: 'eventdna', sentences: eventdna.flatMap(tokenise), quotable: false },
  ];
}

function matchesIn(pattern: CompiledPattern, sentence: Sentence): number[] | null {
  for (let i = 0; i < sentence.length; i++) {
    const m = matchAt(pattern, sentence, i, sentence.length);
    if (m) return m;
  }
  return null;
}

// ---------------------------------------------------------------- Dutch lines

interface Candidate {
  dutch: string;
  sense: Sense;
  source: 'freedict' | 'wordnet';
  /** How the word was reached (printed with the concordance). */
  via: string;
}

interface Line {
  pattern: string;
  candidate: Candidate;
  triggerClass: string;
}

const DUTCH_WORD = /^[a-zà-ÿ]{4,}$/;

function existingPatterns(): CompiledPattern[] {
  return triggerRows(join(root, 'lexicons/nl/triggers.tsv')).map(({ cells }) => compilePattern(cells[0]));
}

/** Whether a line of triggers.tsv already matches these words in this order. */
function covered(words: string[], existing: CompiledPattern[]): boolean {
  const tokens = words.map((w) => ({ lower: w, lemma: w }) as Token);
  return existing.some((p) => matchAt(p, tokens, 0, tokens.length) !== null);
}

function linesFor(candidate: Candidate, hunspell: Hunspell, existing: CompiledPattern[]): Line[] {
  const word = candidate.dutch;
  // A verb's bare stem that is also a countable noun ("onderzoek", "spoor") mostly reads as the noun.
  const noun = (form: string): boolean => hunspell.plurals.has(form);
  const fresh = (forms: string[]): string[] => [...new Set(forms)].filter((f) => !ADJECTIVAL_FORMS.has(f) && !covered([f], existing));
  const line = (forms: string[], triggerClass: string): Line[] => (forms.length ? [{ pattern: forms.join('|'), candidate, triggerClass }] : []);
  if (!hunspell.verbs.has(word)) {
    const triggerClass = candidate.sense.triggerClass === 'participant' ? 'participant' : 'noun';
    return line(fresh([word, ...(hunspell.plurals.get(word) ?? [])]), triggerClass);
  }
  const separable = separate(word, hunspell);
  if (!separable) {
    const c = conjugate(word, hunspell);
    return line(fresh([c.infinitive, ...c.present.filter((f) => !noun(f)), ...c.past, ...c.participle]), 'verb');
  }
  const { particle, core } = separable;
  const finite = [...new Set([...core.present.filter((f) => !noun(f)), core.infinitive, ...core.past])].filter((f) => !covered([f, particle], existing));
  const out = line(fresh(separable.joined), 'verb');
  if (finite.length && !PREPOSITION_PARTICLES.has(particle)) out.push({ pattern: `${finite.join('|')} ... ${particle}`, candidate, triggerClass: 'verb' });
  if (!covered([particle, 'te', core.infinitive], existing)) out.push({ pattern: `${particle} te ${core.infinitive}`, candidate, triggerClass: 'verb' });
  return out;
}

// ---------------------------------------------------------------- build

function build(): void {
  const engNld = readDictionary('freedict-eng-nld');
  const nldEng = readDictionary('freedict-nld-eng');
  const wordnet = readWordNet();
  const hunspell = loadHunspell(HUNSPELL);
  const senses = englishSenses(wordnet);
  const englishByCode = new Map<string, Set<string>>();
  for (const s of senses) (englishByCode.get(s.cameo) ?? englishByCode.set(s.cameo, new Set()).get(s.cameo)!).add(s.english);
  const reverse = new Map<string, string[]>();
  for (const [dutch, translations] of nldEng) for (const english of translations) (reverse.get(english) ?? reverse.set(english, []).get(english)!).push(dutch);

  const dropped = new Map<string, number>();
  const drop = (reason: string, n = 1): void => void dropped.set(reason, (dropped.get(reason) ?? 0) + n);

  // Each Dutch word takes the sense of the English trigger word its back-translation names first.
  const chosen = new Map<string, { candidate: Candidate; rank: number }>();
  for (const sense of senses) {
    const forward = new Set(engNld.get(sense.english) ?? []);
    for (const dutch of new Set([...forward, ...(reverse.get(sense.english) ?? [])])) {
      if (!DUTCH_WORD.test(dutch) || !hunspell.forms.has(dutch)) {
        drop('not a single Dutch word in the word list');
        continue;
      }
      if (hunspell.verbs.has(dutch) !== (sense.triggerClass === 'verb')) {
        drop('not the word class of the English line');
        continue;
      }
      const back = (nldEng.get(dutch) ?? []).map((e) => wordnet.lemma(e));
      const sameCode = englishByCode.get(sense.cameo)!;
      const synonyms = wordnet.synonyms(sense.english);
      // Read backwards only, the word needs another English trigger word of the code among its translations.
      const reached = forward.has(dutch);
      let rank = back.findIndex((e) => sameCode.has(e) && (reached || e !== sense.english));
      let source: Candidate['source'] = 'freedict';
      if (rank < 0 && reached) {
        rank = back.findIndex((e) => synonyms.has(e));
        source = 'wordnet';
      }
      if (rank < 0) {
        drop('no back-translation to another word of the code or a WordNet synonym');
        continue;
      }
      const via = `${sense.english} (${sense.origin}) → ${dutch} → ${back[rank]}`;
      const previous = chosen.get(dutch);
      if (!previous || rank < previous.rank) chosen.set(dutch, { candidate: { dutch, sense, source, via }, rank });
    }
  }
  linkNounsAndVerbs(chosen, hunspell);

  const existing = existingPatterns();
  const texts = corpora();
  const kept: { line: Line; counts: number[]; examples: string[] }[] = [];
  const seen = new Set<string>();
  for (const { candidate } of [...chosen.values()].sort((a, b) => a.candidate.dutch.localeCompare(b.candidate.dutch))) {
    const otherSense = OTHER_SENSE.get(candidate.dutch);
    if (otherSense) {
      drop(`other sense: ${otherSense}`);
      continue;
    }
    const lines = linesFor(candidate, hunspell, existing);
    if (!lines.length) drop('already covered by triggers.tsv');
    for (const line of lines) {
      if (seen.has(line.pattern)) continue;
      seen.add(line.pattern);
      const pattern = compilePattern(line.pattern);
      const examples: string[] = [];
      const counts = texts.map((corpus) => {
        let n = 0;
        for (const sentence of corpus.sentences) {
          const m = matchesIn(pattern, sentence);
          if (!m) continue;
          n++;
          if (corpus.quotable && examples.length < 4) {
            const from = Math.max(0, m[0] - 6);
            examples.push(sentence.slice(from, m[m.length - 1] + 6).map((t, i) => (m.includes(from + i) ? `[${t.lower}]` : t.lower)).join(' '));
          }
        }
        return n;
      });
      if (counts.reduce((a, b) => a + b, 0) < MIN_OCCURRENCES) {
        drop('occurs fewer than twice in the Dutch text');
        continue;
      }
      kept.push({ line, counts, examples });
    }
  }
  write(kept.map((k) => k.line));
  console.log(`lexicons/nl/triggers-freedict.tsv: ${kept.length} lines kept (${kept.filter((k) => k.line.candidate.source === 'wordnet').length} through WordNet)`);
  for (const [reason, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${reason}`);
  if (concordanceFile) {
    const text = kept.map(({ line, counts, examples }) =>
      [`${line.pattern}\t${line.candidate.sense.cameo}\t${line.candidate.via}\t${texts.map((t, i) => `${t.name} ${counts[i]}`).join(', ')}`, ...examples.map((e) => `    ${e}`)].join('\n'),
    );
    writeFileSync(concordanceFile, text.join('\n') + '\n');
  }
}

/**
 * The noun that names the act of a verb, and the verb of such a noun, take each other's sense when the word
 * list has both: the bare stem ("aanval" of "aanvallen", "steun"), stem + -ing ("onthoofding"), -atie of -eren.
 */
function linkNounsAndVerbs(chosen: Map<string, { candidate: Candidate; rank: number }>, hunspell: Hunspell): void {
  const nounsOf = (verb: string): string[] => {
    const separable = separate(verb, hunspell);
    const stem = separable ? `${separable.particle}${presentStem(separable.core.infinitive, hunspell)}` : presentStem(verb, hunspell);
    const countable = (n: string): boolean => hunspell.plurals.has(n) || /(ing|atie)$/.test(n);
    return [stem, `${stem}ing`, verb.replace(/eren$/, 'atie')].filter((n) => n !== verb && n.length >= 4 && countable(n) && !hunspell.verbs.has(n));
  };
  const verbs = [...hunspell.verbs].filter((v) => DUTCH_WORD.test(v));
  const verbOf = new Map<string, string>();
  for (const { candidate } of chosen.values()) {
    if (!hunspell.verbs.has(candidate.dutch)) verbOf.set(candidate.dutch, '');
  }
  for (const verb of verbs) for (const noun of verbOf.has(verb) ? [] : nounsOf(verb)) if (verbOf.get(noun) === '') verbOf.set(noun, verb);
  const links: [string, Candidate][] = [];
  for (const { candidate } of chosen.values()) {
    const related = hunspell.verbs.has(candidate.dutch) ? nounsOf(candidate.dutch) : [verbOf.get(candidate.dutch)].filter((v): v is string => !!v);
    for (const dutch of related) links.push([dutch, { ...candidate, dutch, via: `${candidate.via}; ${dutch} is the ${hunspell.verbs.has(dutch) ? 'verb' : 'noun'} of ${candidate.dutch}` }]);
  }
  for (const [dutch, candidate] of links) if (!chosen.has(dutch)) chosen.set(dutch, { candidate, rank: Number.MAX_SAFE_INTEGER });
}

function copyrightLine(pkg: string, files: string): string {
  const text = readFileSync(`/usr/share/doc/${pkg}/copyright`, 'utf8');
  const stanza = files ? text.split(/\n\n/).find((s) => s.includes(`Files: ${files}`)) ?? '' : text;
  const licence = /License:\s*(.+)/.exec(stanza)?.[1] ?? 'see the package';
  return licence.trim();
}

function write(lines: Line[]): void {
  const version = (pkg: string): string => {
    const status = readFileSync('/var/lib/dpkg/status', 'utf8').split('\n\n').find((s) => s.startsWith(`Package: ${pkg}\n`)) ?? '';
    return /Version:\s*(.+)/.exec(status)?.[1] ?? '?';
  };
  const header = [
    '# Dutch event triggers derived from the English ones (lexicons/en/triggers*.tsv, one-word lines): GENERATED by',
    '# scripts/lexicons/build-triggers-freedict.ts, do not edit by hand (hand-written lines go in triggers.tsv).',
    '# Each English word is translated through the FreeDict English-Dutch dictionary (and the Dutch-English one read',
    '# backwards); a Dutch word is kept when FreeDict Dutch-English translates it back to an English trigger word of',
    "# the same CAMEO code (source freedict) or to a WordNet synonym of the English word (source wordnet). A verb and",
    '# the noun of its act (stem, -ing, -atie: aanval/aanvallen, bedreiging/bedreigen) take each other\'s sense. Forms',
    '# come from the OpenTaal word list; separable verbs have their joined forms, the te-infinitive and, unless the',
    '# particle is also a preposition, the split main-clause line (finite ... particle). Lines that occur fewer than',
    '# twice in the Dutch press sample, the UD Dutch treebanks and the EventDNA article texts (counted, never quoted)',
    '# are dropped, and so are words whose common use there is another sense. Forms triggers.tsv matches are left out.',
    '# Resources (Debian packages) and licences:',
    `#   dict-freedict-eng-nld ${version('dict-freedict-eng-nld')}: FreeDict English-Dutch, ${copyrightLine('dict-freedict-eng-nld', 'eng-nld/*')}`,
    `#   dict-freedict-nld-eng ${version('dict-freedict-nld-eng')}: FreeDict Dutch-English, ${copyrightLine('dict-freedict-nld-eng', 'nld-eng/*')}`,
    `#   wordnet-base ${version('wordnet-base')}: Princeton WordNet 3.0, ${copyrightLine('wordnet-base', '*')} licence`,
    `#   hunspell-nl ${version('hunspell-nl')}: OpenTaal word list, revised BSD or CC BY 3.0 (at the user's choice)`,
    '# The derived lines are distributed under the GPL-2+ of the FreeDict dictionaries they come from.',
    '# columns: pattern	cameo	mode	class	frame	type	source',
  ];
  const rows = lines.map(({ pattern, candidate: { sense, source }, triggerClass }) => [pattern, sense.cameo, sense.mode, triggerClass, sense.frame, sense.type, source].join('\t'));
  writeFileSync(join(root, 'lexicons/nl/triggers-freedict.tsv'), [...header, ...rows].join('\n') + '\n');
}

build();
