import type { Quantity, Token } from '../document/index.js';
import type { EventLexicon } from './lexicon.js';
import { candidatesAt, wordsOfRole } from './lexicon.js';
import { matchAt } from './patterns.js';

/**
 * Reads a written number in the conventions of the language: Dutch groups thousands with "." and
 * uses "," for decimals ("8.500", "1,5"); English the other way round ("8,500", "1.5").
 */
export function parseNumeral(text: string, lang: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const [group, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const parts = text.split(decimal);
  if (parts.length > 2) return null;
  const whole = parts[0].split(group);
  if (whole.length > 1 && whole.slice(1).some((g) => g.length !== 3)) {
    // "1.5" in Dutch text or "1,5" in English text: read the separator as a decimal point.
    if (whole.length === 2 && parts.length === 1) return Number(`${whole[0]}.${whole[1]}`);
    return null;
  }
  const value = Number(whole.join('') + (parts[1] !== undefined ? `.${parts[1]}` : ''));
  return Number.isFinite(value) ? value : null;
}

/** A number (digits or number words, with "miljoen"/"billion" multipliers) starting at token i. */
export function readNumber(tokens: Token[], i: number, end: number, lexicon: EventLexicon): { value: number; next: number } | null {
  const first = tokens[i];
  let value = parseNumeral(first.text, lexicon.lang);
  if (value === null) {
    const word = lexicon.numberWords.get(first.lower);
    if (!word || word.multiplier) return null;
    value = word.value;
  }
  let next = i + 1;
  while (next < end) {
    const word = lexicon.numberWords.get(tokens[next].lower);
    if (!word || !word.multiplier) break;
    value *= word.value;
    next++;
  }
  return { value, next };
}

const CURRENCY_SYMBOLS = new Set(['€', '$', '£']);

function unitAt(tokens: Token[], i: number, end: number, lexicon: EventLexicon, position: 'after' | 'before'): string | null {
  for (const entry of candidatesAt(lexicon.units, tokens[i].lower, tokens[i].lemma)) {
    if ((entry.position === position || entry.position === 'both') && matchAt(entry.pattern, tokens, i, end)) return entry.unit;
  }
  return null;
}

/**
 * Quantities in a token range: a number with a unit word — the verb just before it ("killed 40"),
 * or the noun just after it, optionally past one modifier ("8.500 Amerikaanse militairen"), or a
 * currency symbol before it. Numbers without a unit (years, dates) are not quantities.
 */
export function findQuantities(text: string, tokens: Token[], first: number, end: number, lexicon: EventLexicon): Quantity[] {
  const found: Quantity[] = [];
  for (let i = first; i < end; i++) {
    const currency = CURRENCY_SYMBOLS.has(tokens[i].text) && i + 1 < end;
    const start = currency ? i + 1 : i;
    const number = readNumber(tokens, start, end, lexicon);
    if (!number) continue;
    let unit: string | null = currency ? 'money' : start > first ? unitAt(tokens, start - 1, end, lexicon, 'before') : null;
    let last = number.next - 1;
    const lastCandidate = Math.min(end, number.next + 2);
    for (let j = number.next; j < lastCandidate; j++) {
      const after = unitAt(tokens, j, end, lexicon, 'after');
      if (after) {
        unit ??= after;
        last = j;
        break;
      }
      if (/^[\p{P}\d]/u.test(tokens[j].text) || lexicon.clauseWords.has(tokens[j].lower) || wordsOfRole(lexicon, 'coordinator').has(tokens[j].lower)) break;
    }
    if (!unit) continue;
    found.push({ value: number.value, unit, text: text.slice(tokens[i].start, tokens[last].end), start: tokens[i].start, end: tokens[last].end });
    i = Math.max(i, last);
  }
  return found;
}
