// Development loop for the tagger + lemmatiser: trains them as `paraat train` does and scores UPOS
// and lemmas on data they did not see: for Dutch by 5-fold cross-validation over contiguous blocks of
// each current-guideline dev file (the older treebank harmonised against the training folds only),
// for English on the EWT dev file; with the most frequent confusions and tagger-only tokens per
// CPU second. Never reads the test files: those are for the final figure only.
// usage: npx tsx scripts/tagger-dev.ts --lang nl|en [--epochs N] [--confusions N] [--words GOLD→TAGGED]
//   --words C  lists the words most often behind confusion C (e.g. VERB→AUX)
//   --clusters FILE  caches the learned word clusters there (learning them takes a while): read if
//              the file exists, else written
//   --no-lexicon  trains without the word lexicon (tagger/lexicon.ts), to measure what it adds
//   --case title|upper  also scores the held-out sentences with every word capitalised or in
//              capitals, as headlines are written
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from '../src/nlp/conll/conllu.js';
import { Lemmatizer, type LemmaModelData } from '../src/nlp/lemma/lemmatizer.js';
import { Tagger } from '../src/nlp/tagger/tagger.js';
import { computeWordHashes } from '../src/nlp/tagger/wordfeatures.js';
import { CORPORA } from '../src/nlp/train/corpora.js';
import { harmonise } from '../src/nlp/train/harmonise.js';
import { TRAINING, learnLanguageClusters, learnLanguageLexicon, trainTaggerModel } from '../src/nlp/train/train.js';
import { clustersUnder } from '../src/nlp/ner/clusters.js';
import { decodeModel, encodeModel, type SectionArray } from '../src/nlp/perceptron/modelfile.js';

const { values } = parseArgs({ options: { lang: { type: 'string' }, epochs: { type: 'string' }, confusions: { type: 'string' }, words: { type: 'string' }, clusters: { type: 'string' }, case: { type: 'string' }, 'no-lexicon': { type: 'boolean' } } });
const lang = values.lang as 'nl' | 'en';
if (lang !== 'nl' && lang !== 'en') throw new Error('--lang nl|en');
if (values.epochs) TRAINING.taggerEpochs = Number(values.epochs);
const dataDir = new URL('../../shared/data/', import.meta.url).pathname;
const read = (file: string) => parseConllu(readFileSync(join(dataDir, file), 'utf8'));
const FOLDS = 5;
/** Folds are contiguous blocks: held-out sentences come from documents the training part never saw, as in a test file. */
const foldOf = (index: number, length: number) => Math.floor((index * FOLDS) / length);

const corpora = CORPORA[lang];
const recase: ((form: string) => string) | null =
  values.case === 'title' ? (f) => f.charAt(0).toUpperCase() + f.slice(1) : values.case === 'upper' ? (f) => f.toUpperCase() : null;
let learned: Record<string, SectionArray>;
if (values.clusters && existsSync(values.clusters)) learned = decodeModel(readFileSync(values.clusters)).sections;
else {
  learned = learnLanguageClusters(lang, dataDir);
  if (values.clusters) writeFileSync(values.clusters, encodeModel({ header: {}, sections: learned }));
}
const clusters = clustersUnder(learned, 'clusters', 'tagger.clusters');
const lexicon = values['no-lexicon'] ? {} : learnLanguageLexicon(lang, dataDir);
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(2);
interface Tally { words: number; upos: number; lemma: number; unknown: number; unknownRight: number; confusions: Map<string, number> }
const tallies = new Map<string, Tally>();
const timed: string[][] = [];
let trainSeconds = 0;
const errorWords = new Map<string, number>();

/** Trains on `train` (older treebanks harmonised against it) and tallies the held-out sets. */
function run(train: ConlluSentence[], heldOut: { name: string; sentences: ConlluSentence[]; recased?: boolean }[]): void {
  const older = harmonise(corpora.udOlder.flatMap(read), train);
  const all = older.concat(train);
  const started = process.cpuUsage();
  const model = trainTaggerModel(
    all.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => w.upos) })),
    all,
    { clusters, lexicon },
    (m) => process.stderr.write(`${m}\n`),
  );
  const used = process.cpuUsage(started);
  trainSeconds += (used.user + used.system) / 1e6;
  const header = model.header as { tags: string[]; scale: number; lemma: LemmaModelData };
  tagger = Tagger.fromSections('tagger', header, model.sections);
  const lemmatizer = new Lemmatizer(header.lemma);
  const seen = new Set(all.flatMap((s) => s.words.map((w) => w.form.toLowerCase())));
  for (const { name, sentences, recased } of heldOut) {
    const t = tallies.get(name) ?? { words: 0, upos: 0, lemma: 0, unknown: 0, unknownRight: 0, confusions: new Map() };
    tallies.set(name, t);
    for (const s of sentences) {
      const forms = s.words.map((w) => w.form);
      if (!recased) timed.push(forms);
      const readable = tagger.readable(forms, computeWordHashes(forms));
      const tags = tagger.tag(readable);
      s.words.forEach((w, i) => {
        const tag = tagger.tags[tags[i]];
        t.words++;
        const known = seen.has(w.form.toLowerCase());
        if (!known) t.unknown++;
        if (tag === w.upos) {
          t.upos++;
          if (!known) t.unknownRight++;
        } else {
          const key = `${w.upos}→${tag}`;
          t.confusions.set(key, (t.confusions.get(key) ?? 0) + 1);
          if (key === values.words) errorWords.set(w.form, (errorWords.get(w.form) ?? 0) + 1);
        }
        if (lemmatizer.lemma(readable.forms[i], tag) === w.lemma) t.lemma++;
      });
    }
  }
}

/** The held-out set, and with --case its recased copy (not timed). */
function withRecased(set: { name: string; sentences: ConlluSentence[] }): { name: string; sentences: ConlluSentence[]; recased?: boolean }[] {
  if (!recase) return [set];
  const sentences = set.sentences.map((s) => ({ ...s, words: s.words.map((w) => ({ ...w, form: recase(w.form) })) }));
  return [set, { name: `${set.name} ${values.case}`, sentences, recased: true }];
}

let tagger: Tagger;
if (corpora.udOlder.length > 0) {
  const files = corpora.udTrain.map((file) => ({ name: file.split('/').pop()!, sentences: read(file) }));
  for (let fold = 0; fold < FOLDS; fold++) {
    run(
      files.flatMap((f) => f.sentences.filter((_, i) => foldOf(i, f.sentences.length) !== fold)),
      files.flatMap((f) => withRecased({ name: `${f.name} ${FOLDS}-fold`, sentences: f.sentences.filter((_, i) => foldOf(i, f.sentences.length) === fold) })),
    );
  }
} else {
  const devFile = corpora.udTest[0].replace(/-test\./, '-dev.');
  run(corpora.udTrain.filter((f) => f !== devFile).flatMap(read), withRecased({ name: devFile.split('/').pop()!, sentences: read(devFile) }));
}
for (const [name, t] of tallies) {
  process.stdout.write(`${lang} ${name}: UPOS ${pct(t.upos, t.words)} lemma ${pct(t.lemma, t.words)} unknown-word UPOS ${pct(t.unknownRight, t.unknown)} (${t.unknown} of ${t.words})\n`);
  const top = [...t.confusions].sort((a, b) => b[1] - a[1]).slice(0, Number(values.confusions ?? 8));
  process.stdout.write(`  ${top.map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
}

if (values.words) {
  const top = [...errorWords].sort((a, b) => b[1] - a[1]).slice(0, 40);
  process.stdout.write(`${values.words}: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
}
const sentences = timed;
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const rates: number[] = [];
// Two warm-up passes (JIT), then seven measured ones.
for (let run = -2; run < 7; run++) {
  const start = process.cpuUsage();
  for (const forms of sentences) tagger.tag(tagger.readable(forms, computeWordHashes(forms)));
  const used = process.cpuUsage(start);
  if (run >= 0) rates.push(tokens / ((used.user + used.system) / 1e6));
}
rates.sort((a, b) => a - b);
process.stdout.write(
  `${lang} tagger-only ${Math.round(rates[3])} tokens/s (CPU, median of 7); training CPU ${trainSeconds.toFixed(0)}s\n`,
);
