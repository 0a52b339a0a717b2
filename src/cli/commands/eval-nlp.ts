// `paraat eval nlp`: scores the committed language models on the held-out test files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../command.js';
import { loadEntityTagger, loadSyntax, modelsPresent } from '../../nlp/models.js';
import { modelsDir } from '../environment.js';
import { CORPORA } from '../../nlp/train/corpora.js';
import { evaluateEntities, evaluateSyntax, measureThroughput } from '../../nlp/train/evaluate.js';
import { defaultDataDir } from './train.js';

export const evalNlpHelp = `usage: paraat eval nlp [--data DIR] [--json]

Scores the committed models on the test files in DIR (default ../shared/data): UPOS and lemma
accuracy, UAS and LAS (every word, punctuation included; LAS compares the universal relation,
as CoNLL 2018) on nl_alpino-ud-test, nl_lassysmall-ud-test and en_ewt-ud-test; exact span+type
entity F1 (conlleval) on ned.testb and eng.testb; and tokens per second for tagging + lemmas +
parsing + NER on one core (CPU time, median of 3 runs over the first test file of each
language).

options:
  --data DIR   corpora directory (holds ud/ and ner/)
  --json       print the scores as JSON
`;

interface EvalRow {
  lang: string;
  test: string;
  words?: number;
  upos?: number;
  lemma?: number;
  uas?: number;
  las?: number;
  nerF1?: number;
  nerPrecision?: number;
  nerRecall?: number;
  tokensPerSecond?: number;
}

function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

export async function runEvalNlp(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { data: { type: 'string' }, json: { type: 'boolean', default: false } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const dataDir = values.data ?? defaultDataDir();
  if (!existsSync(join(dataDir, 'ud'))) throw new UsageError(`no ud/ corpora in ${dataDir}`);
  const rows: EvalRow[] = [];
  for (const lang of ['nl', 'en'] as const) {
    if (!modelsPresent(lang, modelsDir())) throw new Error(`no models for ${lang} in ${modelsDir()}`);
    const corpora = CORPORA[lang];
    const syntax = loadSyntax(lang, modelsDir());
    const ner = loadEntityTagger(lang, modelsDir());
    for (const file of corpora.udTest) {
      progress(`scoring ${file}`);
      const scores = evaluateSyntax(syntax, join(dataDir, file));
      rows.push({ lang, test: file.split('/').pop()!.replace(/\.conllu$/, ''), ...scores });
    }
    progress(`scoring ${corpora.nerTest}`);
    const entities = evaluateEntities(ner, join(dataDir, corpora.nerTest));
    rows.push({
      lang,
      test: corpora.nerTest.split('/').pop()!,
      nerF1: entities.f1,
      nerPrecision: entities.precision,
      nerRecall: entities.recall,
    });
    progress(`measuring speed (${lang})`);
    rows.push({ lang, test: `speed (${corpora.udTest[0].split('/').pop()})`, tokensPerSecond: measureThroughput(syntax, ner, join(dataDir, corpora.udTest[0])) });
  }
  if (values.json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const header = ['lang', 'test set', 'UPOS', 'lemma', 'UAS', 'LAS', 'NER F1', 'tokens/s'];
  const cell = (v: number | undefined) => (v === undefined ? '' : v.toFixed(2));
  const table = [
    header,
    ...rows.map((r) => [
      r.lang,
      r.test,
      cell(r.upos),
      cell(r.lemma),
      cell(r.uas),
      cell(r.las),
      cell(r.nerF1),
      r.tokensPerSecond === undefined ? '' : String(r.tokensPerSecond),
    ]),
  ];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) {
    process.stdout.write(row.map((v, c) => (c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ') + '\n');
  }
  return 0;
}
