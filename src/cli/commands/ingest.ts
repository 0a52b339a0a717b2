import type { Article } from '../../document/index.js';
import { attachAnalytics } from '../../analytics/index.js';
import { isServerDatabase, openStore, shownLocation } from '../../store/index.js';
import { SourceState } from '../../store/source-state.js';
import { ArticleSink } from '../../watch/sink.js';
import { databasePath, queueUrl } from '../environment.js';
import type { ArticleLimits } from '../../ingest/index.js';
import { capEvents, DEFAULT_LIMITS } from '../../ingest/index.js';
import { articleLimits, LIMIT_OPTIONS, LIMITS_HELP, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import type { InputReport } from '../inputs.js';
import { readArticles, reportProblem, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, sourceOptions } from '../inputs.js';
import type { SourceOptions } from '../../ingest/index.js';
import { Progress } from '../progress.js';

export interface IngestOptions {
  kbExtra?: string[];
  limits?: ArticleLimits;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Where the progress bar goes (default stderr; drawn on a terminal only). */
  progress?: NodeJS.WriteStream;
  /** How to read the inputs (CSV columns, fetching feed items' pages). */
  source?: SourceOptions;
}

export interface IngestSummary {
  read: number;
  stored: number;
  alreadyStored: number;
  events: number;
  errors: number;
  warnings: number;
  seconds: number;
}

const emptySummary = (): IngestSummary => ({ read: 0, stored: 0, alreadyStored: 0, events: 0, errors: 0, warnings: 0, seconds: 0 });

/**
 * Reads, codes and stores articles; each batch is committed before it is counted as stored, and
 * an article another process stored in the meantime counts as already stored, with no events.
 */
export async function ingest(paths: string[], db: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Loaded here, not at start-up: `paraat --help` and the light commands need none of it.
  const { createPipeline } = await import('../../pipeline/index.js');
  const store = attachAnalytics(await openStore(db));
  // What live sources remember lives beside an embedded store; a server database dedupes by id alone.
  const state = isServerDatabase(db) ? null : new SourceState(db);
  const pipeline = createPipeline(pipelineConfig(options.kbExtra ?? []));
  const report: InputReport = { errors: 0, warnings: 0 };
  const code = (article: Article) => {
    const doc = pipeline.process(article);
    const capped = capEvents(doc, limits.maxEvents);
    if (capped) reportProblem(capped, report);
    return doc;
  };
  const sink = new ArticleSink(store, state, code, options.batchSize ?? 200);
  const progress = new Progress('ingest', options.progress, 'committed');
  const summary = emptySummary();
  let fraction = 0;
  try {
    const committed = () => sink.counts.stored + sink.counts.alreadyStored;
    for await (const article of readArticles(paths, report, (f) => (fraction = f), options.source ?? {}, limits)) {
      summary.read++;
      await sink.add(article);
      progress.update(committed(), fraction);
    }
    await sink.flush();
    progress.update(committed(), 1);
  } finally {
    progress.finish();
    state?.close();
    await store.close();
  }
  Object.assign(summary, sink.counts);
  summary.errors = report.errors;
  summary.warnings = report.warnings;
  summary.seconds = progress.elapsedSeconds();
  return summary;
}

/**
 * Reads articles and publishes them to the work queue for the workers to code; each is published
 * (and stored by the queue) before it is counted.
 */
export async function publish(paths: string[], url: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const { Queue } = await import('../../queue/nats.js');
  const queue = await Queue.open(url);
  const summary = emptySummary();
  const report: InputReport = { errors: 0, warnings: 0 };
  const progress = new Progress('publish', options.progress);
  let fraction = 0;
  try {
    for await (const article of readArticles(paths, report, (f) => (fraction = f), options.source ?? {}, options.limits ?? DEFAULT_LIMITS)) {
      summary.read++;
      await queue.publish(article);
      progress.update(summary.read, fraction);
    }
  } finally {
    progress.finish();
    await queue.close();
  }
  summary.errors = report.errors;
  summary.warnings = report.warnings;
  summary.seconds = progress.elapsedSeconds();
  return summary;
}

export function summaryLine(s: IngestSummary, db: string): string {
  const parts = [
    `${s.read} article${s.read === 1 ? '' : 's'} read`,
    `${s.stored} stored`,
    `${s.alreadyStored} already stored`,
    `${s.events} events`,
  ];
  if (s.errors) parts.push(`${s.errors} refused`);
  if (s.warnings) parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  return `${parts.join(', ')} → ${shownLocation(db)} (${s.seconds.toFixed(1)}s)`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles, code their events and store them in the database',
  help: `usage: paraat ingest PATH|URL... [--db FILE|URL] [--queue nats://HOST:4222] [--kb-extra FILE] [--fetch] [--FIELD-column NAME]
                     [--max-article-bytes N] [--oversize refuse|cut] [--max-events N]

Reads articles from files, folders (walked recursively: .txt, .jsonl, .ndjson, .html, .htm, .xml,
.rss, .atom, .rdf, .csv, .tsv), http(s) URLs or - for stdin, codes their events and stores
articles, events, quotes and mentions (SQLite, or PostgreSQL for a postgres:// URL).

Input formats, told apart by their content:
  plain text   optional header lines "date YYYY[-MM[-DD]]", "title: ...", "source: ...", "url: ...",
               "lang: ..." at the top, then the article text
  JSON Lines   one object a line with id, text, title, date, lang, url, source (others ignored;
               date may be null, lang may be missing)
  HTML         an article page: its main text, title, published date, author, language, canonical URL
  feeds        RSS 0.9x/1.0/2.0 and Atom 0.3/1.0: one article per item (--fetch reads the page of
               an item that holds only a summary)
  CSV/TSV      a header row, then one article a row; columns found by name (text, title, date, url,
               source, lang, author, id, or a usual alias), or given with --FIELD-column

An article's id is a hash of its text and source: ingesting it again stores nothing new.
Each batch is committed before it is reported; an interrupted run loses nothing reported stored,
and the next run skips what is already there. Bad input is reported (file, line, problem) and
the rest goes on; the exit code is 1 when anything was refused.

With --queue, the articles are published to the work queue instead, with their ids, for
"paraat worker" processes to code and store (see "Scaling out" in the README).

options:
  --queue URL      publish to this NATS JetStream server instead of coding here (default $PARAAT_QUEUE)
  --db FILE|URL    SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
  --kb-extra FILE  extra knowledge-base file(s) of actors (repeatable)
${LIMITS_HELP}
${SOURCE_OPTIONS_HELP}`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      queue: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
      ...LIMIT_OPTIONS,
      ...SOURCE_OPTIONS,
    });
    const limits = articleLimits(values);
    if (positionals.length === 0) throw new UsageError('give at least one file, folder, URL or - for stdin');
    const queue = queueUrl(values.queue);
    const options: IngestOptions = { kbExtra: values['kb-extra'] ?? [], limits, source: sourceOptions(values) };
    if (queue) {
      const summary = await publish(positionals, queue, options);
      process.stderr.write(`${summary.read} article${summary.read === 1 ? '' : 's'} read and queued${summary.errors ? `, ${summary.errors} refused` : ''} → ${queue} (${summary.seconds.toFixed(1)}s)\n`);
      return summary.errors > 0 ? 1 : 0;
    }
    const db = databasePath(values.db);
    const summary = await ingest(positionals, db, options);
    process.stderr.write(summaryLine(summary, db) + '\n');
    return summary.errors > 0 ? 1 : 0;
  },
};
