import type { Token } from '../document/index.js';

const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '(', ')', '"', '“', '”', '„', '–', '—']);

/**
 * Numbers the clauses of a sentence: a clause ends at boundary punctuation, at a clause word
 * ("dat", "that"), and at a coordinator directly followed by a verb (or, without POS tags, by
 * the anchor of a trigger), so "X massed troops and prepares an attack" holds two clauses.
 * Returns one clause number per token of the sentence.
 */
export function clauseNumbers(tokens: Token[], first: number, end: number, clauseWords: Set<string>, coordinators: Set<string>, verbStarts: Set<number>): number[] {
  const numbers: number[] = [];
  let clause = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    const opensClause =
      i > first &&
      (clauseWords.has(t.lower) ||
        (coordinators.has(t.lower) && i + 1 < end && (tokens[i + 1].upos === 'VERB' || tokens[i + 1].upos === 'AUX' || verbStarts.has(i + 1))));
    if (opensClause || (i > first && BOUNDARY_PUNCTUATION.has(tokens[i - 1].text))) clause++;
    if (BOUNDARY_PUNCTUATION.has(t.text) && i > first) clause++;
    numbers.push(clause);
  }
  return numbers;
}
