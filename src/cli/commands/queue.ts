import { Queue } from '../../queue/nats.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { queueUrl } from '../environment.js';

export const queueCommand: Command = {
  name: 'queue',
  summary: 'show the work queue: pending, in flight, redelivered and failed articles',
  help: `usage: paraat queue status|failed [--queue nats://HOST:4222] [--format table|json]

status   how many articles wait for a worker (pending), are being coded (in flight: delivered,
         not yet acknowledged), were delivered more than once (redelivered) and were given up
         (failed: in the dead letters)
failed   the dead letters: article id, deliveries and the error, oldest first

options:
  --queue URL   NATS server with JetStream (default $PARAAT_QUEUE)
  --format F    table (default) or json
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { queue: { type: 'string' }, format: { type: 'string', default: 'table' } });
    const action = positionals[0];
    if (positionals.length !== 1 || (action !== 'status' && action !== 'failed')) throw new UsageError('the actions are "status" and "failed"');
    if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`--format must be table or json, not "${values.format}"`);
    const url = queueUrl(values.queue);
    if (!url) throw new UsageError('--queue nats://HOST:PORT is required (or set PARAAT_QUEUE)');
    const queue = await Queue.open(url);
    try {
      if (action === 'status') {
        const s = await queue.status();
        process.stdout.write(
          values.format === 'json'
            ? JSON.stringify(s) + '\n'
            : `pending      ${s.pending}\nin flight    ${s.inFlight}\nredelivered  ${s.redelivered}\nfailed       ${s.failed}\n`,
        );
      } else {
        const letters = await queue.failed();
        if (values.format === 'json') process.stdout.write(JSON.stringify(letters) + '\n');
        else for (const l of letters) process.stdout.write(`${l.id ?? '(no id)'}\t${l.deliveries} deliveries\t${l.failedAt}\t${l.error}\n`);
      }
    } finally {
      await queue.close();
    }
    return 0;
  },
};
