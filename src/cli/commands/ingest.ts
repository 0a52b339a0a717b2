import type { Document } from '../../document/index.js';
import { attachAnalytics } from '../../analytics/index.js';
import { openStore } from '../../store/index.js';
import { databasePath } from '../environment.js';
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

/** Reads, codes and stores articles; each batch is committed before it is counted as stored. */
export async function ingest(paths: string[], db: string, kbExtra: string[] = []): Promise<IngestSummary> {
  // Loaded here, not at start-up: `paraat --help` and the light commands need none of it.
  const { createPipeline } = await import('../../pipeline/index.js');
  const store = attachAnalytics(await openStore(db));
  const pipeline = createPipeline(pipelineConfig(kbExtra));
  const report: InputReport = { errors: 0, warnings: 0 };
  const progress = new Progress('ingest');
  const summary: IngestSummary = { read: 0, stored: 0, alreadyStored: 0, events: 0, errors: 0, warnings: 0, seconds: 0 };
  let batch: Document[] = [];
  const seen = new Set<string>();
  let fraction = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    summary.stored += await store.saveDocuments(batch);
    summary.events += batch.reduce((n, d) => n + d.events.length, 0);
    batch = [];
  };
  try {
    for await (const article of readArticles(paths, report, (f) => (fraction = f))) {
      summary.read++;
      if (seen.has(article.id) || (await store.hasArticle(article.id))) {
        summary.alreadyStored++;
      } else {
        seen.add(article.id);
        batch.push(pipeline.process(article));
        if (batch.length >= BATCH) await flush();
      }
      progress.update(summary.read, fraction);
    }
    await flush();
  } finally {
    progress.finish();
    await store.close();
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
  return `${parts.join(', ')} → ${db} (${s.seconds.toFixed(1)}s)`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles, code their events and store them in the database',
  help: `usage: paraat ingest PATH... [--db FILE] [--kb-extra FILE]

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

options:
  --db FILE|URL    SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
  --kb-extra FILE  extra knowledge-base file(s) of actors (repeatable)
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, folder or - for stdin');
    const db = databasePath(values.db);
    const summary = await ingest(positionals, db, values['kb-extra'] ?? []);
    process.stderr.write(summaryLine(summary, db) + '\n');
    return summary.errors > 0 ? 1 : 0;
  },
};
