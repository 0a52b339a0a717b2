import { describe, expect, it } from 'vitest';
import { referenceChains } from '../../src/cli/commands/explain.js';
import type { Mention } from '../../src/document/index.js';
import { makeDocument, words } from '../pipeline/document.js';

describe('explain: reference chains', () => {
  it('lists each chain from its first mention, each link with its rule, and speakers taken across sentences', () => {
    const doc = makeDocument('en', [words('Macron visited Kyiv .'), words('He said his troops would go .'), words('" We help . "')]);
    const at = (first: number, end: number, rule: string, antecedent?: Mention): Mention => ({
      start: doc.tokens[first].start,
      end: doc.tokens[end - 1].end,
      firstToken: first,
      endToken: end,
      actor: { code: 'FRA', sector: 'GOV', kind: 'state', name: 'Macron', kb_id: null },
      rule,
      ...(antecedent ? { antecedent: { start: antecedent.start, end: antecedent.end } } : {}),
    });
    const macron = at(0, 1, 'person-role');
    const he = at(4, 5, 'pronoun:previous-subject', macron);
    const troops = at(6, 8, 'possessive:previous-subject+sector', he);
    doc.mentions = [macron, he, troops];
    doc.sentences[2].speaker = { mention: he, rule: 'speaker:previous-sentence' };
    expect(referenceChains(doc)).toEqual([
      '"Macron" (s1) FRA/GOV ← "He" (s2) pronoun:previous-subject ← "his troops" (s2) possessive:previous-subject+sector via "He" (s2)',
      's3 quoted by "He" (s2) FRA/GOV: speaker:previous-sentence',
    ]);
  });
});
