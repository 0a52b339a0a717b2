import type { Article, Document } from '../../document/index.js';
import { attachAnalytics } from '../../analytics/index.js';
import { openStore, shownLocation } from '../../store/index.js';
import { databasePath, queueUrl } from '../environment.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import type { InputReport } from '../inputs.js';
import { readArticles } from '../inputs.js';
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

const emptySummary = (): IngestSummary => ({ read: 0, stored: 0, alreadyStored: 0, events: 0, errors: 0, warnings: 0, seconds: 0 });

/** Reads every article and hands it to `take`, counting what was read, refused and warned about. */
async function eachArticle(paths: string[], label: string, summary: IngestSummary, take: (article: Article) => Promise<void>): Promise<void> {
  const report: InputReport = { errors: 0, warnings: 0 };
  const progress = new Progress(label);
  let fraction = 0;
  try {
    for await (const article of readArticles(paths, report, (f) => (fraction = f))) {
      summary.read++;
      await take(article);
      progress.update(summary.read, fraction);
    }
  } finally {
    progress.finish();
  }
  summary.errors = report.errors;
  summary.warnings = report.warnings;
  summary.seconds = progress.elapsedSeconds();
}

/** Reads, codes and stores articles; each batch is committed before it is counted as stored. */
export async function ingest(paths: string[], db: string, kbExtra: string[] = []): Promise<IngestSummary> {
  // Loaded here, not at start-up: `paraat --help` and the light commands need none of it.
  const { createPipeline } = await import('../../pipeline/index.js');
  const store = attachAnalytics(await openStore(db));
  const pipeline = createPipeline(pipelineConfig(kbExtra));
  const summary = emptySummary();
  let batch: Document[] = [];
  const seen = new Set<string>();
  const flush = async () => {
    if (batch.length === 0) return;
    summary.stored += await store.saveDocuments(batch);
    summary.events += batch.reduce((n, d) => n + d.events.length, 0);
    batch = [];
  };
  try {
    await eachArticle(paths, 'ingest', summary, async (article) => {
      if (seen.has(article.id) || (await store.hasArticle(article.id))) {
        summary.alreadyStored++;
        return;
      }
      seen.add(article.id);
      batch.push(pipeline.process(article));
      if (batch.length >= BATCH) await flush();
    });
    await flush();
  } finally {
    await store.close();
  }
  return summary;
}

/**
 * Reads articles and publishes them to the work queue for the workers to code; each is published
 * (and stored by the queue) before it is counted.
 */
export async function publish(paths: string[], url: string): Promise<IngestSummary> {
  const { Queue } = await import('../../queue/nats.js');
  const queue = await Queue.open(url);
  const summary = emptySummary();
  try {
    await eachArticle(paths, 'publish', summary, (article) => queue.publish(article));
  } finally {
    await queue.close();
  }
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
  help: `usage: paraat ingest PATH... [--db FILE|URL] [--queue nats://HOST:4222] [--kb-extra FILE]

Reads articles from files, folders (walked recursively: .txt, .jsonl, .ndjson) or - for stdin,
codes their events and stores articles, events, quotes and mentions (SQLite, or PostgreSQL
for a postgres:// URL).

Input formats:
  plain text   optional header lines "date YYYY[-MM[-DD]]", "title: ...", "source: ...", "url: ...",
               "lang: ..." at the top, then the article text
  JSON Lines   one object a line with id, text, title, date, lang, url, source (others ignored;
               date may be null, lang may be missing)

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
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      queue: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, folder or - for stdin');
    const queue = queueUrl(values.queue);
    if (queue) {
      const summary = await publish(positionals, queue);
      process.stderr.write(`${summary.read} article${summary.read === 1 ? '' : 's'} read and queued${summary.errors ? `, ${summary.errors} refused` : ''} → ${queue} (${summary.seconds.toFixed(1)}s)\n`);
      return summary.errors > 0 ? 1 : 0;
    }
    const db = databasePath(values.db);
    const summary = await ingest(positionals, db, values['kb-extra'] ?? []);
    process.stderr.write(summaryLine(summary, db) + '\n');
    return summary.errors > 0 ? 1 : 0;
  },
};
