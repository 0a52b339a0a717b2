import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/pipeline/index.js';
import { buildComponents, createPipeline, PRODUCTION_COMPONENTS } from '../../src/pipeline/index.js';
import { makeDocument, words } from './document.js';

const article = (text: string, lang: string) => ({ id: 't', externalId: null, source: null, url: null, title: null, text, date: '2022-01-24', lang, origin: { file: 'test' } });

describe('the production pipeline', () => {
  it('runs its components in data-flow order: every layer a component requires is assigned before it', () => {
    const pipeline = createPipeline();
    expect(pipeline.components.map((c) => c.name)).toEqual(['tokens', 'tagger', 'recogniser', 'headlines', 'mentions', 'references', 'candidates', 'parser', 'coder', 'decision', 'quotes']);
    const assigned = new Set<string>();
    for (const component of pipeline.components) {
      expect(component.requires.filter((layer) => !assigned.has(layer)), component.name).toEqual([]);
      for (const layer of component.assigns) assigned.add(layer);
    }
  });

  it('tags and lemmatises every sentence, finds entities, and parses only the sentences that hold a candidate trigger', () => {
    const doc = createPipeline().process(article('De minister woonde in Brussel. Rusland heeft Oekraïne aangevallen.', 'nl'));
    expect(doc.sentences.map((s) => s.candidate)).toEqual([false, true]);
    expect(doc.tokens.every((t) => t.upos !== undefined && t.feats !== undefined)).toBe(true);
    expect(doc.tokens.find((t) => t.text === 'aangevallen')?.lemma).toBe('aanvallen');
    const [first, second] = doc.sentences;
    expect(doc.tokens.slice(first.firstToken, first.endToken).map((t) => t.head)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(doc.tokens.slice(second.firstToken, second.endToken).every((t) => t.head !== undefined && t.deprel)).toBe(true);
    expect(doc.entities.map((e) => doc.text.slice(e.start, e.end))).toEqual(['Brussel', 'Rusland', 'Oekraïne']);
    expect(doc.events.map((e) => `${e.type} ${e.actors[0]?.code}>${e.recipients[0]?.code}`)).toEqual(['ASSAULT RUS>UKR']);
  });

  it('builds a pipeline of named production components', () => {
    const doc = createPipeline({ components: ['tokens', 'tagger'] }).process(article('Rusland viel Oekraïne aan.', 'nl'));
    expect(doc.tokens.map((t) => t.upos)).toEqual(['PROPN', 'VERB', 'PROPN', 'ADP', 'PUNCT']);
    expect(doc.mentions).toEqual([]);
  });
});

describe('building a pipeline', () => {
  it('refuses a component whose required layer no earlier component assigns, naming both', () => {
    expect(() => createPipeline({ components: ['tokens', 'mentions'] })).toThrow(
      'pipeline: component "mentions" requires "token.upos", which no earlier component assigns',
    );
    expect(() => createPipeline({ components: ['tokens', 'candidates', 'tagger'] })).toThrow(
      'pipeline: component "candidates" requires "token.lemma", which no earlier component assigns ("tagger" assigns it but comes after)',
    );
  });

  it('refuses unknown and repeated components', () => {
    expect(() => createPipeline({ components: ['tokens', 'spelling'] })).toThrow('pipeline: no component named "spelling"');
    expect(() => buildComponents([PRODUCTION_COMPONENTS[0], PRODUCTION_COMPONENTS[0]])).toThrow('pipeline: component "tokens" appears twice');
  });

  it('hands every component the document and the resources the pipeline owns', () => {
    const seen: string[] = [];
    const counter: Component = {
      name: 'counter',
      requires: [],
      assigns: ['doc.counted'],
      run: (doc, resources) => void seen.push(`${doc.text}|${resources.models.has('nl')}|${resources.kb.entities.size > 0}`),
    };
    createPipeline({ components: [counter] }).process(article('Hallo.', 'nl'));
    expect(seen).toEqual(['Hallo.|true|true']);
  });
});

describe('the parser component on a hand-built document', () => {
  it('parses the flagged sentences only', () => {
    const doc = makeDocument('nl', [
      [{ text: 'Het', upos: 'DET', feats: 'Definite=Def' }, { text: 'kabinet', upos: 'NOUN', feats: 'Number=Sing' }, { text: 'valt', upos: 'VERB', feats: 'VerbForm=Fin' }, { text: '.', upos: 'PUNCT', feats: '_' }],
      words('Zij zwijgen .'),
    ]);
    doc.sentences[0].candidate = true;
    doc.sentences[1].candidate = false;
    const pipeline = createPipeline({ components: [] });
    const parser = PRODUCTION_COMPONENTS.find((c) => c.name === 'parser')!;
    parser.run(doc, pipeline.resources, { drafts: [] });
    expect(doc.tokens.map((t) => t.head)).toEqual([1, 2, -1, 2, undefined, undefined, undefined]);
    expect(doc.tokens.slice(0, 4).map((t) => t.deprel)).toEqual(['det', 'nsubj', 'root', 'punct']);
  });
});
