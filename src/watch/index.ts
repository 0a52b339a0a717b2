// The feed watcher: polls each feed on its own interval with conditional requests, reads the
// pages of its new items, hands them to a sink that codes and stores them or queues them for the
// workers, and keeps per-feed state in a SQLite file (src/store/source-state.ts), so that a
// restart fetches nothing twice. A failing feed is retried
// with a doubling back-off and reported; the other feeds go on.
import { createHash } from 'node:crypto';
import { decodeText, looksBinary } from '../ingest/decode.js';
import { sniffCharset } from '../ingest/detect.js';
import { entryItem, fetchPageItem, Fetcher, FetchError, parseFeedXml } from '../ingest/index.js';
import type { FeedEntry, IngestProblem } from '../ingest/index.js';
import type { FeedState, SourceState } from '../store/source-state.js';
import { newFeedState } from '../store/source-state.js';
import type { Sink } from './sink.js';

export { ArticleSink, QueueSink } from './sink.js';
export type { Publisher, Sink } from './sink.js';

export interface WatchedFeed {
  url: string;
  /** Seconds between polls of this feed. */
  intervalSeconds: number;
}

export interface WatchOptions {
  /** Read the page of an item that holds only a summary (default true). */
  fetchPages?: boolean;
  /** First retry delay after a failure; it doubles with each failure, up to maxBackoffSeconds. */
  retrySeconds?: number;
  maxBackoffSeconds?: number;
  fetcher?: Fetcher;
  /** One line per poll and per problem. */
  log?: (line: string) => void;
  now?: () => number;
}

export interface PollResult {
  feed: string;
  status: 'new' | 'not-modified' | 'failed';
  items: number;
  newItems: number;
  stored: number;
  alreadyStored: number;
  problems: IngestProblem[];
  error?: string;
  /** When the feed is polled next (ms since the epoch). */
  nextPoll: number;
}

/** The key of a feed item across polls: its id, else its link, else a hash of what it says. */
export function itemKey(entry: FeedEntry): string {
  return entry.id ?? entry.link ?? createHash('sha256').update(`${entry.title}\u0000${entry.summary}\u0000${entry.content}`).digest('hex').slice(0, 20);
}

export class Watcher {
  private readonly fetcher: Fetcher;
  private readonly options: Required<Omit<WatchOptions, 'fetcher'>>;

  constructor(
    private readonly feeds: WatchedFeed[],
    /** Where new items go: an ArticleSink with a batch of 1 (each poll commits), or a QueueSink. */
    private readonly sink: Sink,
    private readonly state: SourceState,
    options: WatchOptions = {},
  ) {
    this.fetcher = options.fetcher ?? new Fetcher();
    this.options = {
      fetchPages: options.fetchPages ?? true,
      retrySeconds: options.retrySeconds ?? 60,
      maxBackoffSeconds: options.maxBackoffSeconds ?? 6 * 3600,
      log: options.log ?? (() => {}),
      now: options.now ?? Date.now,
    };
  }

  /** Polls one feed now: fetch (conditional), new items read, stored, state saved. */
  async poll(feed: WatchedFeed): Promise<PollResult> {
    const state = this.state.feed(feed.url) ?? newFeedState(feed.url);
    const started = new Date(this.options.now()).toISOString();
    const before = { ...this.sink.counts };
    const result: PollResult = { feed: feed.url, status: 'new', items: 0, newItems: 0, stored: 0, alreadyStored: 0, problems: [], nextPoll: 0 };
    try {
      const fetched = await this.fetcher.fetch(feed.url, { etag: state.etag, lastModified: state.lastModified });
      if (fetched.notModified) result.status = 'not-modified';
      else {
        if (looksBinary(fetched.bytes)) throw new FetchError('not a feed: the body is binary');
        const decoded = decodeText(fetched.bytes, sniffCharset(fetched.bytes, fetched.charset));
        const parsed = parseFeedXml(decoded.text, fetched.url);
        result.items = parsed.entries.length;
        for (const entry of parsed.entries) {
          const key = itemKey(entry);
          if (this.state.hasItem(feed.url, key)) continue;
          result.newItems++;
          let item = entryItem(entry, parsed, feed.url);
          if (this.options.fetchPages && item.pageUrl) item = await fetchPageItem(item.pageUrl, item, this.fetcher);
          result.problems.push(...item.problems.filter((p) => p.severity === 'error'));
          if (item.article) await this.sink.add(item.article);
          this.state.markItem(feed.url, key);
        }
        state.etag = fetched.etag;
        state.lastModified = fetched.lastModified;
      }
      state.failures = 0;
      state.lastError = null;
      state.lastSuccess = started;
    } catch (err) {
      result.status = 'failed';
      result.error = (err as Error).message.replace(`${feed.url}: `, '');
      state.failures++;
      state.lastError = result.error;
    }
    result.stored = this.sink.counts.stored - before.stored;
    result.alreadyStored = this.sink.counts.alreadyStored - before.alreadyStored;
    const delay = result.status === 'failed' ? Math.min(this.options.retrySeconds * 2 ** (state.failures - 1), this.options.maxBackoffSeconds) : feed.intervalSeconds;
    result.nextPoll = this.options.now() + delay * 1000;
    state.items += result.stored;
    state.lastPoll = started;
    state.nextPoll = new Date(result.nextPoll).toISOString();
    this.state.saveFeed(state);
    for (const p of result.problems) this.options.log(`${p.file}: ${p.severity}: ${p.message}`);
    this.options.log(pollLine(result, state, delay, this.sink.outcome));
    return result;
  }

  /** When each feed is due: as saved by an earlier run, else now. */
  private due(): Map<string, number> {
    const due = new Map<string, number>();
    for (const feed of this.feeds) {
      const saved = this.state.feed(feed.url)?.nextPoll;
      due.set(feed.url, saved ? Math.min(Date.parse(saved), this.options.now() + feed.intervalSeconds * 1000) : this.options.now());
    }
    return due;
  }

  /** Polls every feed when it is due until the signal aborts; a poll under way is finished first. */
  async run(signal: AbortSignal): Promise<void> {
    const due = this.due();
    while (!signal.aborted && due.size > 0) {
      const [url, at] = [...due.entries()].reduce((a, b) => (b[1] < a[1] ? b : a));
      const wait = at - this.options.now();
      if (wait > 0) await sleep(wait, signal);
      if (signal.aborted) break;
      const result = await this.poll(this.feeds.find((f) => f.url === url)!);
      due.set(url, result.nextPoll);
    }
  }
}

function pollLine(r: PollResult, state: FeedState, delaySeconds: number, outcome: string): string {
  const when = state.lastPoll ?? '';
  const next = `next poll in ${Math.round(delaySeconds)}s`;
  if (r.status === 'failed') return `${when} ${r.feed}: error: ${r.error} (failure ${state.failures}; ${next})`;
  if (r.status === 'not-modified') return `${when} ${r.feed}: not modified (${next})`;
  const problems = r.problems.length ? `, ${r.problems.length} refused` : '';
  return `${when} ${r.feed}: ${r.items} items, ${r.newItems} new, ${r.stored} ${outcome}, ${r.alreadyStored} already ${outcome}${problems} (${next})`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
