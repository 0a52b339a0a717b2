import { articleLimits, LIMIT_OPTIONS, LIMITS_HELP, oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import { actorCodes, eventTable } from '../format.js';
import type { InputReport } from '../inputs.js';
import { readArticles, reportProblem, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, sourceOptions } from '../inputs.js';
import { capEvents } from '../../ingest/index.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the events of articles as JSON Lines or a table (no database)',
  help: `usage: paraat extract PATH... [--format jsonl|table] [--kb-extra FILE] [--max-article-bytes N] [--oversize refuse|cut] [--max-events N]

Codes the events of each input article and prints, per document and in input order, the JSON
object of EVAL.md: events with type, mode, CAMEO code, Goldstein score, QuadClass, actors and
recipients with codes, modality, reported_by, quantities, place, date, evidence offsets (UTF-16
code units into the text) and confidence, plus the quotes found. Nothing is stored.
Inputs are as for "paraat ingest" (files, folders, URLs, - for stdin; HTML, feeds, CSV...).

options:
  --format jsonl|table   output format (default jsonl)
  --kb-extra FILE        extra knowledge-base file(s) of actors (repeatable)
${LIMITS_HELP}
${SOURCE_OPTIONS_HELP}`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
      ...LIMIT_OPTIONS,
      ...SOURCE_OPTIONS,
    });
    const limits = articleLimits(values);
    const format = oneOf(values.format, ['jsonl', 'table'] as const, 'format', 'jsonl');
    if (positionals.length === 0) throw new UsageError('give at least one file, folder or - for stdin');
    const { createPipeline, documentRecord } = await import('../../pipeline/index.js');
    const pipeline = createPipeline(pipelineConfig(values['kb-extra'] ?? []));
    const report: InputReport = { errors: 0, warnings: 0 };
    for await (const article of readArticles(positionals, report, undefined, sourceOptions(values), limits)) {
      const doc = pipeline.process(article);
      const capped = capEvents(doc, limits.maxEvents);
      if (capped) reportProblem(capped, report);
      if (format === 'jsonl') {
        process.stdout.write(JSON.stringify(documentRecord(doc)) + '\n');
      } else {
        const title = `${doc.article.externalId ?? doc.article.id} (${doc.lang}, ${doc.article.date ?? 'no date'}): ${doc.events.length} events`;
        const rows = doc.events.map((event) => ({ event, sentence: doc.text.slice(event.evidence.start, event.evidence.end), article: doc.article.id }));
        const quotes = doc.quotes.map((q) => `  quote ${q.speakerText ?? '?'}${q.speaker ? ` (${actorCodes([q.speaker])})` : ''}: "${q.text}"`);
        process.stdout.write(`${title}\n${rows.length ? eventTable(rows) + '\n' : ''}${quotes.length ? quotes.join('\n') + '\n' : ''}\n`);
      }
    }
    return report.errors > 0 ? 1 : 0;
  },
};
