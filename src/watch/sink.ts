// Where read articles go, each at most once: coded and stored here (ArticleSink), or published to
// the work queue for the workers (QueueSink). An article is known again by its id, its canonical
// URL or its normalised text (src/ingest/identity.ts), in this run or an earlier one; documents are
// committed in batches, and only what is committed (or, for the queue, published) counts.
import type { Article, Document } from '../document/index.js';
import { articleKeys } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { SourceState } from '../store/source-state.js';

export interface SinkCounts {
  stored: number;
  alreadyStored: number;
  events: number;
}

/** What the watcher hands its articles to. */
export interface Sink {
  /** `stored`: articles taken (stored, or queued); `alreadyStored`: those known before. */
  readonly counts: SinkCounts;
  /** What happens to an article taken, for the poll lines: "stored" or "queued". */
  readonly outcome: string;
  /** Takes the article unless it is known already; false when it was. */
  add(article: Article): Promise<boolean>;
}

export class ArticleSink implements Sink {
  readonly counts: SinkCounts = { stored: 0, alreadyStored: 0, events: 0 };
  readonly outcome = 'stored';
  private batch: { doc: Document; keys: string[] }[] = [];
  private readonly pending = new Set<string>();

  constructor(
    private readonly store: Store,
    /** The keys of articles stored before; null where there is no such memory (a server database). */
    private readonly state: SourceState | null,
    private readonly code: (article: Article) => Document,
    private readonly batchSize = 200,
  ) {}

  /** Codes and queues the article unless it is stored or queued already; false when it was. */
  async add(article: Article): Promise<boolean> {
    const keys = articleKeys(article);
    const known = this.pending.has(article.id) || keys.some((k) => this.pending.has(k)) || (await this.store.hasArticle(article.id)) || (this.state?.articleWithKey(keys) ?? null) !== null;
    if (known) {
      this.counts.alreadyStored++;
      return false;
    }
    for (const key of [article.id, ...keys]) this.pending.add(key);
    this.batch.push({ doc: this.code(article), keys });
    if (this.batch.length >= this.batchSize) await this.flush();
    return true;
  }

  /**
   * Commits the queued documents; returns how many were new. One another process stored in the
   * meantime counts as already stored, and its events are not counted.
   */
  async flush(): Promise<number> {
    if (this.batch.length === 0) return 0;
    const batch = this.batch;
    this.batch = [];
    const stored = new Set(await this.store.saveDocuments(batch.map((b) => b.doc)));
    for (const { doc, keys } of batch) this.state?.rememberArticle(doc.article.id, keys);
    this.counts.stored += stored.size;
    this.counts.alreadyStored += batch.length - stored.size;
    this.counts.events += batch.reduce((n, b) => n + (stored.has(b.doc.article.id) ? b.doc.events.length : 0), 0);
    return stored.size;
  }
}

/** Publishes articles to the work queue (src/queue/) instead of coding them. */
export interface Publisher {
  publish(article: Article): Promise<void>;
}

/**
 * Queues articles for the workers: an article whose canonical URL or text was queued (or stored)
 * before is skipped, and its keys are remembered once it is published, as the workers' store
 * cannot be asked for them. The queue itself drops a second publish of one id within minutes, and
 * the workers' store skips an id it has.
 */
export class QueueSink implements Sink {
  readonly counts: SinkCounts = { stored: 0, alreadyStored: 0, events: 0 };
  readonly outcome = 'queued';

  constructor(
    private readonly queue: Publisher,
    private readonly state: SourceState,
  ) {}

  async add(article: Article): Promise<boolean> {
    const keys = articleKeys(article);
    if (this.state.articleWithKey(keys) !== null) {
      this.counts.alreadyStored++;
      return false;
    }
    await this.queue.publish(article);
    this.state.rememberArticle(article.id, keys);
    this.counts.stored++;
    return true;
  }
}
