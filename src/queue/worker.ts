import type { JsMsg } from '@nats-io/jetstream';
import type { Article, Document } from '../document/index.js';
import type { Store } from '../store/index.js';
import type { Queue } from './nats.js';

export interface WorkerOptions {
  /** Messages taken, extracted and stored together, in one transaction. */
  batch?: number;
  /** Deliveries whose extraction failed before a message goes to the dead letters. */
  maxFailures?: number;
  /** Stop once nothing is pending or in flight (for batch jobs and tests); else run until stopped. */
  exitWhenEmpty?: boolean;
  /** Aborting stops the worker after the batch in hand is stored and acknowledged. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  stored: number;
  alreadyStored: number;
  events: number;
  failed: number;
  retried: number;
}

export const DEFAULT_MAX_FAILURES = 3;

/** The article in a message, or why the message is not one. */
export function parseArticleMessage(data: string): Article | string {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return 'the message is not JSON';
  }
  const a = value as Partial<Article> | null;
  if (!a || typeof a !== 'object' || Array.isArray(a)) return 'the message is not a JSON object';
  if (typeof a.id !== 'string' || a.id === '') return 'the message has no article id';
  if (typeof a.text !== 'string' || a.text.trim() === '') return `article ${a.id} has no text`;
  const optional = ['externalId', 'source', 'url', 'title', 'date', 'lang'] as const;
  const wrong = optional.find((k) => a[k] !== undefined && a[k] !== null && typeof a[k] !== 'string');
  if (wrong) return `article ${a.id}: ${wrong} is not a string`;
  return {
    id: a.id,
    externalId: a.externalId ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    title: a.title ?? null,
    text: a.text,
    date: a.date ?? null,
    lang: a.lang ?? null,
    origin: a.origin && typeof a.origin.file === 'string' ? a.origin : { file: 'queue' },
  };
}

/**
 * Pulls articles from the queue, extracts their events and stores each batch in one transaction,
 * acknowledging the messages only after the commit: a worker killed at any moment leaves its
 * messages unacknowledged, and they come back to a worker. Ids are content hashes, so an article
 * delivered again is recognised and stored nothing twice.
 */
export async function runWorker(queue: Queue, store: Store, extract: (article: Article) => Document, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const batch = options.batch ?? 20;
  const maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
  const summary: WorkerSummary = { stored: 0, alreadyStored: 0, events: 0, failed: 0, retried: 0 };
  const consumer = await queue.consumer();
  while (!options.signal?.aborted) {
    // The batch is taken whole before coding it: coding holds the event loop, and a fetch still
    // open meanwhile would miss its heartbeats.
    const messages: JsMsg[] = [];
    for await (const message of await consumer.fetch({ max_messages: batch, expires: 1000 })) messages.push(message);
    const done: JsMsg[] = [];
    const docs: Document[] = [];
    let signalled = performance.now();
    for (const [index, message] of messages.entries()) {
      // A batch that takes longer than the ack wait would be delivered again to another worker and
      // coded twice: the messages still in hand tell the server they are being worked on.
      if (performance.now() - signalled > queue.ackWaitMs / 2) {
        for (const held of [...done, ...messages.slice(index)]) held.working();
        signalled = performance.now();
      }
      const article = parseArticleMessage(message.string());
      if (typeof article === 'string') {
        await deadLetter(queue, message, null, article, summary);
        continue;
      }
      if (docs.some((d) => d.article.id === article.id) || (await store.hasArticle(article.id))) {
        summary.alreadyStored++;
        done.push(message);
        continue;
      }
      try {
        docs.push(extract(article));
        done.push(message);
      } catch (err) {
        const reason = (err as Error).message || String(err);
        if (message.info.deliveryCount >= maxFailures) {
          await deadLetter(queue, message, article.id, reason, summary);
        } else {
          summary.retried++;
          message.nak(1000);
        }
      }
    }
    if (done.length > 0) {
      let stored: Set<string>;
      try {
        stored = new Set(await store.saveDocuments(docs));
      } catch (err) {
        // Nothing was committed: the messages go back at once, and this worker stops with the reason.
        for (const message of done) message.nak();
        throw err;
      }
      // An article another worker committed in the meantime is already stored, its events not counted here.
      summary.stored += stored.size;
      summary.alreadyStored += docs.length - stored.size;
      summary.events += docs.reduce((n, d) => n + (stored.has(d.article.id) ? d.events.length : 0), 0);
      for (const message of done) await message.ackAck();
    } else if (options.exitWhenEmpty) {
      const status = await queue.status();
      if (status.pending === 0 && status.inFlight === 0) break;
    }
  }
  return summary;
}

/** Keeps the message with its reason in the dead letters, then ends its delivery for good. */
async function deadLetter(queue: Queue, message: JsMsg, id: string | null, error: string, summary: WorkerSummary): Promise<void> {
  await queue.deadLetter({ id, error, deliveries: message.info.deliveryCount, failedAt: new Date().toISOString(), data: message.string() });
  // No reason with the term: servers before 2.10 ignore a term that carries one.
  message.term();
  summary.failed++;
}
