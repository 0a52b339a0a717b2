import { describe, expect, it } from 'vitest';
import { referenceLexicon } from '../../src/reference/lexicon.js';

describe('the reference lexicon', () => {
  it('reads each pronoun with its features and each description noun with its kind', () => {
    const nl = referenceLexicon('nl');
    expect(nl.pronouns.get('zij')).toEqual({ id: 'nl/pronouns.tsv:18', possessive: false, person: 3, number: 'any', genders: [], refers: 'any' });
    expect(nl.pronouns.get('zijn')).toMatchObject({ possessive: true, number: 'sing', genders: ['masc', 'neut'] });
    expect(nl.pronouns.get('het')).toBeUndefined();
    expect(referenceLexicon('en').pronouns.get('it')).toMatchObject({ person: 3, number: 'sing', genders: ['neut'], refers: 'thing' });
    expect(referenceLexicon('en').pronouns.get('we')).toMatchObject({ person: 1 });
    expect(referenceLexicon('en').descriptions.get('group')).toMatchObject({ refers: 'group', number: 'sing' });
  });

  it('is empty for a language without the files', () => {
    const none = referenceLexicon('xx');
    expect([none.pronouns.size, none.descriptions.size]).toEqual([0, 0]);
  });
});
