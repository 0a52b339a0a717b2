import { writeFileSync } from 'node:fs';
import { crossValidate, formatReport, goldArticle, labelDocument, readGold, score } from '../../eval/index.js';
import type { DraftEvent } from '../../events/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import { Progress } from '../progress.js';

async function evalEvents(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    gold: { type: 'string' },
    json: { type: 'boolean' },
    'pred-out': { type: 'string' },
    'kb-extra': { type: 'string', multiple: true },
    folds: { type: 'string' },
    train: { type: 'string', multiple: true },
  });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const folds = values.folds === undefined ? null : Number(values.folds);
  if (folds !== null && !(Number.isInteger(folds) && folds >= 2 && folds <= 20)) throw new UsageError(`--folds must be a whole number from 2 to 20, not "${values.folds}"`);
  const gold = readGold(values.gold);
  const { createPipeline, documentRecord } = await import('../../pipeline/index.js');
  // Cross-validation trains its own decision models on the other folds: it reads the candidates undecided.
  const pipeline = createPipeline({ ...pipelineConfig(values['kb-extra'] ?? []), decision: folds === null });
  const progress = new Progress('eval');
  const drafts = gold.map((): DraftEvent[] => []);
  const docs = gold.map((doc, i) => {
    const coded = pipeline.process(goldArticle(doc, values.gold!), undefined, drafts[i]);
    progress.update(i + 1, (i + 1) / gold.length);
    return coded;
  });
  progress.finish();
  if (values.train && folds === null) throw new UsageError('--train FILE adds training documents to a cross-validation: give --folds N');
  if (folds !== null) {
    const labelled = gold.map((g, i) => labelDocument(g, docs[i], drafts[i]));
    for (const file of values.train ?? []) {
      for (const g of readGold(file)) {
        const trainDrafts: DraftEvent[] = [];
        labelled.push(labelDocument(g, pipeline.process(goldArticle(g, file), undefined, trainDrafts), trainDrafts, false));
      }
    }
    const kept = crossValidate(labelled, folds);
    labelled.forEach((d, i) => {
      if (d.target) docs[i].events = kept.get(d) ?? [];
    });
  }
  const predictions = docs.map((doc, i) => ({ ...documentRecord(doc), id: gold[i].id }));
  if (values['pred-out']) writeFileSync(values['pred-out'], predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const report = score(gold, predictions);
  process.stdout.write((values.json ? JSON.stringify(report, null, 1) : formatReport(report)) + '\n');
  return 0;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'measure extraction against gold data (eval events) or the language models (eval nlp)',
  help: `usage: paraat eval events --gold FILE [--folds N [--train FILE]...] [--json] [--pred-out FILE] [--kb-extra FILE]
       paraat eval nlp [--data DIR] [--json]

eval events   runs extraction on the documents of a gold JSON Lines file (format of EVAL.md)
              and prints type-level and full P/R/F1 overall, per type and per language, and the
              modality accuracy: the same numbers as ../shared/eval/score.py on the same files.
              --pred-out FILE also writes the predictions, one document a line.
              --folds N cross-validates the learned decision over documents: the documents are
              dealt into N folds, and each fold's candidates are decided by a model trained on
              the other folds (its threshold chosen by an inner cross-validation). The only
              honest score on a set the shipped model was trained on. --train FILE adds the
              documents of another gold file to every fold's training (a document whose text
              is in the test fold stays out), as \`paraat train events --train\` does.
eval nlp      scores the tagger, lemmatiser, parser and entity recogniser on the test sets.
`,
  async run(argv) {
    const [what, ...rest] = argv;
    if (what === 'events') return evalEvents(rest);
    if (what === 'nlp') {
      const { runEvalNlp } = await import('./eval-nlp.js');
      return runEvalNlp(rest);
    }
    throw new UsageError(`say what to evaluate: "events" or "nlp"${what ? `, not "${what}"` : ''}`);
  },
};
