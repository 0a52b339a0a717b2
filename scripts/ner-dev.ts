// Development loop for the entity recogniser: trains the NER alone on a language's training
// files (as `paraat train` does, minus the dev file) and scores it on the dev file (testa), per type, plus NER-only
// tokens per CPU second. Never reads the test files (testb): those are for the final figure only.
// usage: npx tsx scripts/ner-dev.ts --lang nl|en [--epochs N] [--seed N] [--model FILE] [--save FILE]
//   --model FILE  score an existing model file instead of training one
//   --save FILE   write the trained model there
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { iob2Spans, parseConllNer } from '../src/nlp/conll/ner.js';
import { EntityTagger } from '../src/nlp/ner/ner.js';
import { decodeModel, encodeModel } from '../src/nlp/perceptron/modelfile.js';
import { CORPORA } from '../src/nlp/train/corpora.js';
import { conllDocuments } from '../src/nlp/train/evaluate.js';
import { TRAINING, trainLanguageEntities } from '../src/nlp/train/train.js';

const { values } = parseArgs({ options: { lang: { type: 'string' }, epochs: { type: 'string' }, model: { type: 'string' }, seed: { type: 'string' }, save: { type: 'string' } } });
const lang = values.lang as 'nl' | 'en';
if (lang !== 'nl' && lang !== 'en') throw new Error('--lang nl|en');
if (values.epochs) TRAINING.nerEpochs = Number(values.epochs);
if (values.seed) TRAINING.seed = Number(values.seed);
const dataDir = new URL('../../shared/data/', import.meta.url).pathname;
const kbDir = new URL('../kb/', import.meta.url).pathname;
const devFile = CORPORA[lang].nerTest.replace(/testb$/, 'testa');
// The shipped model also learns from the dev file; here it must not.
CORPORA[lang].nerTrain = CORPORA[lang].nerTrain.filter((f) => f.file !== devFile);

let file: Buffer;
const started = process.cpuUsage();
if (values.model) file = readFileSync(values.model);
else file = encodeModel(trainLanguageEntities(lang, dataDir, kbDir, (m) => process.stderr.write(`${m}\n`)).model);
const trainCpu = process.cpuUsage(started);
if (values.save) writeFileSync(values.save, file);
const decoded = decodeModel(file);
const ner = EntityTagger.fromSections('ner', decoded.header as Parameters<typeof EntityTagger.fromSections>[1], decoded.sections);

const sentences = parseConllNer(readFileSync(join(dataDir, devFile), 'utf8'));
const documents = conllDocuments(sentences);
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
const rates: number[] = [];
let predicted: string[][] = [];
// Two warm-up passes (JIT), then seven measured ones.
for (let run = -2; run < 7; run++) {
  const start = process.cpuUsage();
  predicted = documents.flatMap((d) => ner.tagDocument(d.map((s) => s.tokens)).map((t) => Array.from(t, (x) => ner.tags[x])));
  const used = process.cpuUsage(start);
  if (run >= 0) rates.push(tokens / ((used.user + used.system) / 1e6));
}
rates.sort((a, b) => a - b);

const counts = new Map<string, { tp: number; predicted: number; gold: number }>();
const count = (type: string) => counts.get(type) ?? (counts.set(type, { tp: 0, predicted: 0, gold: 0 }), counts.get(type)!);
sentences.forEach((s, i) => {
  const gold = new Set(iob2Spans(s.tags).map((x) => `${x.start}:${x.end}:${x.type}`));
  for (const g of iob2Spans(s.tags)) for (const type of ['ALL', g.type]) count(type).gold++;
  for (const p of iob2Spans(predicted[i])) {
    const hit = gold.has(`${p.start}:${p.end}:${p.type}`) ? 1 : 0;
    for (const type of ['ALL', p.type]) {
      count(type).predicted++;
      count(type).tp += hit;
    }
  }
});
const f = (x: number) => (100 * x).toFixed(2);
for (const [type, c] of [...counts].sort()) {
  const p = c.tp / Math.max(1, c.predicted);
  const r = c.tp / Math.max(1, c.gold);
  process.stdout.write(`${lang} ${devFile.split('/').pop()} ${type.padEnd(4)} P ${f(p)} R ${f(r)} F1 ${f(p + r === 0 ? 0 : (2 * p * r) / (p + r))}\n`);
}
process.stdout.write(
  `${lang} NER-only ${Math.round(rates[3])} tokens/s (CPU, median of 7; best ${Math.round(rates[6])}); model ${(file.length / 1e6).toFixed(3)} MB; training CPU ${((trainCpu.user + trainCpu.system) / 1e6).toFixed(0)}s\n`,
);
