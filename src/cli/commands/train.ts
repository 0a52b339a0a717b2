import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { modelsDir } from '../environment.js';
import type { TrainLanguageResult } from '../../nlp/train/train.js';

export const defaultDataDir = (): string => fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

const kbDir = (): string => fileURLToPath(new URL('../../../kb/', import.meta.url));

function trainInWorker(lang: string, component: string, dataDir: string, outDir: string, progress: boolean): Promise<TrainLanguageResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../nlp/train/worker.js', import.meta.url), { workerData: { lang, component, dataDir, kbDir: kbDir(), outDir } });
    worker.on('message', (message: { log?: string; done?: TrainLanguageResult }) => {
      if (message.log && progress) process.stderr.write(`[${lang}] ${message.log}\n`);
      if (message.done) resolve(message.done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`training ${lang} stopped with exit code ${code}`));
    });
  });
}

const evalFile = (f: string) => fileURLToPath(new URL(`../../../../shared/eval/${f}`, import.meta.url));
const defaultGold = (): string[] => ['news-nl-dev.jsonl', 'news-en-dev.jsonl'].map(evalFile);
const defaultTrain = (): string[] => ['eventdna-nl-dev.jsonl', 'seed.jsonl', 'plover-gsr.jsonl'].map(evalFile);

async function runTrainEvents(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    gold: { type: 'string', multiple: true },
    train: { type: 'string', multiple: true },
    out: { type: 'string' },
    folds: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const gold = values.gold ?? defaultGold();
  const train = values.train ?? (values.gold ? [] : defaultTrain());
  for (const file of [...gold, ...train]) if (!existsSync(file)) throw new UsageError(`no gold file ${file}`);
  const folds = Number(values.folds ?? 5);
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new UsageError(`--folds must be a whole number from 2 to 20, not "${values.folds}"`);
  const outDir = values.out ?? modelsDir();
  mkdirSync(outDir, { recursive: true });
  const { trainEvents } = await import('./train-events.js');
  const written = await trainEvents({ gold, train, outDir, folds, date: new Date().toISOString().slice(0, 10) }, (line) => process.stdout.write(line + '\n'));
  for (const path of written) process.stdout.write(`${path}\n`);
  return 0;
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'retrain the language models (tagger, lemmatiser, parser, NER) or the event decision',
  help: `usage: paraat train [--data DIR] [--out DIR] [--lang nl|en] [--component all|ner]
       paraat train events [--gold FILE]... [--train FILE]... [--out DIR] [--folds N]

Trains the Dutch and English language models (POS tagger + morphology + lemmatiser, dependency
parser, named-entity recogniser) from the UD treebanks and CoNLL NER files in DIR (default
../shared/data) and writes them, with a metadata JSON per model (data, license, date, scores),
to --out (default the repository's models/ directory). The entity recognisers also learn from
the knowledge base's name lists in kb/ when it is there. The languages train in parallel, one
worker thread each; training is deterministic (fixed seeds).

options:
  --data DIR    corpora directory (holds ud/ and ner/)
  --out DIR     where to write the model files
  --lang LANG   train only this language
  --component C all (default) or ner: retrain only the entity recogniser and its metadata

train events trains the learned decision over candidate events, one model per language found in
the gold files (default ../shared/eval/news-nl-dev.jsonl and news-en-dev.jsonl, with
eventdna-nl-dev.jsonl, seed.jsonl and plover-gsr.jsonl as --train files: trained on, not
scored, not used for the threshold), into DIR/<lang>-events.json with its metadata: the data,
the date, and the scores of an N-fold cross-validation over the --gold documents (default 5),
of the rules alone and with the decision.
Deterministic: the same data gives the same file.
`,
  async run(argv) {
    if (argv[0] === 'events') return runTrainEvents(argv.slice(1));
    const { values, positionals } = parseCommandArgs(argv, { data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, component: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const dataDir = values.data ?? defaultDataDir();
    if (!existsSync(`${dataDir}/ud`) || !existsSync(`${dataDir}/ner`)) throw new UsageError(`no ud/ and ner/ corpora in ${dataDir}`);
    const langs = values.lang ? [values.lang] : ['nl', 'en'];
    for (const lang of langs) if (lang !== 'nl' && lang !== 'en') throw new UsageError(`unknown language "${lang}" (nl or en)`);
    const component = values.component ?? 'all';
    if (component !== 'all' && component !== 'ner') throw new UsageError(`unknown component "${component}" (all or ner)`);
    const outDir = values.out ?? modelsDir();
    mkdirSync(outDir, { recursive: true });
    const started = Date.now();
    const progress = process.stderr.isTTY === true;
    const results = await Promise.all(langs.map((lang) => trainInWorker(lang, component, dataDir, outDir, progress)));
    let total = 0;
    for (const result of results) {
      for (const file of result.files) {
        total += file.bytes;
        process.stdout.write(`${file.path}\t${(file.bytes / 1e6).toFixed(2)} MB\n`);
      }
    }
    process.stdout.write(`trained ${langs.join(', ')} in ${Math.round((Date.now() - started) / 1000)}s; models ${(total / 1e6).toFixed(2)} MB\n`);
    return 0;
  },
};
