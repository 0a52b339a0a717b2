// Scores of the language layer on held-out files: UPOS / lemma accuracy, UAS / LAS (CoNLL 2018
// definition: every word, punctuation included; LAS compares the universal part of the relation),
// conlleval-style exact span+type entity F1, and single-thread throughput.
import { readFileSync } from 'node:fs';
import { parseConllu } from '../conll/conllu.js';
import { iob2Spans, parseConllNer } from '../conll/ner.js';
import type { EntityTagger } from '../ner/ner.js';
import { tagEntities, tagEntityDocument, type SyntaxPipeline } from '../models.js';

export interface SyntaxScores {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
}

export interface EntityScores {
  precision: number;
  recall: number;
  f1: number;
  goldEntities: number;
}

function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((10000 * part) / whole) / 100;
}

export function evaluateSyntax(pipeline: SyntaxPipeline, conlluPath: string): SyntaxScores {
  const sentences = parseConllu(readFileSync(conlluPath, 'utf8'));
  let words = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  for (const sentence of sentences) {
    const result = pipeline.analyse(sentence.words.map((w) => w.form));
    sentence.words.forEach((gold, i) => {
      words++;
      if (result.upos[i] === gold.upos) upos++;
      if (result.lemmas[i] === gold.lemma) lemma++;
      if (result.heads[i] + 1 === gold.head) {
        uas++;
        if (result.deprels[i].split(':')[0] === gold.deprel.split(':')[0]) las++;
      }
    });
  }
  return { words, upos: pct(upos, words), lemma: pct(lemma, words), uas: pct(uas, words), las: pct(las, words) };
}

/** Groups sentences into the documents their -DOCSTART- lines delimit, keeping the order. */
export function conllDocuments<T extends { docStart: boolean }>(sentences: T[]): T[][] {
  const documents: T[][] = [];
  for (const s of sentences) {
    if (s.docStart || documents.length === 0) documents.push([]);
    documents[documents.length - 1].push(s);
  }
  return documents;
}

export function evaluateEntities(ner: EntityTagger, conllPath: string): EntityScores {
  const sentences = parseConllNer(readFileSync(conllPath, 'utf8'));
  const predictedTags = conllDocuments(sentences).flatMap((document) =>
    tagEntityDocument(ner, document.map((s) => s.tokens)),
  );
  let truePositives = 0, predicted = 0, gold = 0;
  for (const [index, sentence] of sentences.entries()) {
    const predictedSpans = iob2Spans(predictedTags[index]);
    const goldKeys = new Set(iob2Spans(sentence.tags).map((s) => `${s.start}:${s.end}:${s.type}`));
    predicted += predictedSpans.length;
    gold += goldKeys.size;
    for (const s of predictedSpans) if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) truePositives++;
  }
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: Math.round(10000 * precision) / 100,
    recall: Math.round(10000 * recall) / 100,
    f1: Math.round(10000 * f1) / 100,
    goldEntities: gold,
  };
}

/**
 * Tokens per CPU second for tagging + lemmas + parsing + NER over a file's sentences (median of
 * runs, after one warm-up pass that lets the JIT compile the hot loops). CPU time of this
 * single-threaded process, not wall time: on a shared machine wall time measures the neighbours'
 * load, not the code.
 */
export function measureThroughput(
  pipeline: SyntaxPipeline,
  ner: EntityTagger,
  conlluPath: string,
  runs = 5,
): number {
  const sentences = parseConllu(readFileSync(conlluPath, 'utf8')).map((s) => s.words.map((w) => w.form));
  const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
  const rates: number[] = [];
  for (let run = -1; run < runs; run++) {
    const start = process.cpuUsage();
    for (const forms of sentences) {
      pipeline.analyse(forms);
      tagEntities(ner, forms);
    }
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    if (run >= 0) rates.push(tokens / seconds);
  }
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(rates.length / 2)]);
}
