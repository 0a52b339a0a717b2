import type { Token } from '../document/index.js';

/**
 * A token pattern from a lexicon file. Elements are separated by spaces:
 *   word      the token's lower-cased form or lemma equals `word`
 *   a|b|c     any of the alternatives
 *   stem*     the token starts with `stem`
 *   *end      the token ends with `end` (Dutch compounds: "*aanvallen" finds "raketaanvallen")
 *   ...       a gap of up to GAP tokens within the sentence
 *   ...N      a gap of up to N tokens ("spraken ...20 over" reaches past a list of names)
 * An element may also be `word+`: the word with its regular English inflections (-s, -ed, -ing).
 */
export interface PatternElement {
  words: Set<string>;
  prefixes: string[];
  suffixes: string[];
  /** How many tokens may stand between the previous element and this one. */
  gapBefore: number;
}

export interface CompiledPattern {
  source: string;
  elements: PatternElement[];
  /** Matched on the words as written, never on their lemmas (a modality cue's tense is what it says: "gaat", not "ging"). */
  surfaceOnly: boolean;
}

export const GAP = 8;

function englishInflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`, `${word.slice(0, -1)}ed`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    const last = word[word.length - 1];
    forms.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  return forms;
}

/** Compiles a pattern string; throws with a readable message on malformed input. */
export function compilePattern(source: string, options: { surfaceOnly?: boolean } = {}): CompiledPattern {
  const elements: PatternElement[] = [];
  let gap = 0;
  for (const part of source.trim().toLowerCase().split(/\s+/)) {
    const gapMatch = /^\.\.\.(\d*)$/.exec(part);
    if (gapMatch) {
      if (elements.length === 0) throw new Error(`pattern "${source}" starts with a gap`);
      gap = gapMatch[1] ? Number(gapMatch[1]) : GAP;
      continue;
    }
    const element: PatternElement = { words: new Set(), prefixes: [], suffixes: [], gapBefore: gap };
    for (const alt of part.split('|')) {
      if (!alt || alt === '*') throw new Error(`pattern "${source}" has an empty alternative`);
      if (alt.startsWith('*')) element.suffixes.push(alt.slice(1));
      else if (alt.endsWith('*')) element.prefixes.push(alt.slice(0, -1));
      else if (alt.endsWith('+')) for (const f of englishInflections(alt.slice(0, -1))) element.words.add(f);
      else element.words.add(alt);
    }
    elements.push(element);
    gap = 0;
  }
  if (elements.length === 0) throw new Error('empty pattern');
  if (gap) throw new Error(`pattern "${source}" ends with a gap`);
  return { source, elements, surfaceOnly: options.surfaceOnly ?? false };
}

export function elementMatches(element: PatternElement, token: Token, surfaceOnly = false): boolean {
  if (element.words.has(token.lower) || (!surfaceOnly && element.words.has(token.lemma))) return true;
  for (const p of element.prefixes) if (token.lower.startsWith(p)) return true;
  for (const x of element.suffixes) if (token.lower.endsWith(x)) return true;
  return false;
}

/**
 * Matches a pattern whose first element sits at token `start`; returns the matched token indexes
 * or null. Gaps never cross `limit` (the sentence end) and take the nearest possible continuation.
 */
export function matchAt(pattern: CompiledPattern, tokens: Token[], start: number, limit: number): number[] | null {
  if (!elementMatches(pattern.elements[0], tokens[start], pattern.surfaceOnly)) return null;
  const matched = [start];
  let pos = start + 1;
  for (let e = 1; e < pattern.elements.length; e++) {
    const element = pattern.elements[e];
    const last = Math.min(limit, pos + element.gapBefore + 1);
    let found = -1;
    for (let i = pos; i < last; i++) {
      if (elementMatches(element, tokens[i], pattern.surfaceOnly)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    matched.push(found);
    pos = found + 1;
  }
  return matched;
}

/** Index keys for the first element, so a sentence is only tried against plausible patterns. */
export function firstKeys(pattern: CompiledPattern): { words: string[]; prefixes: string[]; suffixes: string[] } {
  const first = pattern.elements[0];
  return { words: [...first.words], prefixes: first.prefixes, suffixes: first.suffixes };
}
