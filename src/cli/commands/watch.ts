import { readFileSync } from 'node:fs';
import { isUrl } from '../../ingest/index.js';
import { attachAnalytics } from '../../analytics/index.js';
import { isServerDatabase, openStore } from '../../store/index.js';
import { SourceState } from '../../store/source-state.js';
import type { WatchedFeed } from '../../watch/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { databasePath, pipelineConfig, queueUrl } from '../environment.js';

const DEFAULT_INTERVAL = '15m';

/** "90", "90s", "15m", "2h" as seconds. */
export function intervalSeconds(value: string, where: string): number {
  const m = /^(\d+)\s*(s|m|h)?$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new UsageError(`${where}: interval "${value}" is not a number of seconds, minutes (15m) or hours (1h)`);
  return Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
}

/** The feeds of a feeds file: "URL [INTERVAL]" a line, # starts a comment. */
export function feedsOfFile(file: string, interval: number): WatchedFeed[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--feeds ${file}: no such file`);
  }
  const feeds: WatchedFeed[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    const [url, own] = line.replace(/#.*$/, '').trim().split(/\s+/);
    if (url) feeds.push({ url, intervalSeconds: own ? intervalSeconds(own, `${file}:${i + 1}`) : interval });
  });
  return feeds;
}

function watchOptions(argv: string[]) {
  const { values, positionals } = parseCommandArgs(argv, {
    feeds: { type: 'string', multiple: true },
    interval: { type: 'string' },
    db: { type: 'string' },
    state: { type: 'string' },
    queue: { type: 'string' },
    'summaries-only': { type: 'boolean' },
    'kb-extra': { type: 'string', multiple: true },
  });
  const interval = intervalSeconds(values.interval ?? DEFAULT_INTERVAL, '--interval');
  const feeds = [positionals.map((url) => ({ url, intervalSeconds: interval })), ...(values.feeds ?? []).map((file) => feedsOfFile(file, interval))].flat();
  for (const feed of feeds) if (!isUrl(feed.url)) throw new UsageError(`"${feed.url}" is not an http(s) URL`);
  if (feeds.length === 0) throw new UsageError('give at least one feed URL, or --feeds FILE');
  statePath(values.state, databasePath(values.db));
  return { values, feeds: [...new Map(feeds.map((f) => [f.url, f])).values()] };
}

/**
 * The SQLite file of the feed state: --state, else the database when that is a SQLite file (the
 * state's tables sit beside the store's). A server database has no room for it.
 */
function statePath(state: string | undefined, db: string): string {
  if (state) return state;
  if (isServerDatabase(db)) throw new UsageError('the watcher keeps its feed state in a SQLite file: with a server database give --state FILE');
  return db;
}

/** Runs the watcher of these command-line arguments until the signal aborts (also for serve --watch). */
export async function runWatcher(argv: string[], signal: AbortSignal): Promise<void> {
  const { values, feeds } = watchOptions(argv);
  const queue = queueUrl(values.queue);
  const db = databasePath(values.db);
  const state = new SourceState(statePath(values.state, db));
  const { Watcher, ArticleSink, QueueSink } = await import('../../watch/index.js');
  const close: (() => Promise<void>)[] = [async () => state.close()];
  try {
    let sink;
    if (queue) {
      const { Queue } = await import('../../queue/nats.js');
      const published = await Queue.open(queue);
      close.unshift(() => published.close());
      sink = new QueueSink(published, state);
    } else {
      const { createPipeline } = await import('../../pipeline/index.js');
      const store = attachAnalytics(await openStore(db));
      close.unshift(() => store.close());
      const pipeline = createPipeline(pipelineConfig(values['kb-extra'] ?? []));
      sink = new ArticleSink(store, state, (a) => pipeline.process(a), 1);
    }
    process.stderr.write(`watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} → ${queue ?? db} (Ctrl-C stops)\n`);
    const watcher = new Watcher(feeds, sink, state, {
      fetchPages: !values['summaries-only'],
      log: (line) => process.stderr.write(line + '\n'),
    });
    await watcher.run(signal);
  } finally {
    for (const done of close) await done();
  }
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll feeds, read their new items\' pages, code and store them, or queue them (Ctrl-C stops)',
  help: `usage: paraat watch FEED_URL... [--feeds FILE] [--interval 15m] [--db FILE|URL] [--state FILE] [--queue nats://HOST:4222] [--summaries-only]

Polls each feed on its own interval with conditional requests (ETag, Last-Modified), reads the
page of every new item that holds only a summary, codes the articles and stores them. Each feed's
validators, health and the items already taken are kept in a SQLite file, so a restart fetches
nothing twice. A feed that fails is retried after 1, 2, 4 ... minutes (at most 6 hours) and
reported; the others go on. One line per poll on stderr; Ctrl-C stops after the poll under way.

With --queue, the new articles are published to the work queue instead, with their ids, for
\`paraat worker\` to code and store (as \`paraat ingest --queue\` does); nothing is coded here.

The feed state is kept in the database when that is a SQLite file, else (a PostgreSQL database)
in the SQLite file --state FILE, which one watcher keeps for itself.

options:
  --feeds FILE        a file of feeds, one "URL [INTERVAL]" a line (# starts a comment)
  --interval T        time between polls of a feed: 90s, 15m, 1h (default ${DEFAULT_INTERVAL})
  --db FILE|URL       database: a SQLite file or postgres://... (default $PARAAT_DB or ./paraat.db)
  --state FILE        SQLite file of the feed state (default: the database, when a SQLite file)
  --queue URL         publish to this NATS JetStream server instead of coding here (default $PARAAT_QUEUE)
  --summaries-only    store the items' summaries without reading their pages
  --kb-extra FILE     extra knowledge-base file(s) of actors (repeatable)
`,
  async run(argv) {
    // Usage errors first, before the pipeline loads.
    watchOptions(argv);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await runWatcher(argv, stop.signal);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    process.stderr.write('stopped\n');
    return 0;
  },
};
