// Lazy access to the committed models in <repo>/models: nothing is read until a language's
// syntax or entities are first asked for, so commands that need no models pay nothing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, EntityLabel, EntitySpan } from '../document/index.js';
import { iob2Spans } from './conll/ner.js';
import { Lemmatizer, type LemmaModelData } from './lemma/lemmatizer.js';
import { EntityTagger } from './ner/ner.js';
import { Parser, parserInput } from './parser/parser.js';
import { reattachMarks } from './parser/punctuation.js';
import { hashString } from './perceptron/hash.js';
import { decodeModel } from './perceptron/modelfile.js';
import { Tagger } from './tagger/tagger.js';
import { computeWordHashes } from './tagger/wordfeatures.js';

export interface SyntaxResult {
  upos: string[];
  feats: string[];
  lemmas: string[];
  /** 0-based head index per word, -1 for the root. */
  heads: Int32Array;
  deprels: string[];
}

export class SyntaxPipeline {
  private readonly tagHashes: Int32Array;

  constructor(
    readonly tagger: Tagger,
    readonly lemmatizer: Lemmatizer,
    readonly parser: Parser,
  ) {
    this.tagHashes = Int32Array.from(tagger.tags, (t) => hashString(t) | 0);
  }

  analyse(forms: readonly string[]): SyntaxResult {
    const h = computeWordHashes(forms);
    const readable = this.tagger.readable(forms, h);
    const tags = this.tagger.tag(readable);
    const tagHashes = new Int32Array(forms.length);
    const morphHashes = new Int32Array(forms.length);
    const upos: string[] = [];
    const feats: string[] = [];
    const lemmas: string[] = [];
    for (let i = 0; i < forms.length; i++) {
      tagHashes[i] = this.tagHashes[tags[i]];
      const tag = this.tagger.tags[tags[i]];
      upos.push(tag);
      feats.push(this.lemmatizer.feats(readable.forms[i], tag));
      morphHashes[i] = hashString(feats[i]) | 0;
      lemmas.push(this.lemmatizer.lemma(readable.forms[i], tag));
    }
    const parsed = this.parser.parse(parserInput(h, tagHashes, morphHashes, this.tagger.clusters));
    const isMark = Uint8Array.from(upos, (tag) => (tag === 'PUNCT' ? 1 : 0));
    reattachMarks(forms, parsed.heads, isMark);
    return {
      upos,
      feats,
      lemmas,
      heads: parsed.heads,
      deprels: Array.from(parsed.labels, (l, i) => (isMark[i] ? 'punct' : this.parser.labels[l])),
    };
  }
}

/** IOB2 tags for one sentence. */
export function tagEntities(ner: EntityTagger, forms: readonly string[]): string[] {
  return Array.from(ner.tag(forms), (t) => ner.tags[t]);
}

/** IOB2 tags for the sentences of one document, each read in the light of the earlier ones. */
export function tagEntityDocument(ner: EntityTagger, sentences: readonly (readonly string[])[]): string[][] {
  return ner.tagDocument(sentences).map((tags) => Array.from(tags, (t) => ner.tags[t]));
}

export const MODEL_LANGUAGES = ['nl', 'en'] as const;

/** Where models are read from; `PARAAT_MODELS` overrides it (e.g. for freshly trained ones). */
export function modelsDir(): string {
  return process.env.PARAAT_MODELS ?? fileURLToPath(new URL('../../models/', import.meta.url));
}

export function modelPath(lang: string, component: 'tagger' | 'parser' | 'ner', dir = modelsDir()): string {
  return `${dir.replace(/\/$/, '')}/${lang}-${component}.bin.gz`;
}

const syntaxCache = new Map<string, SyntaxPipeline>();
const nerCache = new Map<string, EntityTagger>();

const availability = new Map<string, boolean>();

/** Whether all three models of `lang` are present (checked once per directory and language). */
export function hasModels(lang: string): boolean {
  const dir = modelsDir();
  const key = `${dir}\0${lang}`;
  let available = availability.get(key);
  if (available === undefined) {
    available =
      (MODEL_LANGUAGES as readonly string[]).includes(lang) &&
      existsSync(modelPath(lang, 'tagger', dir)) &&
      existsSync(modelPath(lang, 'parser', dir)) &&
      existsSync(modelPath(lang, 'ner', dir));
    availability.set(key, available);
  }
  return available;
}

export function loadSyntax(lang: string, dir = modelsDir()): SyntaxPipeline {
  const key = `${dir}\0${lang}`;
  let pipeline = syntaxCache.get(key);
  if (pipeline) return pipeline;
  const taggerFile = decodeModel(readFileSync(modelPath(lang, 'tagger', dir)));
  const taggerHeader = taggerFile.header as { tags: string[]; scale: number; lemma: LemmaModelData };
  const parserFile = decodeModel(readFileSync(modelPath(lang, 'parser', dir)));
  pipeline = new SyntaxPipeline(
    Tagger.fromSections('tagger', taggerHeader, taggerFile.sections),
    new Lemmatizer(taggerHeader.lemma),
    Parser.fromSections('parser', parserFile.header as Parameters<typeof Parser.fromSections>[1], parserFile.sections),
  );
  syntaxCache.set(key, pipeline);
  return pipeline;
}

export function loadEntityTagger(lang: string, dir = modelsDir()): EntityTagger {
  const key = `${dir}\0${lang}`;
  let ner = nerCache.get(key);
  if (ner) return ner;
  const file = decodeModel(readFileSync(modelPath(lang, 'ner', dir)));
  ner = EntityTagger.fromSections('ner', file.header as Parameters<typeof EntityTagger.fromSections>[1], file.sections);
  nerCache.set(key, ner);
  return ner;
}

/**
 * Fills token.upos/feats/lemma/head/deprel. With `sentences`, only those sentence indexes are
 * analysed (the event coder parses only sentences that hold trigger candidates).
 */
export function annotateSyntax(doc: Document, options: { sentences?: number[] } = {}): void {
  if (!hasModels(doc.lang)) return;
  const pipeline = loadSyntax(doc.lang);
  const indexes = options.sentences ?? doc.sentences.map((_, i) => i);
  for (const index of indexes) {
    const sentence = doc.sentences[index];
    if (!sentence || sentence.endToken <= sentence.firstToken) continue;
    const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const result = pipeline.analyse(tokens.map((t) => t.text));
    tokens.forEach((token, i) => {
      token.upos = result.upos[i];
      token.feats = result.feats[i];
      token.lemma = result.lemmas[i];
      token.head = result.heads[i] === -1 ? -1 : sentence.firstToken + result.heads[i];
      token.deprel = result.deprels[i];
    });
  }
}

/** Replaces doc.entities with the recogniser's PER/ORG/LOC/MISC spans. */
export function annotateEntities(doc: Document): void {
  if (!hasModels(doc.lang)) return;
  const ner = loadEntityTagger(doc.lang);
  const entities: EntitySpan[] = [];
  const sentences = doc.sentences.filter((s) => s.endToken > s.firstToken);
  const tagged = tagEntityDocument(
    ner,
    sentences.map((s) => doc.tokens.slice(s.firstToken, s.endToken).map((t) => t.text)),
  );
  sentences.forEach((sentence, index) => {
    for (const span of iob2Spans(tagged[index])) {
      const first = sentence.firstToken + span.start;
      const end = sentence.firstToken + span.end;
      entities.push({
        start: doc.tokens[first].start,
        end: doc.tokens[end - 1].end,
        firstToken: first,
        endToken: end,
        label: span.type as EntityLabel,
      });
    }
  });
  doc.entities = entities;
}
