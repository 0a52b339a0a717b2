import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openStore, shownLocation } from '../../store/index.js';
import { databasePath } from '../environment.js';
import { articleLimits, positiveInteger, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { printStoredEvents } from './demo.js';
import { ingest, summaryLine } from './ingest.js';
import { DEFAULT_BODY_BYTES, DEFAULT_LIMITS, isUrl } from '../../ingest/index.js';
import { isLoopback } from '../../server/hosts.js';
import { runWatcher } from './watch.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web dashboard (what npm start runs, with --demo)',
  help: `usage: paraat serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--allow-host NAME]... [--demo] [--watch FEEDS]
                    [--max-body-bytes N] [--max-article-bytes N] [--max-events N]

Serves the JSON API under /api (OpenAPI document at /api/openapi.json) and the web dashboard at /.
The dashboard is built with Vite first when its build is missing or out of date.

Reading needs no credentials. POST /api/articles ingests articles and requires the header
"Authorization: Bearer TOKEN" where TOKEN is the value of $PARAAT_TOKEN; without PARAAT_TOKEN set,
the server refuses every write.

Every response carries a Content-Security-Policy (no inline script, no framing), nosniff and
no-referrer headers. Requests must name the server by an allowed host: localhost, 127.0.0.1 or
::1, the --host address (a wildcard such as 0.0.0.0 allows this machine's name and addresses) and
every --allow-host name; others get a 403, so that a web page cannot reach the API through DNS
rebinding. Listening beyond this machine prints a warning: anyone who can reach it can read.

options:
  --db FILE|URL SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
  --host HOST   address to listen on (default 127.0.0.1: this machine only)
  --port N      port (default 8080; 0 picks a free one)
  --allow-host NAME      a further host name requests may use, e.g. behind a proxy (repeatable)
  --max-body-bytes N     largest request body (default ${DEFAULT_BODY_BYTES}: 10 MB); larger gets a 413
  --max-article-bytes N  longest posted article text (default ${DEFAULT_LIMITS.maxArticleBytes}: 1 MB); longer gets a 413
  --max-events N         events stored per article (default ${DEFAULT_LIMITS.maxEvents}); more are dropped with a warning
  --demo        ingest the bundled examples/ first
  --watch FEEDS run the feed watcher beside the server (a feed URL or a feeds file as for
                "paraat watch --feeds"; repeatable); GET /api/feeds shows each feed's state
  --interval T  time between polls of a watched feed (default 15m)
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      demo: { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      'max-body-bytes': { type: 'string' },
      'max-article-bytes': { type: 'string' },
      'max-events': { type: 'string' },
      watch: { type: 'string', multiple: true },
      interval: { type: 'string' },
    });
    const limits = articleLimits(values);
    const bodyLimit = positiveInteger(values['max-body-bytes'], 'max-body-bytes', DEFAULT_BODY_BYTES);
    const watchArgs = (values.watch ?? []).flatMap((w) => (isUrl(w) ? [w] : ['--feeds', w]));
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
    const allowedHosts = [...hostNamesOf(values.host), ...(values['allow-host'] ?? [])];
    const app = await buildServer({ dbPath: db, token: process.env.PARAAT_TOKEN || null, webRoot, pipeline: pipelineConfig(), allowedHosts, limits, bodyLimit });
    await app.listen({ host: values.host, port });
    const actualPort = (app.server.address() as AddressInfo).port;
    process.stderr.write(`Paraat is serving ${shownLocation(db)}\n${servingMessage(values.host, actualPort, Boolean(process.env.PARAAT_TOKEN))}Press Ctrl-C to stop.\n`);
    const watching = new AbortController();
    const watcher = watchArgs.length ? runWatcher([...watchArgs, '--db', db, ...(values.interval ? ['--interval', values.interval] : [])], watching.signal) : null;
    await new Promise<void>((done) => {
      const stop = () => {
        watching.abort();
        void Promise.all([app.close(), watcher]).then(() => done());
      };
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

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** The external IPv4 and IPv6 addresses of this machine. */
function machineAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal)
    .map((a) => a!.address);
}

/** The host names requests may use for a listening address: a wildcard means every name of this machine. */
export function hostNamesOf(host: string, addresses: string[] = machineAddresses(), name: string = hostname()): string[] {
  return WILDCARDS.has(host) ? [name, ...addresses] : [host];
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * The addresses to open, as URLs a browser can use (a wildcard is not one: the loopback and each
 * of the machine's addresses are), and a warning when the server can be read from elsewhere.
 */
export function servingMessage(host: string, port: number, tokenSet: boolean, addresses: string[] = machineAddresses()): string {
  const hosts = WILDCARDS.has(host) ? ['127.0.0.1', ...addresses.filter((a) => !a.includes(':'))] : [host];
  const urls = hosts.map((h) => `http://${urlHost(h)}:${port}`);
  const lines = [`  dashboard: ${urls.map((u) => `${u}/`).join('  ')}`, `  API:       ${urls[0]}/api/openapi.json`];
  if (!isLoopback(host)) {
    lines.push(`warning: listening on ${host || 'every address'}, beyond this machine: anyone who can reach it can read every stored article and event`);
  }
  if (!tokenSet) lines.push('  (PARAAT_TOKEN is not set: POST /api/articles is refused)');
  return lines.join('\n') + '\n';
}
