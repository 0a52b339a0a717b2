// Dutch word forms for the derived trigger lexicon: the OpenTaal hunspell word list (Debian hunspell-nl)
// says which forms exist, the regular spelling rules of Dutch conjugation propose them. Used only when
// regenerating lexicons/nl/triggers-freedict.tsv (scripts/lexicons/build-triggers-freedict.ts).
import { readFileSync } from 'node:fs';

export interface Hunspell {
  /** Every form the word list accepts (base words and their one-level suffix expansions). */
  forms: Set<string>;
  /** Infinitives: base words carrying the present-participle flag. */
  verbs: Set<string>;
  /** Plural forms of a noun, from the suffix rules tagged as plurals. */
  plurals: Map<string, string[]>;
}

interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp;
  plural: boolean;
}

const PRESENT_PARTICIPLE_FLAG = 'Vi';
const ONLY_IN_COMPOUND_FLAG = 'Cx';

function applyRule(word: string, rule: AffixRule, kind: 'SFX' | 'PFX'): string | null {
  if (!rule.condition.test(word)) return null;
  if (kind === 'SFX') return word.endsWith(rule.strip) ? word.slice(0, word.length - rule.strip.length) + rule.add : null;
  return word.startsWith(rule.strip) ? rule.add + word.slice(rule.strip.length) : null;
}

/**
 * Reads the OpenTaal word list with its affix rules: suffixes (plurals, participles) and prefixes (the
 * particles of separable verbs: "gevallen" carries the flag for "aan" and so gives "aangevallen").
 */
export function loadHunspell(dir: string): Hunspell {
  const rules = { SFX: new Map<string, AffixRule[]>(), PFX: new Map<string, AffixRule[]>() };
  for (const line of readFileSync(`${dir}/nl.aff`, 'utf8').split('\n')) {
    const cells = line.trim().split(/\s+/);
    if ((cells[0] !== 'SFX' && cells[0] !== 'PFX') || cells.length < 5) continue;
    const kind = cells[0];
    const [, flag, strip, addWithFlags, condition] = cells;
    const add = addWithFlags.split('/')[0];
    if (add.endsWith('-') || add.startsWith('-')) continue;
    const pattern = condition === '.' ? '' : condition;
    const list = rules[kind].get(flag) ?? rules[kind].set(flag, []).get(flag)!;
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(kind === 'SFX' ? `${pattern}$` : `^${pattern}`),
      plural: cells.includes('ts:NN2'),
    });
  }
  const forms = new Set<string>();
  const verbs = new Set<string>();
  const plurals = new Map<string, string[]>();
  for (const line of readFileSync(`${dir}/nl.dic`, 'utf8').split('\n').slice(1)) {
    const [rawWord, flagText = ''] = line.trim().split('/');
    if (!rawWord) continue;
    const word = rawWord.replace(/ĳ/g, 'ij');
    const flags: string[] = flagText.match(/../g) ?? [];
    if (flags.includes(ONLY_IN_COMPOUND_FLAG)) continue;
    const suffixed = [word];
    for (const flag of flags) {
      for (const rule of rules.SFX.get(flag) ?? []) {
        const form = applyRule(word, rule, 'SFX');
        if (!form) continue;
        suffixed.push(form);
        if (rule.plural) (plurals.get(word) ?? plurals.set(word, []).get(word)!).push(form);
      }
    }
    for (const form of suffixed) forms.add(form);
    if (flags.includes(PRESENT_PARTICIPLE_FLAG)) verbs.add(word);
    for (const flag of flags) {
      for (const rule of rules.PFX.get(flag) ?? []) {
        for (const form of suffixed) {
          const prefixed = applyRule(form, rule, 'PFX');
          if (prefixed) forms.add(prefixed);
        }
        const prefixedWord = applyRule(word, rule, 'PFX');
        if (prefixedWord && flags.includes(PRESENT_PARTICIPLE_FLAG)) verbs.add(prefixedWord);
      }
    }
  }
  return { forms, verbs, plurals };
}

/** Particles of separable verbs: "aanvallen" is "valt ... aan" in a main clause. */
export const PARTICLES = [
  'aan', 'achter', 'af', 'bij', 'binnen', 'dicht', 'dood', 'door', 'in', 'los', 'mee', 'na', 'neer', 'om', 'onder',
  'op', 'open', 'over', 'rond', 'samen', 'stop', 'tegen', 'terecht', 'terug', 'toe', 'uit', 'vast', 'voor', 'vrij', 'weg',
];
/** Particles that also begin inseparable verbs ("overvallen", "ondervragen"): separable only when the word list has the participle with ge- inside. */
const AMBIGUOUS_PARTICLES = new Set(['achter', 'door', 'om', 'onder', 'over', 'rond', 'tegen', 'voor']);
/** Unstressed prefixes that take no ge- in the participle ("beschuldigd", "ontslagen"). */
const UNSTRESSED_PREFIXES = ['be', 'ge', 'her', 'ont', 'er', 'ver'];
/** "'t kofschip": a stem ending in one of these takes -te/-ten/-t, every other -de/-den/-d. */
const VOICELESS_ENDING = /(t|k|f|s|ch|p|x)$/;
const VOWEL_GROUP = /^(.*[^aeiouëéï]|)(ij|ie|ui|oe|ou|ei|eu|aa|ee|oo|uu|[aeiouëéï])([^aeiouëéï]*)$/;

/**
 * Irregular verbs whose past does not follow from the vowel series below
 * (general knowledge of Dutch grammar): infinitive → past singular, past plural, participle without ge-.
 */
const IRREGULAR: Record<string, [string, string, string]> = {
  slaan: ['sloeg', 'sloegen', 'slagen'],
  gaan: ['ging', 'gingen', 'gaan'],
  staan: ['stond', 'stonden', 'staan'],
  doen: ['deed', 'deden', 'daan'],
  zien: ['zag', 'zagen', 'zien'],
  zoeken: ['zocht', 'zochten', 'zocht'],
  brengen: ['bracht', 'brachten', 'bracht'],
  denken: ['dacht', 'dachten', 'dacht'],
  kopen: ['kocht', 'kochten', 'kocht'],
  vragen: ['vroeg', 'vroegen', 'vraagd'],
  zeggen: ['zei', 'zeiden', 'zegd'],
  hebben: ['had', 'hadden', 'had'],
  komen: ['kwam', 'kwamen', 'komen'],
  houden: ['hield', 'hielden', 'houden'],
  worden: ['werd', 'werden', 'worden'],
  sterven: ['stierf', 'stierven', 'storven'],
  werpen: ['wierp', 'wierpen', 'worpen'],
  zweren: ['zwoer', 'zwoeren', 'zworen'],
  heffen: ['hief', 'hieven', 'heven'],
  scheppen: ['schiep', 'schiepen', 'schapen'],
  treffen: ['trof', 'troffen', 'troffen'],
  zenden: ['zond', 'zonden', 'zonden'],
  helpen: ['hielp', 'hielpen', 'holpen'],
  hangen: ['hing', 'hingen', 'hangen'],
  vangen: ['ving', 'vingen', 'vangen'],
  lezen: ['las', 'lazen', 'lezen'],
  wegen: ['woog', 'wogen', 'wogen'],
  verliezen: ['verloor', 'verloren', 'verloren'],
  stelen: ['stal', 'stalen', 'stolen'],
  eten: ['at', 'aten', 'geten'],
  weten: ['wist', 'wisten', 'weten'],
  liggen: ['lag', 'lagen', 'legen'],
  zitten: ['zat', 'zaten', 'zeten'],
  bidden: ['bad', 'baden', 'beden'],
  jagen: ['joeg', 'joegen', 'jaagd'],
};

/** Vowels of the past tense for a stem vowel, most common strong series first. */
const PAST_VOWELS: Record<string, string[]> = {
  ij: ['ee'], ie: ['oo'], ui: ['oo'], i: ['o', 'a'], e: ['o', 'ie'], ee: ['a', 'oo'], a: ['ie', 'oe'], aa: ['ie', 'oe'],
  oe: ['ie'], oo: ['ie'], ou: ['ie'],
};
const PARTICIPLE_VOWELS: Record<string, string[]> = {
  ij: ['e'], ie: ['o'], ui: ['o'], i: ['o', 'e'], e: ['o'], ee: ['o', 'e'], a: ['a'], aa: ['a'], oe: ['oe'], oo: ['o'], ou: ['ou'],
};

export interface Conjugation {
  infinitive: string;
  /** First person and imperative ("val"), third person ("valt"). */
  present: string[];
  past: string[];
  participle: string[];
}

function devoice(stem: string): string {
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}
function voice(stem: string): string {
  return stem.replace(/f$/, 'v').replace(/s$/, 'z');
}

/** Spellings of `onset + vowel + coda + en`: the open syllable writes a long vowel single, a short one doubles the consonant. */
function withEnding(onset: string, vowel: string, coda: string): string[] {
  const long = vowel.length === 2 && vowel[0] === vowel[1] ? vowel[0] : vowel;
  const out = [`${onset}${long}${voice(coda)}en`, `${onset}${vowel}${coda}en`];
  if (vowel.length === 1 && coda.length === 1) out.push(`${onset}${vowel}${coda}${coda}en`);
  return out;
}

/** The stem ("val", "neem", "laat", "wandel"): an open syllable writes its long vowel double, unless the word list says otherwise. */
export function presentStem(infinitive: string, hunspell: Hunspell): string {
  const base = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  const candidates = [base];
  if (/([bdfgklmnprst])\1$/.test(base)) candidates.unshift(base.slice(0, -1));
  const open = /^(.*[^aeiou]|)([aeou])([^aeiouwj])$/.exec(base);
  if (open) candidates.unshift(`${open[1]}${open[2]}${open[2]}${open[3]}`);
  const stems = candidates.map(devoice);
  return stems.find((s) => hunspell.forms.has(s.endsWith('t') ? s : `${s}t`)) ?? stems[0];
}

/** Participles with ge- and, after an unstressed prefix, without it ("gebeld", "bekritiseerd"). */
function participles(infinitive: string, lead: string, withoutGe: string, hunspell: Hunspell): string[] {
  const unstressed = UNSTRESSED_PREFIXES.some((p) => infinitive.startsWith(p));
  const ge = /^[eiu]/.test(withoutGe) ? `ge${{ e: 'ë', i: 'ï', u: 'ü' }[withoutGe[0]]}${withoutGe.slice(1)}` : `ge${withoutGe}`;
  const candidates = [`${lead}${ge}`, ...(unstressed ? [`${lead}${withoutGe}`] : [])];
  return candidates.filter((w) => hunspell.forms.has(w)).slice(0, 1);
}

/** The conjugated forms of a (non-separable) verb that the word list accepts. */
export function conjugate(infinitive: string, hunspell: Hunspell): Conjugation {
  const has = (w: string): boolean => hunspell.forms.has(w);
  const stem = presentStem(infinitive, hunspell);
  const present = [stem, stem.endsWith('t') ? stem : `${stem}t`].filter(has);
  const rawBase = infinitive.endsWith('en') ? infinitive.slice(0, -2).replace(/([bdfgklmnprst])\1$/, '$1') : stem;
  const weakEnding = VOICELESS_ENDING.test(rawBase) ? 't' : 'd';
  // A strong or irregular verb after an unstressed prefix conjugates as the verb without it ("ontslaan": "slaan").
  const lead = UNSTRESSED_PREFIXES.find((p) => infinitive.startsWith(p) && hunspell.verbs.has(infinitive.slice(p.length))) ?? '';
  const core = infinitive.slice(lead.length);
  const irregular = IRREGULAR[core];
  if (irregular) {
    const [sg, pl, part] = irregular;
    return { infinitive, present, past: [`${lead}${sg}`, `${lead}${pl}`].filter(has), participle: participles(infinitive, lead, part, hunspell) };
  }
  const weakPast = [`${stem}${weakEnding}e`, `${stem}${weakEnding}en`].filter(has);
  if (weakPast.length) {
    const participle = participles(infinitive, '', `${stem}${stem.endsWith(weakEnding) ? '' : weakEnding}`, hunspell);
    return { infinitive, present, past: weakPast, participle };
  }
  const parts = VOWEL_GROUP.exec(core.endsWith('en') ? core.slice(0, -2) : core.slice(0, -1));
  if (!parts) return { infinitive, present, past: [], participle: [] };
  const [, onset, vowel, rawCoda] = parts;
  const coda = rawCoda.replace(/([bdfgklmnprst])\1$/, '$1');
  const stemVowel = VOWEL_GROUP.exec(presentStem(core, hunspell))?.[2] ?? vowel;
  let past: string[] = [];
  for (const v of PAST_VOWELS[stemVowel] ?? []) {
    const sg = `${onset}${v}${devoice(coda)}`;
    const pl = withEnding(onset, v, coda).find((w) => has(`${lead}${w}`) && w !== core);
    if (has(`${lead}${sg}`) && pl) {
      past = [`${lead}${sg}`, `${lead}${pl}`];
      break;
    }
  }
  if (!past.length) return { infinitive, present, past: [], participle: [] };
  for (const v of PARTICIPLE_VOWELS[stemVowel] ?? []) {
    const participle = withEnding(onset, v, coda).flatMap((w) => participles(infinitive, lead, w, hunspell));
    if (participle.length) return { infinitive, present, past, participle: participle.slice(0, 1) };
  }
  return { infinitive, present, past, participle: [] };
}

export interface SeparableVerb {
  particle: string;
  core: Conjugation;
  /** Forms with the particle in front: "aanvallen", "aanvalt", "aanviel", "aangevallen". */
  joined: string[];
}

/** A separable verb: a particle before a verb the word list knows, with a participle with ge- between them. */
export function separate(infinitive: string, hunspell: Hunspell): SeparableVerb | null {
  for (const particle of PARTICLES) {
    const core = infinitive.slice(particle.length);
    if (!infinitive.startsWith(particle) || !hunspell.verbs.has(core)) continue;
    const conjugation = conjugate(core, hunspell);
    const participle = conjugation.participle.filter((p) => p.startsWith('ge')).map((p) => `${particle}${p}`);
    if (!participle.length || (AMBIGUOUS_PARTICLES.has(particle) && !hunspell.forms.has(participle[0]))) continue;
    const finite = [...conjugation.present.slice(1), ...conjugation.past].map((f) => `${particle}${f}`);
    return { particle, core: conjugation, joined: [infinitive, ...finite, ...participle] };
  }
  return null;
}
