import { openStore } from '../../store/index.js';
import { SourceState } from '../../store/source-state.js';
import { ArticleSink } from '../../watch/sink.js';
import { databasePath } from '../environment.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import type { InputReport } from '../inputs.js';
import { readArticles, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, sourceOptions } from '../inputs.js';
import type { SourceOptions } from '../../ingest/index.js';
import { Progress } from '../progress.js';

const BATCH = 200;

export interface IngestSummary {
  read: number;
  stored: number;
  alreadyStored: number;
  events: number;
  errors: number;
  warnings: number;
  seconds: number;
}

/** Reads, codes and stores articles; each batch is committed before it is counted as stored. */
export async function ingest(paths: string[], db: string, kbExtra: string[] = [], options: SourceOptions = {}): Promise<IngestSummary> {
  // Loaded here, not at start-up: `paraat --help` and the light commands need none of it.
  const { createPipeline } = await import('../../pipeline/index.js');
  const store = openStore(db);
  const state = new SourceState(db);
  const pipeline = createPipeline(pipelineConfig(kbExtra));
  const sink = new ArticleSink(store, state, (article) => pipeline.process(article), BATCH);
  const report: InputReport = { errors: 0, warnings: 0 };
  const progress = new Progress('ingest');
  const summary: IngestSummary = { read: 0, stored: 0, alreadyStored: 0, events: 0, errors: 0, warnings: 0, seconds: 0 };
  let fraction = 0;
  try {
    for await (const article of readArticles(paths, report, (f) => (fraction = f), options)) {
      summary.read++;
      await sink.add(article);
      progress.update(summary.read, fraction);
    }
    await sink.flush();
  } finally {
    progress.finish();
    state.close();
    await store.close();
  }
  Object.assign(summary, sink.counts);
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
  return `${parts.join(', ')} → ${db} (${s.seconds.toFixed(1)}s)`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles, code their events and store them in the database',
  help: `usage: paraat ingest PATH|URL... [--db FILE] [--kb-extra FILE] [--fetch] [--FIELD-column NAME]

Reads articles from files, folders (walked recursively: .txt, .jsonl, .ndjson, .html, .htm, .xml,
.rss, .atom, .rdf, .csv, .tsv), http(s) URLs or - for stdin, codes their events and stores
articles, events and quotes in SQLite.

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

options:
  --db FILE        database file (default $PARAAT_DB or ./paraat.db)
  --kb-extra FILE  extra knowledge-base file(s) of actors (repeatable)
${SOURCE_OPTIONS_HELP}
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
      ...SOURCE_OPTIONS,
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, folder, URL or - for stdin');
    const db = databasePath(values.db);
    const summary = await ingest(positionals, db, values['kb-extra'] ?? [], sourceOptions(values));
    process.stderr.write(summaryLine(summary, db) + '\n');
    return summary.errors > 0 ? 1 : 0;
  },
};
