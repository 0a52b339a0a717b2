import { describe, expect, it } from 'vitest';
import type { ActorKind, Document } from '../../src/document/index.js';
import { annotateMentions, loadKnowledgeBase } from '../../src/kb/index.js';
import { resolveReferences } from '../../src/reference/index.js';
import { makeDocument } from '../pipeline/document.js';

const kb = loadKnowledgeBase();

type Word = { text: string; upos?: string; feats?: string; lemma?: string };

/** A word with its tag and features, as the tagger gives them. */
const w = (text: string, upos: string, feats?: string, lemma?: string): Word => ({ text, upos, feats, lemma });
const noun = (text: string, feats = 'Number=Sing') => w(text, 'NOUN', feats);
const name = (text: string) => w(text, 'PROPN', 'Number=Sing');
const verb = (text: string) => w(text, 'VERB', 'Tense=Past|VerbForm=Fin');
const dot = w('.', 'PUNCT');
const quote = w('"', 'PUNCT');
const comma = w(',', 'PUNCT');
const the = w('the', 'DET', 'Definite=Def|PronType=Art');
const pronoun = (text: string, feats: string) => w(text, 'PRON', `${feats}|Person=3|PronType=Prs`);

/** Adds a mention of tokens [first, end) as the knowledge base would have resolved it. */
function mention(doc: Document, first: number, end: number, code: string, rule: string, kind: ActorKind = 'state', sector: string | null = null): void {
  const start = doc.tokens[first].start;
  const stop = doc.tokens[end - 1].end;
  doc.mentions.push({ start, end: stop, firstToken: first, endToken: end, actor: { code, sector, kind, name: doc.text.slice(start, stop), kb_id: null }, rule });
  doc.mentions.sort((a, b) => a.start - b.start);
}

/** The mentions the reference stage added: words, actor, rule, antecedent words. */
function references(doc: Document): string[][] {
  return doc.mentions
    .filter((m) => m.antecedent)
    .map((m) => [doc.text.slice(m.start, m.end), `${m.actor.code}/${m.actor.sector ?? '-'}`, m.rule, doc.text.slice(m.antecedent!.start, m.antecedent!.end)]);
}

describe('pronouns', () => {
  it('a personal pronoun takes the subject of the sentence before, of its kind: "it" a state, "he" a person', () => {
    const doc = makeDocument('en', [
      [name('Turkey'), verb('attacked'), name('Syria'), dot],
      [pronoun('It', 'Case=Nom|Gender=Neut|Number=Sing'), verb('said'), dot],
      [name('Macron'), verb('visited'), name('Kyiv'), dot],
      [pronoun('He', 'Case=Nom|Gender=Masc|Number=Sing'), verb('promised'), noun('aid'), dot],
    ]);
    mention(doc, 0, 1, 'TUR', 'country-name');
    mention(doc, 2, 3, 'SYR', 'country-name');
    mention(doc, 7, 8, 'FRA', 'person-role', 'state', 'GOV');
    mention(doc, 9, 10, 'UKR', 'capital', 'state', 'GOV');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([
      ['It', 'TUR/-', 'pronoun:previous-subject', 'Turkey'],
      ['He', 'FRA/GOV', 'pronoun:previous-subject', 'Macron'],
    ]);
  });

  it('a pronoun whose antecedent its own sentence names adds no mention ("Russia said it would help them")', () => {
    const doc = makeDocument('en', [
      [name('Russia'), verb('said'), pronoun('it', 'Case=Nom|Gender=Neut|Number=Sing'), verb('would'), verb('help'), pronoun('them', 'Case=Acc|Number=Plur'), dot],
    ]);
    mention(doc, 0, 1, 'RUS', 'country-name');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([]);
  });

  it('a chain learns its gender: after "she" names one person, "he" takes the other', () => {
    const doc = makeDocument('en', [
      [name('Merkel'), verb('met'), name('Macron'), dot],
      [pronoun('She', 'Case=Nom|Gender=Fem|Number=Sing'), verb('praised'), noun('France'), dot],
      [pronoun('He', 'Case=Nom|Gender=Masc|Number=Sing'), verb('left'), dot],
    ]);
    mention(doc, 0, 1, 'DEU', 'person-role', 'state', 'GOV');
    mention(doc, 2, 3, 'FRA', 'person-role', 'state', 'GOV');
    resolveReferences(doc, kb);
    expect(references(doc).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['She', 'DEU/GOV', 'Merkel'],
      ['He', 'FRA/GOV', 'Macron'],
    ]);
  });

  it('Dutch "hij" and "ze": features from the lexicon where the tagger marks none; "ze" is also plural', () => {
    const doc = makeDocument('nl', [
      [name('Rutte'), verb('bezocht'), name('Kiev'), dot],
      [w('Hij', 'PRON', 'Case=Nom|Person=3|PronType=Prs'), verb('beloofde'), noun('steun'), dot],
      [w('De', 'DET', 'Definite=Def'), noun('rebellen', 'Number=Plur'), verb('vielen'), dot],
      [w('Ze', 'PRON', 'Case=Nom|Person=3|PronType=Prs'), verb('trokken'), dot],
    ]);
    mention(doc, 0, 1, 'NLD', 'surname', 'state', 'GOV');
    mention(doc, 2, 3, 'UKR', 'capital', 'state', 'GOV');
    mention(doc, 8, 10, 'REB', 'generic-sector', 'group', 'REB');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([
      ['Hij', 'NLD/GOV', 'pronoun:previous-subject', 'Rutte'],
      ['Ze', 'REB/REB', 'pronoun:previous-subject', 'De rebellen'],
    ]);
  });

  it('resolves nothing when no compatible mention stands within two sentences', () => {
    const doc = makeDocument('en', [
      [name('Turkey'), verb('protested'), dot],
      [noun('Talks'), verb('failed'), dot],
      [noun('Rain'), verb('fell'), dot],
      [pronoun('It', 'Case=Nom|Gender=Neut|Number=Sing'), verb('said'), dot],
      [pronoun('He', 'Case=Nom|Gender=Masc|Number=Sing'), verb('left'), dot],
    ]);
    mention(doc, 0, 1, 'TUR', 'country-name');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([]);
    // A tagger that reads the word as no pronoun ("zijn" the verb) leaves it alone.
    const verbZijn = makeDocument('nl', [[name('Polen'), verb('protesteerde'), dot], [w('Zijn', 'AUX', 'Number=Plur'), noun('troepen', 'Number=Plur'), verb('weg'), dot]]);
    mention(verbZijn, 0, 1, 'POL', 'country-name');
    resolveReferences(verbZijn, kb);
    expect(references(verbZijn)).toEqual([]);
  });
});

describe('possessives', () => {
  it('a possessive before a sector noun is that sector of its antecedent; before another noun, the antecedent', () => {
    const doc = makeDocument('en', [
      [name('Germany'), verb('protested'), dot],
      [w('Its', 'PRON', 'Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs'), noun('troops', 'Number=Plur'), verb('left'), dot],
      [w('Their', 'PRON', 'Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs'), noun('visit'), verb('ended'), dot],
    ]);
    mention(doc, 0, 1, 'DEU', 'country-name');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([
      ['Its troops', 'DEU/MIL', 'possessive:previous-subject+sector', 'Germany'],
      ['Their', 'DEU/MIL', 'possessive:previous-subject', 'Its troops'],
    ]);
  });

  it('a possessive adds no mention for its own sentence\'s subject ("Poland closed its border"), nor after the verb before a thing', () => {
    const doc = makeDocument('en', [
      [name('Poland'), verb('closed'), w('its', 'PRON', 'Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs'), noun('border'), dot],
      [noun('Talks'), verb('ended'), w('its', 'PRON', 'Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs'), noun('hopes', 'Number=Plur'), dot],
    ]);
    mention(doc, 0, 1, 'POL', 'country-name');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([]);
  });
});

describe('definite descriptions', () => {
  it('"the group" takes the last group named, "het land" the last state (without its sector)', () => {
    const en = makeDocument('en', [
      [name('Hamas'), verb('fired'), noun('rockets', 'Number=Plur'), dot],
      [the, noun('group'), verb('said'), dot],
    ]);
    mention(en, 0, 1, 'PSE', 'group', 'group', 'REB');
    resolveReferences(en, kb);
    expect(references(en)).toEqual([['the group', 'PSE/REB', 'description:recent', 'Hamas']]);
    const nl = makeDocument('nl', [
      [w('Russische', 'ADJ'), noun('troepen', 'Number=Plur'), verb('vielen'), dot],
      [w('Het', 'DET', 'Definite=Def'), noun('land', 'Gender=Neut|Number=Sing'), verb('ontkende'), dot],
    ]);
    mention(nl, 0, 2, 'RUS', 'adjective+sector', 'state', 'MIL');
    resolveReferences(nl, kb);
    expect(references(nl)).toEqual([['Het land', 'RUS/-', 'description:recent', 'Russische troepen']]);
  });

  it('a description with no actor of its kind before it stays unresolved', () => {
    const doc = makeDocument('en', [[name('Turkey'), verb('protested'), dot], [the, noun('group'), verb('said'), dot]]);
    mention(doc, 0, 1, 'TUR', 'country-name');
    resolveReferences(doc, kb);
    expect(references(doc)).toEqual([]);
  });
});

describe('the speaker of a quote across the sentence boundary', () => {
  it('a quote that goes on takes the speaker before it; a quote followed by an attribution takes that one', () => {
    const doc = makeDocument('en', [
      [quote, w('We', 'PRON', 'Case=Nom|Number=Plur|Person=1|PronType=Prs'), verb('will'), verb('fight'), comma, quote, name('Putin'), verb('said'), dot],
      [quote, w('We', 'PRON', 'Case=Nom|Number=Plur|Person=1|PronType=Prs'), verb('will'), verb('win'), dot, quote],
      [name('Zelensky'), verb('replied'), dot],
      [quote, noun('peace'), verb('comes'), dot, quote],
      [name('Biden'), verb('said'), w('this', 'PRON'), dot],
    ]);
    mention(doc, 6, 7, 'RUS', 'person-role', 'state', 'GOV');
    mention(doc, 15, 16, 'UKR', 'person-role', 'state', 'GOV');
    mention(doc, 23, 24, 'USA', 'person-role', 'state', 'GOV');
    resolveReferences(doc, kb);
    expect(doc.sentences.map((s) => (s.speaker ? `${doc.text.slice(s.speaker.mention.start, s.speaker.mention.end)} ${s.speaker.rule}` : null))).toEqual([
      null,
      'Putin speaker:previous-sentence',
      null,
      'Biden speaker:next-sentence',
      null,
    ]);
    expect(references(doc)).toEqual([
      ['We', 'RUS/GOV', 'pronoun:quote-speaker', 'Putin'],
      ['We', 'RUS/GOV', 'pronoun:quote-speaker', 'Putin'],
    ]);
  });
});

describe('the reference kinds the mention stage resolves', () => {
  const annotated = (lang: string, sentences: Word[][], date = '2022-01-24') => {
    const doc = makeDocument(lang, sentences);
    doc.article.date = date;
    annotateMentions(kb, doc);
    resolveReferences(doc, kb);
    return doc.mentions.map((m) => [doc.text.slice(m.start, m.end), `${m.actor.code}/${m.actor.sector ?? '-'}`, m.rule]);
  };

  it('a surname after the full name is that person', () => {
    expect(annotated('en', [[name('Jens'), name('Stoltenberg'), verb('spoke'), dot], [name('Stoltenberg'), verb('said'), dot]])).toEqual([
      ['Jens Stoltenberg', 'NATO/-', 'person-role'],
      ['Stoltenberg', 'NATO/-', 'surname-coref'],
    ]);
  });

  it('a sector noun without a country is the country named last before it (the coder gives a nameless group such as "de politie" the article\'s country)', () => {
    expect(annotated('nl', [[name('Polen'), verb('protesteerde'), dot], [w('De', 'DET', 'Definite=Def'), noun('regering'), verb('zweeg'), dot]])).toEqual([
      ['Polen', 'POL/-', 'country-name'],
      ['regering', 'POL/GOV', 'sector+article-country'],
    ]);
  });
});
