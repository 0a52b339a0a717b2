// Lemmas and morphological features from (form, UPOS): a lexicon of the training words, and for
// unseen words the most frequent edit rule / FEATS value of the longest known suffix per UPOS.
// Edit rules: optionally lower-case, drop a leading "ge" (Dutch participles), strip n final
// characters, append a string — "gewerkt" → "werken" is (drop "ge", strip 1, add "en").

const MAX_SUFFIX = 6;

interface EditRule {
  lower: boolean;
  prefix: number;
  strip: number;
  add: string;
}

function encodeRule(r: EditRule): string {
  return `${r.lower ? 'L' : 'K'}${r.prefix}${r.strip}|${r.add}`;
}

function decodeRule(s: string): EditRule {
  const bar = s.indexOf('|');
  return { lower: s[0] === 'L', prefix: Number(s[1]), strip: Number(s.slice(2, bar)), add: s.slice(bar + 1) };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The cheapest rule turning `form` into `lemma`. */
export function ruleFor(form: string, lemma: string): EditRule {
  const candidates: EditRule[] = [];
  for (const lower of [false, true]) {
    const base = lower ? form.toLowerCase() : form;
    for (const prefix of [0, 2]) {
      if (prefix === 2 && !(base.startsWith('ge') && !lemma.startsWith('ge'))) continue;
      const rest = base.slice(prefix);
      const shared = commonPrefix(rest, lemma);
      candidates.push({ lower, prefix, strip: rest.length - shared, add: lemma.slice(shared) });
    }
  }
  let best = candidates[0];
  for (const c of candidates) {
    const cost = c.strip + c.add.length + (c.lower ? 0.5 : 0) + c.prefix;
    const bestCost = best.strip + best.add.length + (best.lower ? 0.5 : 0) + best.prefix;
    if (cost < bestCost) best = c;
  }
  return best;
}

export function applyRule(form: string, rule: EditRule): string | null {
  const base = rule.lower ? form.toLowerCase() : form;
  const rest = base.slice(rule.prefix);
  if (rule.strip > rest.length || (rule.prefix > 0 && !base.startsWith('ge'))) return null;
  const stem = rest.slice(0, rest.length - rule.strip);
  return stem + rule.add || null;
}

function increment(map: Map<string, Map<string, number>>, key: string, value: string): void {
  const inner = map.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + 1);
  map.set(key, inner);
}

function mostFrequent(inner: Map<string, number>): [string, number] {
  let best = '';
  let bestCount = -1;
  let total = 0;
  for (const [value, count] of inner) {
    total += count;
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return [best, total];
}

/** Keeps, per (UPOS, suffix), the majority value where it differs from the shorter suffix's. */
function suffixTable(counts: Map<string, Map<string, number>>): Record<string, string> {
  const best = new Map<string, string>();
  const totals = new Map<string, number>();
  for (const [key, inner] of counts) {
    const [value, total] = mostFrequent(inner);
    best.set(key, value);
    totals.set(key, total);
  }
  const kept: Record<string, string> = {};
  for (const key of [...best.keys()].sort()) {
    const tab = key.indexOf('\t');
    const suffix = key.slice(tab + 1);
    const value = best.get(key)!;
    if (suffix.length === 0) {
      kept[key] = value;
      continue;
    }
    if ((totals.get(key) ?? 0) < 2) continue;
    let parent: string | undefined;
    for (let len = suffix.length - 1; len >= 0 && parent === undefined; len--) {
      parent = best.get(key.slice(0, tab + 1) + suffix.slice(suffix.length - len));
    }
    if (parent !== value) kept[key] = value;
  }
  return kept;
}

export interface LemmaModelData {
  lemmaByForm: Record<string, string>;
  lemmaRules: Record<string, string>;
  featsByForm: Record<string, string>;
  featsBySuffix: Record<string, string>;
}

export interface LemmaTrainingWord {
  form: string;
  upos: string;
  lemma: string;
  feats: string;
}

export function trainLemmatizer(words: Iterable<LemmaTrainingWord>): LemmaModelData {
  const lemmaCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const featsCounts = new Map<string, Map<string, number>>();
  const featsSuffixCounts = new Map<string, Map<string, number>>();
  for (const w of words) {
    if (w.lemma === '_' || w.lemma === '') continue;
    const lower = w.form.toLowerCase();
    increment(lemmaCounts, `${w.upos}\t${w.form}`, w.lemma);
    increment(featsCounts, `${w.upos}\t${lower}`, w.feats);
    const rule = encodeRule(ruleFor(w.form, w.lemma));
    for (let len = 0; len <= Math.min(MAX_SUFFIX, lower.length); len++) {
      const key = `${w.upos}\t${lower.slice(lower.length - len)}`;
      increment(ruleCounts, key, rule);
      increment(featsSuffixCounts, key, w.feats);
    }
  }
  const lemmaRules = suffixTable(ruleCounts);
  const lemmaByForm: Record<string, string> = {};
  for (const [key, inner] of [...lemmaCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [lemma] = mostFrequent(inner);
    // Words the rules already get right need no lexicon entry.
    const tab = key.indexOf('\t');
    if (lemmatizeByRules(key.slice(tab + 1), key.slice(0, tab), lemmaRules) !== lemma) lemmaByForm[key] = lemma;
  }
  const featsByForm: Record<string, string> = {};
  for (const [key, inner] of [...featsCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    featsByForm[key] = mostFrequent(inner)[0];
  }
  return { lemmaByForm, lemmaRules, featsByForm, featsBySuffix: suffixTable(featsSuffixCounts) };
}

function lemmatizeByRules(form: string, upos: string, rules: Record<string, string>): string | null {
  const lower = form.toLowerCase();
  for (let len = Math.min(MAX_SUFFIX, lower.length); len >= 0; len--) {
    const rule = rules[`${upos}\t${lower.slice(lower.length - len)}`];
    if (rule !== undefined) return applyRule(form, decodeRule(rule));
  }
  return null;
}

/** Bound on the memo of rule-based answers, so a long-running process does not grow without end. */
const MEMO_LIMIT = 100_000;

/**
 * Strings by UPOS, then by word form: a look-up hashes the form string itself (V8 keeps a
 * string's hash) instead of building and hashing a new "UPOS\tform" key for every word.
 */
class ByTagAndForm<V = string> {
  private readonly byTag = new Map<string, Map<string, V>>();
  size = 0;

  /** From a record keyed "UPOS\tform", as the model stores it. */
  static fromRecord(record: Record<string, string>): ByTagAndForm {
    const map = new ByTagAndForm<string>();
    for (const [key, value] of Object.entries(record)) {
      const tab = key.indexOf('\t');
      map.set(key.slice(0, tab), key.slice(tab + 1), value);
    }
    return map;
  }

  get(upos: string, form: string): V | undefined {
    return this.byTag.get(upos)?.get(form);
  }

  set(upos: string, form: string, value: V): void {
    let forms = this.byTag.get(upos);
    if (!forms) {
      forms = new Map();
      this.byTag.set(upos, forms);
    }
    if (!forms.has(form)) this.size++;
    forms.set(form, value);
  }

  clear(): void {
    this.byTag.clear();
    this.size = 0;
  }
}

export interface WordAnalysis {
  readonly lemma: string;
  readonly feats: string;
}

export class Lemmatizer {
  private readonly lemmaByForm: ByTagAndForm;
  private readonly featsByForm: ByTagAndForm;
  private readonly lemmaRules: Record<string, string>;
  private readonly featsBySuffix: ByTagAndForm;
  /** Suffix-rule answers by UPOS and form: the suffix walk allocates, and words recur. */
  private readonly lemmaMemo = new ByTagAndForm();
  private readonly featsMemo = new ByTagAndForm();
  /** Both answers by UPOS and form as written: one look-up for a word seen before. */
  private readonly analysisMemo = new ByTagAndForm<WordAnalysis>();

  constructor(data: LemmaModelData) {
    this.lemmaByForm = ByTagAndForm.fromRecord(data.lemmaByForm);
    this.featsByForm = ByTagAndForm.fromRecord(data.featsByForm);
    this.lemmaRules = data.lemmaRules;
    this.featsBySuffix = ByTagAndForm.fromRecord(data.featsBySuffix);
  }

  /** Lemma and features of a word together. */
  analyse(form: string, upos: string): WordAnalysis {
    let analysis = this.analysisMemo.get(upos, form);
    if (analysis) return analysis;
    analysis = { lemma: this.lemma(form, upos), feats: this.feats(form, upos) };
    if (this.analysisMemo.size >= MEMO_LIMIT) this.analysisMemo.clear();
    this.analysisMemo.set(upos, form, analysis);
    return analysis;
  }

  lemma(form: string, upos: string): string {
    const known = this.lemmaByForm.get(upos, form) ?? this.lemmaMemo.get(upos, form);
    if (known !== undefined) return known;
    const lower = form.toLowerCase();
    const lemma =
      (lower !== form ? this.lemmaByForm.get(upos, lower) : undefined) ??
      lemmatizeByRules(form, upos, this.lemmaRules) ??
      form;
    if (this.lemmaMemo.size >= MEMO_LIMIT) this.lemmaMemo.clear();
    this.lemmaMemo.set(upos, form, lemma);
    return lemma;
  }

  feats(form: string, upos: string): string {
    const lower = form.toLowerCase();
    const known = this.featsByForm.get(upos, lower) ?? this.featsMemo.get(upos, lower);
    if (known !== undefined) return known;
    let feats = '_';
    for (let len = Math.min(MAX_SUFFIX, lower.length); len >= 0; len--) {
      const value = this.featsBySuffix.get(upos, lower.slice(lower.length - len));
      if (value !== undefined) {
        feats = value;
        break;
      }
    }
    if (this.featsMemo.size >= MEMO_LIMIT) this.featsMemo.clear();
    this.featsMemo.set(upos, lower, feats);
    return feats;
  }
}
