import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Document } from '../../src/document/index.js';
import { annotateMentions, loadKnowledgeBase } from '../../src/kb/index.js';
import { analyze } from '../../src/nlp/index.js';

const kb = loadKnowledgeBase();

function annotated(text: string, date: string | null, lang: string): Document {
  const article: Article = { id: 't', externalId: null, source: null, url: null, title: null, text, date, lang, origin: { file: 'test' } };
  const doc = analyze(article);
  annotateMentions(kb, doc);
  return doc;
}

const summary = (doc: Document) => doc.mentions.map((m) => [m.actor.name, m.actor.code, m.actor.sector, m.rule]);

describe('annotateMentions on the seed article', () => {
  const seed = readFileSync(new URL('../../../shared/seed/000_a2ea05c0becbd03e.txt', import.meta.url), 'utf8').replace(/^\s*date \S+\s*/, '');
  const doc = annotated(seed, '2022-01', 'nl');

  it('finds the actors EVENTS.md codes', () => {
    const found = summary(doc);
    for (const expected of [
      ['Verenigde Staten', 'USA', null, 'country-name'],
      ['Pentagon', 'USA', 'MIL', 'metonym'],
      ['NAVO', 'NATO', null, 'igo'],
      ['Oost-Europese lidstaten', 'EEU', null, 'region+group'],
      ['NAVO-chef Jens Stoltenberg', 'NATO', null, 'title+person'],
      ['Amerikaanse president Joe Biden', 'USA', 'GOV', 'title+person'],
      ['Stoltenberg', 'NATO', null, 'surname-coref'],
      ['Europese leiders', 'EUR', 'GOV', 'region+group'],
      ['Biden', 'USA', 'GOV', 'surname-coref'],
      ['Franse president Emmanuel Macron', 'FRA', 'GOV', 'title+person'],
      ['Duitse bondskanselier Olaf Scholz', 'DEU', 'GOV', 'title+person'],
      ['Britse premier Boris Johnson', 'GBR', 'GOV', 'title+person'],
      ['Europese Commissie-voorzitter Ursula von der Leyen', 'EU', null, 'title+person'],
      ['Russische troepen', 'RUS', 'MIL', 'adjective+sector'],
      ['het militaire bondgenootschap', 'NATO', null, 'metonym'],
      ['westerse landen', 'WST', null, 'region+group'],
      ['Polen', 'POL', null, 'country-name'],
      ['Baltische landen', 'BLT', null, 'region'],
    ]) {
      expect(found).toContainEqual(expected);
    }
  });

  it('codes an adjective before a common noun as its country without a sector, a sector word after an article as the article country\'s, and a bare one as nobody', () => {
    const adjectives = doc.mentions.filter((m) => m.rule === 'adjective').map((m) => [m.actor.name, m.actor.code, m.actor.sector]);
    expect(adjectives).toEqual([
      ['Russische', 'RUS', null],
      ['Oekraïense', 'UKR', null],
    ]);
    const names = doc.mentions.map((m) => m.actor.name);
    expect(doc.mentions.filter((m) => m.rule === 'sector+article-country').map((m) => [m.actor.name, m.actor.code, m.actor.sector])).toEqual([
      ['troepen', 'USA', 'MIL'],
      ['troepen', 'USA', 'MIL'],
      ['troepen', 'USA', 'MIL'],
    ]);
    expect(names).not.toContain('militairen');
  });

  it('gives offsets into the text, sorted by start, matching the tokens', () => {
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end).replace(/\s+/g, ' ')).toBe(m.actor.name);
      expect(doc.tokens[m.firstToken].start).toBe(m.start);
      expect(doc.tokens[m.endToken - 1].end).toBe(m.end);
    }
    const starts = doc.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('annotateMentions on other articles', () => {
  it('codes persons as of the article date', () => {
    const text = 'Vice President Joe Biden met Prime Minister Jens Stoltenberg in Oslo. Biden praised Stoltenberg.';
    const doc = annotated(text, '2012-05-02', 'en');
    expect(summary(doc)).toEqual([
      ['Vice President Joe Biden', 'USA', 'GOV', 'person-role'],
      ['Prime Minister Jens Stoltenberg', 'NOR', 'GOV', 'person-role'],
      ['Oslo', 'NOR', 'GOV', 'capital'],
      ['Biden', 'USA', 'GOV', 'surname-coref'],
      ['Stoltenberg', 'NOR', 'GOV', 'surname-coref'],
    ]);
  });

  it('keeps an unknown person with the country of their title, and refers back to them', () => {
    const text = 'De Oekraïense minister Olena Kovalenko bezocht Berlijn. Kovalenko sprak met de Duitse regering.';
    const doc = annotated(text, '2023-03-01', 'nl');
    expect(summary(doc)).toEqual([
      ['Oekraïense minister Olena Kovalenko', 'UKR', 'GOV', 'title+person'],
      ['Berlijn', 'DEU', 'GOV', 'capital'],
      ['Kovalenko', 'UKR', 'GOV', 'surname-coref'],
      ['Duitse regering', 'DEU', 'GOV', 'adjective+sector'],
    ]);
  });

  it('lets coordinated adjectives share the sector word', () => {
    const doc = annotated('Britse en Amerikaanse troepen trokken zich terug.', '2003', 'nl');
    expect(summary(doc)).toEqual([
      ['Britse', 'GBR', 'MIL', 'adjective+sector'],
      ['Amerikaanse troepen', 'USA', 'MIL', 'adjective+sector'],
    ]);
    const english = annotated('Turkish, Greek and Cypriot officials met.', '2003', 'en');
    expect(english.mentions.map((m) => [m.actor.code, m.actor.sector])).toEqual([
      ['TUR', 'GOV'],
      ['GRC', 'GOV'],
      ['CYP', 'GOV'],
    ]);
  });

  it('lets adjectives a tagger marked stand between a country and its sector word', () => {
    const text = 'Russische gemechaniseerde troepen rukten op.';
    const article: Article = { id: 't', externalId: null, source: null, url: null, title: null, text, date: '2022', lang: 'nl', origin: { file: 't' } };
    const doc = analyze(article);
    doc.tokens[1].upos = 'VERB';
    annotateMentions(kb, doc);
    expect(summary(doc)).toEqual([]);
    doc.tokens[1].upos = 'ADJ';
    annotateMentions(kb, doc);
    expect(summary(doc)).toEqual([['Russische gemechaniseerde troepen', 'RUS', 'MIL', 'adjective+sector']]);
  });

  it('uses a PER entity from the NER layer for an unknown single-word name', () => {
    const text = 'De Russische minister Ivanenko zei dat.';
    const article: Article = { id: 't', externalId: null, source: null, url: null, title: null, text, date: '2022', lang: 'nl', origin: { file: 't' } };
    const doc = analyze(article);
    const at = doc.tokens.findIndex((t) => t.text === 'Ivanenko');
    doc.entities = [{ start: doc.tokens[at].start, end: doc.tokens[at].end, firstToken: at, endToken: at + 1, label: 'PER' }];
    annotateMentions(kb, doc);
    expect(summary(doc)).toContainEqual(['Russische minister Ivanenko', 'RUS', 'GOV', 'title+person']);
  });
});

describe('annotateMentions with parts of speech', () => {
  const tagged = (text: string, upos: string[]) => {
    const article: Article = { id: 't', externalId: null, source: null, url: null, title: null, text, date: '2000-01-01', lang: 'en', origin: { file: 'test' } };
    const doc = analyze(article);
    doc.tokens.forEach((t, i) => (t.upos = upos[i]));
    annotateMentions(kb, doc);
    return summary(doc);
  };

  it('names the country of an adjective before a noun, before "and" another adjective, and before a lower-case word tagged a proper noun', () => {
    expect(tagged('The Turkish and Greek sides agreed .', ['DET', 'ADJ', 'CCONJ', 'ADJ', 'NOUN', 'VERB', 'PUNCT'])).toEqual([
      ['Turkish', 'TUR', null, 'adjective'],
      ['Greek', 'GRC', null, 'adjective'],
    ]);
    expect(tagged('the autonomous Azerbaijani republic', ['DET', 'ADJ', 'PROPN', 'PROPN'])).toEqual([['Azerbaijani', 'AZE', null, 'adjective']]);
  });

  it('names no country when the adjective stands before a verb', () => {
    expect(tagged('The Turkish said so .', ['DET', 'PROPN', 'VERB', 'ADV', 'PUNCT'])).toEqual([]);
  });
});
