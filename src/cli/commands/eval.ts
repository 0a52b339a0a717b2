import { writeFileSync } from 'node:fs';
import { formatReport, goldArticle, readGold, score } from '../../eval/index.js';
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
  });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const gold = readGold(values.gold);
  const { createPipeline, documentRecord } = await import('../../pipeline/index.js');
  const pipeline = createPipeline(pipelineConfig(values['kb-extra'] ?? []));
  const progress = new Progress('eval');
  const predictions = gold.map((doc, i) => {
    const record = documentRecord(pipeline.process(goldArticle(doc, values.gold!)));
    progress.update(i + 1, (i + 1) / gold.length);
    return { ...record, id: doc.id };
  });
  progress.finish();
  if (values['pred-out']) writeFileSync(values['pred-out'], predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const report = score(gold, predictions);
  process.stdout.write((values.json ? JSON.stringify(report, null, 1) : formatReport(report)) + '\n');
  return 0;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'measure extraction against gold data (eval events) or the language models (eval nlp)',
  help: `usage: paraat eval events --gold FILE [--json] [--pred-out FILE] [--kb-extra FILE]
       paraat eval nlp [--data DIR] [--json]

eval events   runs extraction on the documents of a gold JSON Lines file (format of EVAL.md)
              and prints type-level and full P/R/F1 overall, per type and per language, and the
              modality accuracy: the same numbers as ../shared/eval/score.py on the same files.
              --pred-out FILE also writes the predictions, one document a line.
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
