// End-to-end check of the committed models on slices of the held-out test files. The floors are
// far below the targets: they catch a broken model or pipeline, not a small regression.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document, Token } from '../../src/document/index.js';
import { parseConllu } from '../../src/nlp/conll/conllu.js';
import { iob2Spans, parseConllNer } from '../../src/nlp/conll/ner.js';
import { annotateEntities, annotateParse, annotateTags, LanguageModels, loadEntityTagger, loadSyntax, modelsPresent, tagEntities } from '../../src/nlp/models.js';

const data = new URL('../../../shared/data/', import.meta.url).pathname;

function syntaxScores(lang: string, file: string, sentences: number) {
  const pipeline = loadSyntax(lang);
  let words = 0, upos = 0, las = 0;
  for (const s of parseConllu(readFileSync(`${data}ud/${file}`, 'utf8')).slice(0, sentences)) {
    const result = pipeline.analyse(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      words++;
      if (result.upos[i] === w.upos) upos++;
      if (result.heads[i] + 1 === w.head && result.deprels[i].split(':')[0] === w.deprel.split(':')[0]) las++;
    });
  }
  return { upos: (100 * upos) / words, las: (100 * las) / words };
}

function entityF1(lang: string, file: string, sentences: number): number {
  const ner = loadEntityTagger(lang);
  let tp = 0, predicted = 0, gold = 0;
  for (const s of parseConllNer(readFileSync(`${data}ner/${file}`, 'utf8')).slice(0, sentences)) {
    const p = iob2Spans(tagEntities(ner, s.tokens));
    const g = new Set(iob2Spans(s.tags).map((x) => `${x.start}:${x.end}:${x.type}`));
    predicted += p.length;
    gold += g.size;
    tp += p.filter((x) => g.has(`${x.start}:${x.end}:${x.type}`)).length;
  }
  return (200 * tp) / (predicted + gold);
}

describe.skipIf(!existsSync(data))('committed models on test slices', () => {
  it('has models for nl and en only', () => {
    expect(modelsPresent('nl')).toBe(true);
    expect(modelsPresent('en')).toBe(true);
    expect(modelsPresent('de')).toBe(false);
    expect(new LanguageModels().has('de')).toBe(false);
  });

  it('tags and parses Dutch', () => {
    const scores = syntaxScores('nl', 'nl_alpino-ud-test.conllu', 150);
    expect(scores.upos).toBeGreaterThan(85);
    expect(scores.las).toBeGreaterThan(55);
  });

  it('tags and parses English', () => {
    const scores = syntaxScores('en', 'en_ewt-ud-test.conllu', 300);
    expect(scores.upos).toBeGreaterThan(88);
    expect(scores.las).toBeGreaterThan(70);
  });

  it('finds entities in both languages', () => {
    expect(entityF1('nl', 'conll2002-nl/ned.testb', 400)).toBeGreaterThan(65);
    expect(entityF1('en', 'conll2003-en/eng.testb', 400)).toBeGreaterThan(70);
  });
});

function documentOf(lang: string, words: string[]): Document {
  let offset = 0;
  const tokens: Token[] = words.map((text) => {
    const token: Token = { start: offset, end: offset + text.length, text, lower: text.toLowerCase(), sentence: 0, lemma: text.toLowerCase() };
    offset += text.length + 1;
    return token;
  });
  const text = words.join(' ');
  return {
    article: { id: 'x', externalId: null, source: null, url: null, title: null, text, date: null, lang, origin: { file: 'test' } },
    text,
    lang,
    tokens,
    sentences: [{ start: 0, end: text.length, firstToken: 0, endToken: tokens.length }],
    entities: [],
    mentions: [],
    events: [],
    quotes: [],
  };
}

describe('document annotation', () => {
  const models = new LanguageModels();

  it('fills tags, lemmas, the parse and entities on Document tokens', () => {
    const doc = documentOf('nl', ['Minister', 'Hoekstra', 'stuurt', 'wapens', 'naar', 'Oekraïne', '.']);
    annotateTags(doc, models.syntax('nl'));
    annotateParse(doc, models.syntax('nl'));
    annotateEntities(doc, models.entities('nl'));
    const roots = doc.tokens.filter((t) => t.head === -1);
    expect(roots).toHaveLength(1);
    expect(doc.tokens.every((t) => t.upos && t.deprel && t.head !== undefined && t.head < doc.tokens.length)).toBe(true);
    expect(doc.tokens[2].lemma).toBe('sturen');
    expect(doc.tokens[3].deprel).toBe('obj');
    expect(doc.entities.some((e) => e.label === 'LOC' && doc.text.slice(e.start, e.end) === 'Oekraïne')).toBe(true);
  });

  it('parses only the sentences it is asked to, after tagging them all', () => {
    const doc = documentOf('nl', ['Het', 'kabinet', 'valt', '.']);
    annotateTags(doc, models.syntax('nl'));
    annotateParse(doc, models.syntax('nl'), () => false);
    expect(doc.tokens.map((t) => t.upos)).toEqual(['DET', 'NOUN', 'VERB', 'PUNCT']);
    expect(doc.tokens[2].lemma).toBe('vallen');
    expect(doc.tokens.map((t) => t.head)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
