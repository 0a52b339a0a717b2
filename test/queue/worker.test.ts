import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Document } from '../../src/document/index.js';
import { Queue } from '../../src/queue/nats.js';
import { parseArticleMessage, runWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { doc, event } from '../store/documents.js';
import type { TestNats } from './nats-server.js';
import { hasNats, NATS_MISSING, startNats } from './nats-server.js';

if (!hasNats) console.warn(NATS_MISSING);

const article = (id: string, text: string): Article => ({ id, externalId: null, source: 'wire', url: null, title: null, text, date: '2024-05-01', lang: 'en', origin: { file: 'test' } });

/** A hand-made extraction: one ASSAULT per article, none for texts that say "calm", a failure for "broken". */
function extract(a: Article): Document {
  if (a.text.includes('broken')) throw new Error('the tagger fell over');
  return doc(a.id, a.text, 'en', a.date, a.text.includes('calm') ? [] : [event('ASSAULT', ['RUS'], ['UKR'], a.date)]);
}

describe('parseArticleMessage', () => {
  it('takes an article and says why anything else is not one', () => {
    expect(parseArticleMessage(JSON.stringify(article('a1', 'Text.')))).toEqual(article('a1', 'Text.'));
    expect(parseArticleMessage('{"id":"a2","text":"Text."}')).toEqual({ ...article('a2', 'Text.'), source: null, date: null, lang: null, origin: { file: 'queue' } });
    expect(parseArticleMessage('not json')).toBe('the message is not JSON');
    expect(parseArticleMessage('[1]')).toBe('the message is not a JSON object');
    expect(parseArticleMessage('{"text":"x"}')).toBe('the message has no article id');
    expect(parseArticleMessage('{"id":"a3","text":"  "}')).toBe('article a3 has no text');
    expect(parseArticleMessage('{"id":"a4","text":"x","date":2024}')).toBe('article a4: date is not a string');
  });
});

/** Waits half a second, then takes what the workers' consumer delivers in 3.5 seconds and prints how many. */
const OTHER_WORKER = `
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
await new Promise((r) => setTimeout(r, 500));
const nc = await connect({ servers: process.argv[1].replace('nats://', '') });
const consumer = await jetstream(nc).consumers.get('PARAAT_ARTICLES', 'paraat-workers');
let n = 0;
for await (const m of await consumer.fetch({ max_messages: 4, expires: 3500 })) n++;
console.log(n);
await nc.close();
`;

describe.skipIf(!hasNats)('a worker on the queue', () => {
  let nats: TestNats;
  let queue: Queue;
  let store: Store;

  beforeEach(async () => {
    nats = await startNats();
    queue = await Queue.open(nats.url, { ackWaitSeconds: 2 });
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'paraat-worker-')), 'w.db'));
  });

  afterEach(async () => {
    await store.close();
    await queue.close();
    await nats.stop();
  });

  it('keeps a batch slower than the ack wait its own: no article is delivered again and coded twice', async () => {
    for (let i = 0; i < 4; i++) await queue.publish(article(`slow${i}`, `Shelling ${i}.`));
    let coded = 0;
    const slowExtract = (a: Article) => {
      coded++;
      const until = performance.now() + 800;
      while (performance.now() < until);
      return extract(a);
    };
    // Another worker, in a process of its own, asks for messages once this one holds the batch: a
    // message whose ack wait ran out would be delivered to it.
    const other = spawn(process.execPath, ['--input-type=module', '-e', OTHER_WORKER, nats.url], { cwd: process.cwd() });
    let taken = '';
    other.stdout.on('data', (c) => (taken += c));
    const otherDone = new Promise((done) => other.on('exit', done));
    // Four articles at 0.8 s each take 3.2 s against an ack wait of 2 s.
    const summary = await runWorker(queue, store, slowExtract, { batch: 4, signal: AbortSignal.timeout(100) });
    await otherDone;
    expect(summary).toEqual({ stored: 4, alreadyStored: 0, events: 4, failed: 0, retried: 0 });
    expect(coded).toBe(4);
    expect(taken.trim()).toBe('0');
  });

  it('stores every published article once, acknowledges it, and stores nothing twice on redelivery', async () => {
    for (let i = 0; i < 45; i++) await queue.publish(article(`a${i}`, i % 5 === 0 ? `A calm day ${i}.` : `Shelling ${i}.`));
    expect(await queue.status()).toEqual({ pending: 45, inFlight: 0, redelivered: 0, failed: 0 });
    const first = await runWorker(queue, store, extract, { batch: 10, exitWhenEmpty: true });
    expect(first).toEqual({ stored: 45, alreadyStored: 0, events: 36, failed: 0, retried: 0 });
    // The same article again, as a redelivery would bring it (without the publisher's message id).
    await queue.publishRaw(JSON.stringify(article('a3', 'Shelling 3.')));
    const again = await runWorker(queue, store, extract, { exitWhenEmpty: true });
    expect(again).toEqual({ stored: 0, alreadyStored: 1, events: 0, failed: 0, retried: 0 });
    expect(await store.stats()).toEqual({ articles: 45, events: 36 });
    expect(await queue.status()).toEqual({ pending: 0, inFlight: 0, redelivered: 0, failed: 0 });
  });

  it('dead-letters a message that is not an article at once, and a failing extraction after the set number of tries', async () => {
    await queue.publishRaw('{"headline":"no text"}');
    await queue.publish(article('b1', 'A broken article.'));
    await queue.publish(article('b2', 'Shelling.'));
    const summary = await runWorker(queue, store, extract, { maxFailures: 2, exitWhenEmpty: true });
    expect(summary).toEqual({ stored: 1, alreadyStored: 0, events: 1, failed: 2, retried: 1 });
    expect((await queue.failed()).map(({ id, error, deliveries }) => ({ id, error, deliveries }))).toEqual([
      { id: null, error: 'the message has no article id', deliveries: 1 },
      { id: 'b1', error: 'the tagger fell over', deliveries: 2 },
    ]);
    expect(await queue.status()).toEqual({ pending: 0, inFlight: 0, redelivered: 0, failed: 2 });
    expect(await store.hasArticle('b1')).toBe(false);
  });
});
