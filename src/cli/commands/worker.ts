import { spawn } from 'node:child_process';
import { attachAnalytics } from '../../analytics/index.js';
import { Queue } from '../../queue/nats.js';
import { DEFAULT_MAX_FAILURES, runWorker } from '../../queue/worker.js';
import { openStore } from '../../store/index.js';
import type { Article } from '../../document/index.js';
import { capEvents, DEFAULT_LIMITS } from '../../ingest/index.js';
import { parseCommandArgs, positiveInteger } from '../args.js';
import type { InputReport } from '../inputs.js';
import { reportProblem } from '../inputs.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { databasePath, pipelineConfig, queueUrl } from '../environment.js';

/** Runs `count` copies of this worker as child processes (one per core), and fails when one fails. */
async function runCopies(argv: string[], count: number): Promise<number> {
  const args = argv.filter((a, i) => a !== '--concurrency' && argv[i - 1] !== '--concurrency' && !a.startsWith('--concurrency='));
  const children = Array.from({ length: count }, () => spawn(process.execPath, [process.argv[1], 'worker', ...args], { stdio: 'inherit' }));
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const codes = await Promise.all(children.map((c) => new Promise<number>((done) => c.on('exit', (code) => done(code ?? 1)))));
  return Math.max(...codes);
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'pull articles from the queue, code their events and store them (scaling out)',
  help: `usage: paraat worker --queue nats://HOST:4222 [--db FILE|URL] [--concurrency N] [--batch N] [--max-events N]
                     [--max-failures N] [--ack-wait S] [--exit-when-empty] [--kb-extra FILE]

Takes articles that "paraat ingest --queue" published, codes them and stores each batch in one
transaction, then acknowledges its messages: a worker killed at any moment loses nothing (what it
had not acknowledged goes to another worker after --ack-wait seconds), and an article delivered
again stores nothing twice. A message whose extraction fails --max-failures times, or that is not
an article, goes to the dead letters with the error (paraat queue failed lists them). Run as many
workers as there are cores, on as many machines as share the queue and the database.

options:
  --queue URL         NATS server with JetStream (default $PARAAT_QUEUE)
  --db FILE|URL       SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
  --concurrency N     run N worker processes (default 1)
  --batch N           articles stored per transaction (default 20)
  --max-failures N    failed extractions before a message is dead-lettered (default ${DEFAULT_MAX_FAILURES})
  --ack-wait S        seconds before an unacknowledged message is redelivered (default 60)
  --exit-when-empty   stop when no message is pending or in flight
  --kb-extra FILE     extra knowledge-base file(s) of actors (repeatable)
  --max-events N      events stored per article (default ${DEFAULT_LIMITS.maxEvents}); more are dropped with a warning
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      queue: { type: 'string' },
      db: { type: 'string' },
      concurrency: { type: 'string' },
      batch: { type: 'string' },
      'max-failures': { type: 'string' },
      'ack-wait': { type: 'string' },
      'exit-when-empty': { type: 'boolean', default: false },
      'max-events': { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
    });
    const url = queueUrl(values.queue);
    if (!url) throw new UsageError('--queue nats://HOST:PORT is required (or set PARAAT_QUEUE)');
    const concurrency = positiveInteger(values.concurrency, 'concurrency', 1);
    const batch = positiveInteger(values.batch, 'batch', 20);
    const maxFailures = positiveInteger(values['max-failures'], 'max-failures', DEFAULT_MAX_FAILURES);
    const ackWait = values['ack-wait'] === undefined ? undefined : positiveInteger(values['ack-wait'], 'ack-wait', 60);
    if (concurrency > 1) return runCopies(argv, concurrency);

    const queue = await Queue.open(url, { ackWaitSeconds: ackWait });
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const store = attachAnalytics(await openStore(databasePath(values.db)));
      try {
        const { createPipeline } = await import('../../pipeline/index.js');
        const pipeline = createPipeline(pipelineConfig(values['kb-extra'] ?? []));
        const maxEvents = positiveInteger(values['max-events'], 'max-events', DEFAULT_LIMITS.maxEvents);
        const report: InputReport = { errors: 0, warnings: 0 };
        const extract = (article: Article) => {
          const doc = pipeline.process(article);
          const capped = capEvents(doc, maxEvents);
          if (capped) reportProblem(capped, report);
          return doc;
        };
        const s = await runWorker(queue, store, extract, {
          batch,
          maxFailures,
          exitWhenEmpty: values['exit-when-empty'],
          signal: controller.signal,
        });
        process.stderr.write(`worker ${process.pid}: ${s.stored} stored, ${s.alreadyStored} already stored, ${s.events} events, ${s.failed} dead-lettered → ${store.location}\n`);
      } finally {
        await store.close();
      }
    } finally {
      await queue.close();
    }
    return 0;
  },
};
