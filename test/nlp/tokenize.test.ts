import { describe, expect, it } from 'vitest';
import type { Document, Sentence } from '../../src/document/index.js';
import { analyze, identifyLanguage, normaliseLanguage, splitGluedHeadlines, splitSentences, tokenize } from '../../src/nlp/index.js';
import { makeDocument } from '../pipeline/document.js';
import type { Article } from '../../src/document/index.js';

const words = (text: string, lang: string) => tokenize(text, lang).map((t) => t.text);

function article(text: string, lang: string | null = null): Article {
  return { id: 'x', externalId: null, source: null, url: null, title: null, text, date: null, lang, origin: { file: 't' } };
}

describe('tokenize', () => {
  it('keeps Dutch numbers with grouping and decimal commas whole', () => {
    expect(words('8.500 militairen en 1,5 miljard euro.', 'nl')).toEqual(['8.500', 'militairen', 'en', '1,5', 'miljard', 'euro', '.']);
  });

  it('keeps hyphenated compounds and elisions as one token', () => {
    expect(words("NAVO-chef Stoltenberg, Oost-Europese lidstaten en auto's", 'nl')).toEqual([
      'NAVO-chef', 'Stoltenberg', ',', 'Oost-Europese', 'lidstaten', 'en', "auto's",
    ]);
  });

  it('keeps known abbreviations and initials with their full stop', () => {
    expect(words('Dhr. Jansen o.a. in Den Haag; J. Smith.', 'nl')).toEqual(['Dhr.', 'Jansen', 'o.a.', 'in', 'Den', 'Haag', ';', 'J.', 'Smith', '.']);
    expect(words('The U.S. and Mr. Smith met on Jan. 5.', 'en')).toEqual(['The', 'U.S.', 'and', 'Mr.', 'Smith', 'met', 'on', 'Jan.', '5', '.']);
  });

  it('gives plain words next to colons, slashes and brackets the same tokens as the full pattern', () => {
    expect(words('He said: "and/or" (maybe) [yes] {no}', 'en')).toEqual(['He', 'said', ':', '"', 'and', '/', 'or', '"', '(', 'maybe', ')', '[', 'yes', ']', '{', 'no', '}']);
    // A URL, an e-mail address and words with digits or accents still go to the full pattern.
    expect(words('See https://example.org/a, mail jan_de.vries@example.nl or café G7b.', 'nl')).toEqual([
      'See', 'https://example.org/a', ',', 'mail', 'jan_de.vries@example.nl', 'or', 'café', 'G7b', '.',
    ]);
  });

  it('splits English clitics as UD does', () => {
    expect(words("Russia's army didn't attack.", 'en')).toEqual(['Russia', "'s", 'army', 'did', "n't", 'attack', '.']);
  });

  it('gives offsets into the original text, also with spaces before punctuation', () => {
    const text = 'Grensbewaking ( US . Border Patrol ) zal , niet meer .';
    for (const t of tokenize(text, 'nl')) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text, 'nl')).toContain('(');
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = 'Emoji 🇺🇦 Oekraïne.';
    const t = tokenize(text, 'nl').find((x) => x.text === 'Oekraïne')!;
    expect(text.slice(t.start, t.end)).toBe('Oekraïne');
  });
});

describe('sentences', () => {
  const sentences = (text: string, lang = 'nl') => {
    const doc = analyze(article(text, lang));
    return doc.sentences.map((s) => text.slice(s.start, s.end));
  };

  it('splits after full stops before capitals, not after abbreviations', () => {
    expect(sentences('Dhr. Jansen zei dat o.a. Polen meedoet. De NAVO reageert.')).toEqual([
      'Dhr. Jansen zei dat o.a. Polen meedoet.',
      'De NAVO reageert.',
    ]);
  });

  it('ends a headline without a full stop at the line break', () => {
    expect(sentences('Russische troepen zouden zich voorbereiden\n\nRusland heeft militairen samengetrokken.')).toEqual([
      'Russische troepen zouden zich voorbereiden',
      'Rusland heeft militairen samengetrokken.',
    ]);
  });

  it('splits a headline run into the text without a full stop, but not a name', () => {
    expect(sentences('Politie arresteert verdachte De politie heeft maandag een man opgepakt.')).toEqual([
      'Politie arresteert verdachte',
      'De politie heeft maandag een man opgepakt.',
    ]);
    expect(sentences('Dat zei minister De Block maandag.')).toEqual(['Dat zei minister De Block maandag.']);
  });

  it('splits after a name when the next word is a common word that opens sentences (list from corpora)', () => {
    expect(sentences('Macron bezoekt Berlijn Volgende week spreekt hij met Scholz.')).toEqual([
      'Macron bezoekt Berlijn',
      'Volgende week spreekt hij met Scholz.',
    ]);
    // A capitalised word after it makes a name: no split.
    expect(sentences('Hij sprak met Volgende Week Producties.')).toEqual(['Hij sprak met Volgende Week Producties.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('Hij zei: "We gaan." Daarna vertrok hij.')).toEqual(['Hij zei: "We gaan."', 'Daarna vertrok hij.']);
  });

  it('does not split inside a quote followed by its attribution', () => {
    expect(sentences('"Dit heeft gevolgen", schreef Stoltenberg. Biden knikte.')).toEqual(['"Dit heeft gevolgen", schreef Stoltenberg.', 'Biden knikte.']);
  });

  it('sets every token to its sentence', () => {
    const doc = analyze(article('Een. Twee drie.', 'nl'));
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1]);
    expect(splitSentences('', [])).toEqual([]);
  });
});

describe('language identification', () => {
  it.each([
    ['De Amerikaanse president besprak de situatie met Europese leiders.', 'nl'],
    ['Russian forces shelled the city overnight, officials said.', 'en'],
    ['Die Bundesregierung hat neue Sanktionen beschlossen.', 'de'],
    ['Le gouvernement français a condamné l’attaque.', 'fr'],
  ])('identifies %s', (text, lang) => expect(identifyLanguage(text)).toBe(lang));

  it('uses the language the input gives and identifies the rest', () => {
    expect(analyze(article('Short text', 'NL')).lang).toBe('nl');
    expect(analyze(article('Rusland valt Oekraïne aan met troepen en tanks.')).lang).toBe('nl');
    expect(identifyLanguage('1234 !!')).toBe('und');
  });
});

describe('glued headlines', () => {
  // Minister wil brug bouwen | De regering heeft het plan goedgekeurd .
  const tagged = (): Document =>
    makeDocument('nl', [
      [
        { text: 'Minister', upos: 'NOUN' },
        { text: 'wil', upos: 'VERB', feats: 'Number=Sing|Tense=Pres|VerbForm=Fin' },
        { text: 'brug', upos: 'NOUN' },
        { text: 'bouwen', upos: 'VERB', feats: 'VerbForm=Inf' },
        { text: 'De', upos: 'DET', feats: 'Definite=Def' },
        { text: 'regering', upos: 'NOUN' },
        { text: 'heeft', upos: 'AUX', feats: 'Number=Sing|Tense=Pres|VerbForm=Fin' },
        { text: 'het', upos: 'DET' },
        { text: 'plan', upos: 'NOUN' },
        { text: 'goedgekeurd', upos: 'VERB', feats: 'VerbForm=Part' },
        { text: '.', upos: 'PUNCT' },
      ],
    ]);
  const texts = (doc: Document, sentences: Sentence[]) => sentences.map((s) => doc.text.slice(s.start, s.end));

  it('splits a headline off the lead where a capitalised determiner follows a clause with a finite verb', () => {
    const doc = tagged();
    const sentences = splitGluedHeadlines(doc.text, doc.tokens, doc.sentences, new Set());
    expect(texts(doc, sentences)).toEqual(['Minister wil brug bouwen', 'De regering heeft het plan goedgekeurd .']);
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('keeps the sentence whole inside a name, before a proper noun, or when the words before hold only a subordinate clause', () => {
    const inName = tagged();
    expect(splitGluedHeadlines(inName.text, inName.tokens, inName.sentences, new Set([4, 5]))).toHaveLength(1);
    const beforeName = tagged();
    beforeName.tokens[5].upos = 'PROPN';
    expect(splitGluedHeadlines(beforeName.text, beforeName.tokens, beforeName.sentences, new Set())).toHaveLength(1);
    const relative = tagged();
    relative.tokens[0].upos = 'PRON';
    relative.tokens[0].feats = 'PronType=Rel';
    expect(splitGluedHeadlines(relative.text, relative.tokens, relative.sentences, new Set())).toHaveLength(1);
    const noVerbAfter = tagged();
    noVerbAfter.tokens[6].feats = 'VerbForm=Inf';
    expect(splitGluedHeadlines(noVerbAfter.text, noVerbAfter.tokens, noVerbAfter.sentences, new Set())).toHaveLength(1);
  });
});

describe('normaliseLanguage', () => {
  it('reads codes, regional tags and the names of lexicons/*/language-names.tsv', () => {
    expect(['NL', 'nl-BE', 'en_GB', 'Dutch', 'Nederlands', 'engels', 'eng', 'nld'].map(normaliseLanguage)).toEqual(['nl', 'nl', 'en', 'nl', 'nl', 'en', 'en', 'nl']);
    expect(['klingon', '', null, 'x'].map(normaliseLanguage)).toEqual([null, null, null, null]);
  });
});
