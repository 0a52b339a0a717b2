// Where read articles go to be coded and stored, each at most once: an article is known again by
// its id, its canonical URL or its normalised text (src/ingest/identity.ts), in this run or an
// earlier one; documents are committed in batches, and only what is committed counts as stored.
import type { Article, Document } from '../document/index.js';
import { articleKeys } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { SourceState } from '../store/source-state.js';

export interface SinkCounts {
  stored: number;
  alreadyStored: number;
  events: number;
}

export class ArticleSink {
  readonly counts: SinkCounts = { stored: 0, alreadyStored: 0, events: 0 };
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
