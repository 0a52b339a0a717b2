import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/index.js';
import { articleCountry, resolveArticleActors } from '../../../src/events/stages/article-actors.js';
import { makeDoc, makeDraft } from '../make-doc.js';

/** A hand-built article of three sentences: "France attacked Mali . He warned Mali . Police arrested France ." */
function article(mentions: { tokens: [number, number]; code: string; kind?: 'state' | 'group' }[]): Document {
  const words = ['France', 'attacked', 'Mali', '.', 'He', 'warned', 'Mali', '.', 'Police', 'arrested', 'men', '.'];
  const doc = makeDoc({ words, mentions });
  doc.sentences = [0, 4, 8].map((first) => ({ start: doc.tokens[first].start, end: doc.tokens[first + 3].end, firstToken: first, endToken: first + 4 }));
  doc.tokens.forEach((t, i) => (t.sentence = Math.floor(i / 4)));
  return doc;
}

const ref = (code: string, kind: 'state' | 'group' = 'state') => ({ code, sector: kind === 'group' ? code : null, kind, name: code, kb_id: null });

describe('actors from the article', () => {
  it('the country its mentions name most, when named at least twice', () => {
    expect(articleCountry(article([{ tokens: [0, 1], code: 'FRA' }, { tokens: [2, 3], code: 'MLI' }, { tokens: [6, 7], code: 'MLI' }]))?.code).toBe('MLI');
    expect(articleCountry(article([{ tokens: [0, 1], code: 'FRA' }]))).toBeNull();
  });

  it('an event without an actor continues the one before it, else the article country acts; a nameless group becomes its', () => {
    const doc = article([{ tokens: [0, 1], code: 'FRA' }, { tokens: [2, 3], code: 'MLI' }, { tokens: [6, 7], code: 'MLI' }]);
    const attack = makeDraft(doc, [1], { type: 'ASSAULT', cameo: '190' });
    attack.actors = [ref('FRA')];
    attack.recipients = [ref('MLI')];
    const warning = { ...makeDraft(doc, [5], { type: 'THREATEN', cameo: '130' }), sentence: 1, recipients: [ref('MLI')] };
    const arrest = { ...makeDraft(doc, [9], { type: 'COERCE', cameo: '173' }), sentence: 2, actors: [ref('COP', 'group')] };
    const later = { ...makeDraft(doc, [10], { type: 'PROTEST', cameo: '140' }), sentence: 2 };
    resolveArticleActors([attack, warning, arrest, later], doc);
    expect([attack, warning, arrest].map((d) => [d.actors.map((a) => `${a.code}/${a.sector ?? '-'}`), d.conventions])).toEqual([
      [['FRA/-'], []],
      [['FRA/-'], ['actor:previous-event']],
      [['MLI/COP'], ['actor:article-country-group']],
    ]);
    const fighters = { ...makeDraft(doc, [11], { type: 'ASSAULT', cameo: '190' }), sentence: 2, actors: [ref('REB', 'group')] };
    resolveArticleActors([fighters], doc);
    // Nameless armed men stay REB wherever they fight (ANNOTATION.md).
    expect(fighters.actors.map((a) => a.code)).toEqual(['REB']);
    // An event of its own sentence is not before it: the warning one sentence earlier gives its actors.
    expect([later.actors.map((a) => a.code), later.conventions]).toEqual([['FRA'], ['actor:previous-event']]);
  });
});
