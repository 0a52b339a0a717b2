// Development loop for the parser: trains tagger + parser as `paraat train` does, for Dutch without
// the last fifth of each current-guideline file (the dev files the shipped model learns from) and
// scores on it; for English on the EWT dev file. Never reads the test files.
// Prints UPOS, UAS/LAS with predicted and with gold tags, the relations whose head is most often
// wrong, the most frequent label confusions, and parse-only tokens per CPU second.
// usage: npx tsx scripts/parser-dev.ts --lang nl|en [--clusters FILE]
//   --clusters FILE  caches the learned word clusters there: read if the file exists, else written
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from '../src/nlp/conll/conllu.js';
import { Lemmatizer, type LemmaModelData } from '../src/nlp/lemma/lemmatizer.js';
import { SyntaxPipeline } from '../src/nlp/models.js';
import { Parser, parserInput } from '../src/nlp/parser/parser.js';
import { reattachMarks } from '../src/nlp/parser/punctuation.js';
import { hashString } from '../src/nlp/perceptron/hash.js';
import { decodeModel, encodeModel, type SectionArray } from '../src/nlp/perceptron/modelfile.js';
import { Tagger } from '../src/nlp/tagger/tagger.js';
import { computeWordHashes } from '../src/nlp/tagger/wordfeatures.js';
import { CORPORA } from '../src/nlp/train/corpora.js';
import { learnLanguageClusters, learnLanguageLexicon, trainSyntax } from '../src/nlp/train/train.js';

const { values } = parseArgs({ options: { lang: { type: 'string' }, clusters: { type: 'string' } } });
const lang = values.lang as 'nl' | 'en';
if (lang !== 'nl' && lang !== 'en') throw new Error('--lang nl|en');
const dataDir = new URL('../../shared/data/', import.meta.url).pathname;
const read = (file: string) => parseConllu(readFileSync(join(dataDir, file), 'utf8'));
const corpora = CORPORA[lang];
let train: ConlluSentence[];
let dev: ConlluSentence[];
if (lang === 'nl') {
  // The last fifth of each file: whole documents the training part never saw, as in a test file.
  const current = corpora.udTrain.map(read);
  train = current.flatMap((s) => s.slice(0, Math.floor(0.8 * s.length)));
  dev = current.flatMap((s) => s.slice(Math.floor(0.8 * s.length)));
} else {
  const devFile = 'ud/en_ewt-ud-dev.conllu';
  train = corpora.udTrain.filter((f) => f !== devFile).flatMap(read);
  dev = read(devFile);
}
let learned: Record<string, SectionArray>;
if (values.clusters && existsSync(values.clusters)) learned = decodeModel(readFileSync(values.clusters)).sections;
else {
  learned = learnLanguageClusters(lang, dataDir);
  if (values.clusters) writeFileSync(values.clusters, encodeModel({ header: {}, sections: learned }));
}
const started = process.cpuUsage();
const trained = trainSyntax(train, corpora.udOlder.flatMap(read), learned, learnLanguageLexicon(lang, dataDir), (m) => process.stderr.write(`${m}\n`));
const trainSeconds = Math.round(process.cpuUsage(started).user / 1e6);
const taggerHeader = trained.tagger.header as { tags: string[]; scale: number; lemma: LemmaModelData };
const parser = Parser.fromSections('parser', trained.parser.header as Parameters<typeof Parser.fromSections>[1], trained.parser.sections);
const pipeline = new SyntaxPipeline(Tagger.fromSections('tagger', taggerHeader, trained.tagger.sections), new Lemmatizer(taggerHeader.lemma), parser);

const universal = (deprel: string) => deprel.split(':')[0];
let words = 0, upos = 0, uas = 0, las = 0, goldUas = 0, goldLas = 0;
const headErrors = new Map<string, number>();
const confusions = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
for (const sentence of dev) {
  const forms = sentence.words.map((w) => w.form);
  const result = pipeline.analyse(forms);
  const goldTags = Int32Array.from(sentence.words, (w) => hashString(w.upos) | 0);
  const goldMorph = Int32Array.from(sentence.words, (w) => hashString(pipeline.lemmatizer.feats(w.form, w.upos)) | 0);
  const withGoldTags = parser.parse(parserInput(computeWordHashes(forms), goldTags, goldMorph, pipeline.tagger.clusters));
  reattachMarks(forms, withGoldTags.heads, Uint8Array.from(sentence.words, (w) => (w.upos === 'PUNCT' ? 1 : 0)));
  sentence.words.forEach((gold, i) => {
    words++;
    if (result.upos[i] === gold.upos) upos++;
    const wanted = universal(gold.deprel);
    if (result.heads[i] + 1 === gold.head) {
      uas++;
      if (universal(result.deprels[i]) === wanted) las++;
      else count(confusions, `${wanted}→${universal(result.deprels[i])}`);
    } else count(headErrors, wanted);
    if (withGoldTags.heads[i] + 1 === gold.head) {
      goldUas++;
      if ((gold.upos === 'PUNCT' ? 'punct' : universal(parser.labels[withGoldTags.labels[i]])) === wanted) goldLas++;
    }
  });
}
const pct = (part: number) => ((100 * part) / words).toFixed(2);
const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`${lang} dev, ${words} words (training CPU ${trainSeconds}s)`);
console.log(`  predicted tags: UPOS ${pct(upos)} UAS ${pct(uas)} LAS ${pct(las)}`);
console.log(`  gold tags:      UAS ${pct(goldUas)} LAS ${pct(goldLas)}`);
console.log(`  wrong head: ${top(headErrors)}`);
console.log(`  wrong label: ${top(confusions)}`);

const inputs = dev.map((s) => {
  const forms = s.words.map((w) => w.form);
  const r = pipeline.analyse(forms);
  return parserInput(computeWordHashes(forms), Int32Array.from(r.upos, (t) => hashString(t) | 0), Int32Array.from(r.feats, (f) => hashString(f) | 0), pipeline.tagger.clusters);
});
const rates: number[] = [];
for (let run = -2; run < 5; run++) {
  const start = process.cpuUsage();
  for (const x of inputs) parser.parse(x);
  const used = process.cpuUsage(start);
  if (run >= 0) rates.push(words / ((used.user + used.system) / 1e6));
}
rates.sort((a, b) => a - b);
console.log(`  parse only: ${Math.round(rates[2])} tokens per CPU second (median of 5)`);

// The relabelling pass skips arcs the arc labeller is sure of (Parser.relabelMargin): LAS with it
// run on every arc, and parse speed both ways.
const speedAndLas = (margin: number): { las: string; speed: number } => {
  parser.relabelMargin = margin;
  let right = 0;
  for (const s of dev) {
    const r = pipeline.analyse(s.words.map((w) => w.form));
    s.words.forEach((g, i) => {
      if (r.heads[i] + 1 === g.head && universal(r.deprels[i]) === universal(g.deprel)) right++;
    });
  }
  const start = process.cpuUsage();
  for (const x of inputs) parser.parse(x);
  const used = process.cpuUsage(start);
  return { las: pct(right), speed: Math.round(words / ((used.user + used.system) / 1e6)) };
};
const shipped = parser.relabelMargin;
const everyArc = speedAndLas(Infinity);
const sureSkipped = speedAndLas(shipped);
console.log(`  relabelling every arc: LAS ${everyArc.las}, parse ${everyArc.speed} tokens/s; only arcs with a margin under ${shipped}: LAS ${sureSkipped.las}, parse ${sureSkipped.speed} tokens/s`);
