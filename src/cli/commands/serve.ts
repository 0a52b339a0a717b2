import { fileURLToPath } from 'node:url';
import { openStore, shownLocation } from '../../store/index.js';
import { databasePath } from '../environment.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { printStoredEvents } from './demo.js';
import { ingest, summaryLine } from './ingest.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web dashboard (what npm start runs, with --demo)',
  help: `usage: paraat serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--demo]

Serves the JSON API under /api (OpenAPI document at /api/openapi.json) and the web dashboard at /.
The dashboard is built with Vite first when its build is missing or out of date.

Reading needs no credentials. POST /api/articles ingests articles and requires the header
"Authorization: Bearer TOKEN" where TOKEN is the value of $PARAAT_TOKEN; without PARAAT_TOKEN set,
the server refuses every write.

options:
  --db FILE|URL SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
  --host HOST   address to listen on (default 127.0.0.1: this machine only)
  --port N      port (default 8080; 0 picks a free one)
  --demo        ingest the bundled examples/ first
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      demo: { type: 'boolean', default: false },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not "${values.port}"`);
    const db = databasePath(values.db);
    if (values.demo) {
      process.stderr.write(summaryLine(await ingest([examples], db), db) + '\n\n');
      await printStoredEvents(db);
    }
    // The server, its framework and the analytics load only when serving, not for --help.
    const { buildServer, ensureWebBuild } = await import('../../server/index.js');
    await rebuildAnalyticsIfMissing(db);
    const webRoot = await ensureWebBuild((m) => process.stderr.write(m + '\n'));
    const app = await buildServer({ dbPath: db, token: process.env.PARAAT_TOKEN || null, webRoot, pipeline: pipelineConfig() });
    const address = await app.listen({ host: values.host, port });
    process.stderr.write(
      `Paraat is serving ${shownLocation(db)}\n  dashboard: ${address}/\n  API:       ${address}/api/openapi.json\n` +
        (process.env.PARAAT_TOKEN ? '' : '  (PARAAT_TOKEN is not set: POST /api/articles is refused)\n') +
        'Press Ctrl-C to stop.\n',
    );
    await new Promise<void>((done) => {
      const stop = () => void app.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

/** A database filled before the analytics existed gets them computed once, before serving. */
async function rebuildAnalyticsIfMissing(location: string): Promise<void> {
  const { analyticsMissing, rebuildAnalytics } = await import('../../analytics/index.js');
  const store = await openStore(location);
  try {
    if (!(await analyticsMissing(store.sql))) return;
    process.stderr.write('computing the analytics for events stored before they existed…\n');
    await rebuildAnalytics(store.sql);
  } finally {
    await store.close();
  }
}
