import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/events/index.js';
import { code } from './helpers.js';

describe('numerals', () => {
  it.each([
    ['8.500', 'nl', 8500],
    ['1,5', 'nl', 1.5],
    ['1.250.000', 'nl', 1250000],
    ['8,500', 'en', 8500],
    ['1.5', 'en', 1.5],
    ['2,000,000', 'en', 2000000],
    ['40', 'en', 40],
  ])('%s in %s is %d', (text, lang, value) => expect(parseNumeral(text, lang)).toBe(value));

  it.each([['1.2.3', 'en'], ['12,34,56', 'nl'], ['abc', 'nl']])('refuses %s in %s', (text, lang) => expect(parseNumeral(text, lang)).toBeNull());
});

describe('quantities attached to events', () => {
  const quantities = (text: string, lang: string) => code(text, lang).events.flatMap((e) => e.quantities.map((q) => `${q.value} ${q.unit} (${q.text})`));

  it('reads Dutch grouped numbers and troops', () => {
    expect(quantities('De Verenigde Staten stuurden 8.500 militairen naar Polen.', 'nl')).toEqual(['8500 troops (8.500 militairen)']);
  });

  it('reads number words and multipliers', () => {
    expect(quantities('Duizenden demonstranten protesteerden tegen de regering.', 'nl')).toEqual(['1000 protesters (Duizenden demonstranten)']);
    expect(quantities('De EU stuurt 1,5 miljard euro hulp aan Oekraïne.', 'nl')).toEqual(['1500000000 money (1,5 miljard euro)']);
  });

  it('reads English numbers, casualties and currency before the number', () => {
    expect(quantities('Russian shelling killed 40 civilians and injured 120 people in Kharkiv.', 'en')).toEqual([
      '40 dead (40 civilians)',
      '120 injured (120 people)',
    ]);
    expect(quantities('Bij de aanval op Charkiv werden 40 burgers gedood.', 'nl')).toEqual(['40 people (40 burgers)']);
    expect(quantities('The United States gave $1.5 billion in aid to Ukraine.', 'en')).toEqual(['1500000000 money ($1.5 billion)']);
  });

  it('keeps numbers without a unit out, such as years', () => {
    expect(quantities('In 2014 annexeerde Rusland de Krim.', 'nl')).toEqual([]);
  });
});
