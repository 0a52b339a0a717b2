import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import type { Consumer, JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Article } from '../document/index.js';

/**
 * The work queue on NATS JetStream: articles wait in a work-queue stream (a message leaves it when
 * a worker acknowledges it), one durable pull consumer shares them among the workers, and what
 * fails extraction too often is kept in a dead-letter stream with its error.
 */
export const ARTICLES_STREAM = 'PARAAT_ARTICLES';
export const ARTICLES_SUBJECT = 'paraat.articles';
export const FAILED_STREAM = 'PARAAT_FAILED';
export const FAILED_SUBJECT = 'paraat.failed';
export const WORKERS = 'paraat-workers';

export interface QueueOptions {
  /** Seconds a worker has to acknowledge a message before it goes to another worker. */
  ackWaitSeconds?: number;
}

export interface QueueStatus {
  /** Waiting for a worker. */
  pending: number;
  /** Delivered to a worker, not yet acknowledged. */
  inFlight: number;
  /** Of those in flight, how many were delivered before (a worker died, or extraction failed and is retried). */
  redelivered: number;
  /** In the dead-letter stream. */
  failed: number;
}

/** A message that failed: the article id when it had one, why, and after how many deliveries. */
export interface DeadLetter {
  id: string | null;
  error: string;
  deliveries: number;
  failedAt: string;
  /** The message as it was published. */
  data: string;
}

/** Seconds to wait for the queue before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5000;
const NANOS_PER_SECOND = 1_000_000_000;
const NANOS_PER_MS = 1_000_000;

export class Queue {
  /** Milliseconds a delivered message may stay unacknowledged before it goes to another worker. */
  ackWaitMs = 60_000;

  private constructor(
    readonly url: string,
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
  ) {}

  /** Connects and makes sure the streams and the workers' consumer exist. */
  static async open(url: string, options: QueueOptions = {}): Promise<Queue> {
    let nc: NatsConnection | null = null;
    try {
      const servers = url.replace(/^nats:\/\//i, '');
      nc = await connect({ servers, timeout: CONNECT_TIMEOUT_MS, maxReconnectAttempts: 0 });
      const jsm = await jetstreamManager(nc, { timeout: CONNECT_TIMEOUT_MS });
      const queue = new Queue(url, nc, jetstream(nc), jsm);
      await queue.ensureStreams(options);
      return queue;
    } catch (err) {
      await nc?.close().catch(() => undefined);
      throw new Error(`cannot use the queue ${url}: ${(err as Error).message}`);
    }
  }

  private async ensureStreams(options: QueueOptions): Promise<void> {
    const streams = await this.jsm.streams.names().next();
    if (!streams.includes(ARTICLES_STREAM)) {
      await this.jsm.streams.add({ name: ARTICLES_STREAM, subjects: [ARTICLES_SUBJECT], retention: RetentionPolicy.Workqueue, storage: StorageType.File });
    }
    if (!streams.includes(FAILED_STREAM)) {
      await this.jsm.streams.add({ name: FAILED_STREAM, subjects: [FAILED_SUBJECT], retention: RetentionPolicy.Limits, storage: StorageType.File });
    }
    const ackWait = (options.ackWaitSeconds ?? 60) * NANOS_PER_SECOND;
    const existing = await this.jsm.consumers.info(ARTICLES_STREAM, WORKERS).catch(() => null);
    if (!existing) {
      await this.jsm.consumers.add(ARTICLES_STREAM, {
        durable_name: WORKERS,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: ackWait,
        max_ack_pending: 1000,
      });
    } else if (options.ackWaitSeconds !== undefined && existing.config.ack_wait !== ackWait) {
      await this.jsm.consumers.update(ARTICLES_STREAM, WORKERS, { ack_wait: ackWait });
    }
    this.ackWaitMs = (options.ackWaitSeconds === undefined ? (existing?.config.ack_wait ?? ackWait) : ackWait) / NANOS_PER_MS;
  }

  /** Publishes an article; its id is the message id, so a second publish within minutes is dropped. */
  async publish(article: Article): Promise<void> {
    await this.js.publish(ARTICLES_SUBJECT, JSON.stringify(article), { msgID: article.id });
  }

  /** Publishes raw bytes, for tests of what workers do with a message that is not an article. */
  async publishRaw(data: string): Promise<void> {
    await this.js.publish(ARTICLES_SUBJECT, data);
  }

  consumer(): Promise<Consumer> {
    return this.js.consumers.get(ARTICLES_STREAM, WORKERS);
  }

  async deadLetter(letter: DeadLetter): Promise<void> {
    await this.js.publish(FAILED_SUBJECT, JSON.stringify(letter));
  }

  async status(): Promise<QueueStatus> {
    const consumer = await this.jsm.consumers.info(ARTICLES_STREAM, WORKERS);
    const failed = await this.jsm.streams.info(FAILED_STREAM);
    return {
      pending: consumer.num_pending,
      inFlight: consumer.num_ack_pending,
      redelivered: consumer.num_redelivered,
      failed: failed.state.messages,
    };
  }

  /** The dead letters, oldest first. */
  async failed(): Promise<DeadLetter[]> {
    const info = await this.jsm.streams.info(FAILED_STREAM);
    const letters: DeadLetter[] = [];
    for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
      const message = await this.jsm.streams.getMessage(FAILED_STREAM, { seq }).catch(() => null);
      if (message) letters.push(message.json<DeadLetter>());
    }
    return letters;
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}

export function isQueueUrl(url: string): boolean {
  return /^nats:\/\//i.test(url);
}
