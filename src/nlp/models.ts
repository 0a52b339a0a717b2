// The trained language layer: loading the models of <repo>/models (or another directory) and
// annotating a Document's tokens, sentences and entities with them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, EntityLabel, EntitySpan, Sentence, Token } from '../document/index.js';
import { iob2Spans } from './conll/ner.js';
import { Lemmatizer, type LemmaModelData } from './lemma/lemmatizer.js';
import { EntityTagger } from './ner/ner.js';
import { Parser, parserInput } from './parser/parser.js';
import { reattachMarks } from './parser/punctuation.js';
import { hashString } from './perceptron/hash.js';
import { decodeModel } from './perceptron/modelfile.js';
import { Tagger } from './tagger/tagger.js';
import { computeWordHashes, sliceWordHashes, type WordHashes } from './tagger/wordfeatures.js';

export interface SyntaxResult {
  upos: string[];
  feats: string[];
  lemmas: string[];
  /** 0-based head index per word, -1 for the root. */
  heads: Int32Array;
  deprels: string[];
}

/** Tags, lemmas and features of one sentence, as the tagger and lemmatiser give them. */
export interface TagResult {
  upos: string[];
  feats: string[];
  lemmas: string[];
}

export class SyntaxPipeline {
  private readonly tagHashes: Map<string, number>;

  constructor(
    readonly tagger: Tagger,
    readonly lemmatizer: Lemmatizer,
    readonly parser: Parser,
  ) {
    this.tagHashes = new Map(tagger.tags.map((t) => [t, hashString(t) | 0]));
  }

  /** Part of speech, features and lemma of every word. */
  tag(forms: readonly string[], h: WordHashes = computeWordHashes(forms)): TagResult {
    const readable = this.tagger.readable(forms, h);
    const tags = this.tagger.tag(readable);
    const upos: string[] = [];
    const feats: string[] = [];
    const lemmas: string[] = [];
    for (let i = 0; i < forms.length; i++) {
      const tag = this.tagger.tags[tags[i]];
      upos.push(tag);
      const analysis = this.lemmatizer.analyse(readable.forms[i], tag);
      feats.push(analysis.feats);
      lemmas.push(analysis.lemma);
    }
    return { upos, feats, lemmas };
  }

  /** The dependency tree of a tagged sentence: 0-based heads (-1 for the root) and relations. */
  parse(
    forms: readonly string[],
    upos: readonly string[],
    feats: readonly string[],
    h: WordHashes = computeWordHashes(forms),
  ): Pick<SyntaxResult, 'heads' | 'deprels'> {
    const tagHashes = Int32Array.from(upos, (tag) => this.tagHashes.get(tag) ?? hashString(tag) | 0);
    const morphHashes = Int32Array.from(feats, (f) => hashString(f) | 0);
    const parsed = this.parser.parse(parserInput(h, tagHashes, morphHashes, this.tagger.clusters));
    const isMark = Uint8Array.from(upos, (tag) => (tag === 'PUNCT' ? 1 : 0));
    reattachMarks(forms, parsed.heads, isMark);
    return {
      heads: parsed.heads,
      deprels: Array.from(parsed.labels, (l, i) => (isMark[i] ? 'punct' : this.parser.labels[l])),
    };
  }

  analyse(forms: readonly string[]): SyntaxResult {
    const tagged = this.tag(forms);
    return { ...tagged, ...this.parse(forms, tagged.upos, tagged.feats) };
  }
}

/** IOB2 tags for one sentence. */
export function tagEntities(ner: EntityTagger, forms: readonly string[]): string[] {
  return Array.from(ner.tag(forms), (t) => ner.tags[t]);
}

/** IOB2 tags for the sentences of one document, each read in the light of the earlier ones. */
export function tagEntityDocument(ner: EntityTagger, sentences: readonly (readonly string[])[], hashes?: readonly WordHashes[]): string[][] {
  return ner.tagDocument(sentences, hashes).map((tags) => Array.from(tags, (t) => ner.tags[t]));
}

export const MODEL_LANGUAGES = ['nl', 'en'] as const;

/** The committed models, <repo>/models (the command line lets PARAAT_MODELS override it). */
export function defaultModelsDir(): string {
  return fileURLToPath(new URL('../../models/', import.meta.url));
}

export function modelPath(lang: string, component: 'tagger' | 'parser' | 'ner', dir = defaultModelsDir()): string {
  return `${dir.replace(/\/$/, '')}/${lang}-${component}.bin.gz`;
}

/** Whether all three models of `lang` are in `dir`. */
export function modelsPresent(lang: string, dir = defaultModelsDir()): boolean {
  return (
    (MODEL_LANGUAGES as readonly string[]).includes(lang) &&
    existsSync(modelPath(lang, 'tagger', dir)) &&
    existsSync(modelPath(lang, 'parser', dir)) &&
    existsSync(modelPath(lang, 'ner', dir))
  );
}

export function loadSyntax(lang: string, dir = defaultModelsDir()): SyntaxPipeline {
  const taggerFile = decodeModel(readFileSync(modelPath(lang, 'tagger', dir)));
  const taggerHeader = taggerFile.header as { tags: string[]; scale: number; lemma: LemmaModelData };
  const parserFile = decodeModel(readFileSync(modelPath(lang, 'parser', dir)));
  return new SyntaxPipeline(
    Tagger.fromSections('tagger', taggerHeader, taggerFile.sections),
    new Lemmatizer(taggerHeader.lemma),
    Parser.fromSections('parser', parserFile.header as Parameters<typeof Parser.fromSections>[1], parserFile.sections),
  );
}

export function loadEntityTagger(lang: string, dir = defaultModelsDir()): EntityTagger {
  const file = decodeModel(readFileSync(modelPath(lang, 'ner', dir)));
  return EntityTagger.fromSections('ner', file.header as Parameters<typeof EntityTagger.fromSections>[1], file.sections);
}

/**
 * The models of one directory, each read when a language's syntax or entities are first asked
 * for, so a pipeline that meets only Dutch loads nothing English. Whoever creates it owns it.
 */
export class LanguageModels {
  private readonly available = new Map<string, boolean>();
  private readonly syntaxModels = new Map<string, SyntaxPipeline>();
  private readonly entityModels = new Map<string, EntityTagger>();

  constructor(readonly dir: string = defaultModelsDir()) {}

  /** Whether all three models of `lang` are present (the file system is asked once per language). */
  has(lang: string): boolean {
    let available = this.available.get(lang);
    if (available === undefined) this.available.set(lang, (available = modelsPresent(lang, this.dir)));
    return available;
  }

  syntax(lang: string): SyntaxPipeline {
    let model = this.syntaxModels.get(lang);
    if (!model) this.syntaxModels.set(lang, (model = loadSyntax(lang, this.dir)));
    return model;
  }

  entities(lang: string): EntityTagger {
    let model = this.entityModels.get(lang);
    if (!model) this.entityModels.set(lang, (model = loadEntityTagger(lang, this.dir)));
    return model;
  }
}

/**
 * Word hashes depend on the word alone, so the tagger, recogniser and parser share one set per
 * document's tokens, whatever the sentence boundaries at each step.
 */
const documentHashes = new WeakMap<readonly Token[], WordHashes>();

function sentenceHashes(doc: Document, sentence: Sentence): WordHashes {
  let h = documentHashes.get(doc.tokens);
  if (!h) documentHashes.set(doc.tokens, (h = computeWordHashes(doc.tokens.map((t) => t.text))));
  return sliceWordHashes(h, sentence.firstToken, sentence.endToken);
}

function sentenceForms(doc: Document, sentence: Sentence): string[] {
  const forms: string[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) forms.push(doc.tokens[i].text);
  return forms;
}

/** Fills token.upos, feats and lemma in every sentence. */
export function annotateTags(doc: Document, syntax: SyntaxPipeline): void {
  for (const sentence of doc.sentences) {
    if (sentence.endToken <= sentence.firstToken) continue;
    const result = syntax.tag(sentenceForms(doc, sentence), sentenceHashes(doc, sentence));
    for (let i = 0; i < result.upos.length; i++) {
      const token = doc.tokens[sentence.firstToken + i];
      token.upos = result.upos[i];
      token.feats = result.feats[i];
      token.lemma = dictionaryForm(result.lemmas[i]);
    }
  }
}

/** The Alpino treebank writes a separable verb's particle off with "_" ("aan_vallen"); the dictionary writes "aanvallen". */
function dictionaryForm(lemma: string): string {
  return lemma.includes('_') ? lemma.replaceAll('_', '') : lemma;
}

/** Fills token.head and deprel in the tagged sentences `wanted` picks (all by default). */
export function annotateParse(doc: Document, syntax: SyntaxPipeline, wanted: (sentence: Sentence) => boolean = () => true): void {
  for (const sentence of doc.sentences) {
    if (sentence.endToken <= sentence.firstToken || !wanted(sentence)) continue;
    const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const result = syntax.parse(
      tokens.map((t) => t.text),
      tokens.map((t) => t.upos ?? ''),
      tokens.map((t) => t.feats ?? ''),
      sentenceHashes(doc, sentence),
    );
    tokens.forEach((token, i) => {
      token.head = result.heads[i] === -1 ? -1 : sentence.firstToken + result.heads[i];
      token.deprel = result.deprels[i];
    });
  }
}

/** Replaces doc.entities with the recogniser's PER/ORG/LOC/MISC spans. */
export function annotateEntities(doc: Document, ner: EntityTagger): void {
  const entities: EntitySpan[] = [];
  const sentences = doc.sentences.filter((s) => s.endToken > s.firstToken);
  const tagged = tagEntityDocument(
    ner,
    sentences.map((s) => sentenceForms(doc, s)),
    sentences.map((s) => sentenceHashes(doc, s)),
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
