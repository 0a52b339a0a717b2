import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { attachAnalytics } from '../analytics/index.js';
import type { Article, Document } from '../document/index.js';
import type { ArticleLimits } from '../ingest/index.js';
import { capEvents, DEFAULT_BODY_BYTES, DEFAULT_LIMITS } from '../ingest/index.js';
import type { Pipeline, PipelineConfig } from '../pipeline/index.js';
import { createPipeline } from '../pipeline/index.js';
import { isServerDatabase, openStore } from '../store/index.js';
import { SourceState } from '../store/source-state.js';
import type { IngestResult, ServerContext } from './context.js';
import { HttpError } from './errors.js';
import { collectOpenApi } from './openapi.js';
import { typedParameters } from './params.js';
import { analyticsRoutes } from './routes/analytics.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { feedRoutes } from './routes/feeds.js';
import { networkRoutes } from './routes/network.js';
import { statsRoutes } from './routes/stats.js';
import { secure } from './security.js';
import { staticRoutes } from './static.js';


export interface ServerOptions {
  /** A SQLite file or a PostgreSQL URL. */
  dbPath: string;
  /** Bearer token for write endpoints; null refuses all writes. */
  token: string | null;
  /** Folder of the built web interface, or null when it is not built. */
  webRoot: string | null;
  logger?: boolean;
  /** How articles posted to the API are coded (models folder, knowledge-base files). */
  pipeline?: PipelineConfig;
  /** Host names the server answers to besides the loopback ones (the address it is served on). */
  allowedHosts?: string[];
  /** Limits per posted article (size, events); an article over the size limit is refused. */
  limits?: ArticleLimits;
  /** Largest request body in bytes (default 10 MB); a larger one gets a 413. */
  bodyLimit?: number;
}

/** Builds the HTTP server (not listening yet): API routes, OpenAPI document and the web interface. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // One connection (or pool) for the whole server: the routes, the analytics and the ingest share it.
  const store = attachAnalytics(await openStore(options.dbPath));
  // Loading the language models takes a second: only when an article is first coded or annotated.
  let pipeline: Pipeline | null = null;
  const codingPipeline = () => (pipeline ??= createPipeline(options.pipeline));
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Opened on the first request for the feeds: a server that is never asked opens no second connection.
  let sourceState: SourceState | null | undefined;
  const context: ServerContext = {
    store,
    token: options.token,
    limits,
    feeds: () => {
      sourceState ??= isServerDatabase(options.dbPath) ? null : new SourceState(options.dbPath);
      return sourceState?.feeds() ?? [];
    },
    async ingest(articles: Article[]): Promise<IngestResult> {
      const warnings: string[] = [];
      const coded = new Map<string, Document>();
      for (const article of articles) {
        if (coded.has(article.id) || (await store.hasArticle(article.id))) continue;
        const doc = codingPipeline().process(article);
        const capped = capEvents(doc, limits.maxEvents);
        if (capped) warnings.push(`article ${article.origin.line}: ${capped.message}`);
        coded.set(article.id, doc);
      }
      // An article counts as stored only when this transaction stored it, not another writer since.
      const stored = new Set(await store.saveDocuments([...coded.values()]));
      const entries = articles.map((a, i) => {
        const isNew = stored.has(a.id) && articles.findIndex((b) => b.id === a.id) === i;
        return { id: a.id, events: isNew ? coded.get(a.id)!.events.length : 0, stored: isNew };
      });
      return { stored: stored.size, already_stored: articles.length - stored.size, articles: entries, warnings };
    },
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_BYTES,
    // Unknown parameters are an error rather than silently dropped; nothing is coerced by Ajv
    // (typedParameters turns the numbers of query strings and paths into numbers, strictly).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  await secure(app, options.allowedHosts ?? []);
  typedParameters(app);
  app.setErrorHandler((error: FastifyError | HttpError, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: reasonPhrase(error.statusCode), message: error.message });
    if ('validation' in error && error.validation) {
      return reply.code(400).send({ error: 'Bad Request', message: validationMessage(error) });
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) app.log.error(error);
    return reply.code(status).send({ error: reasonPhrase(status), message: status === 500 ? 'internal error' : error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  const openApi = collectOpenApi(app);
  eventRoutes(app, context);
  articleRoutes(app, context);
  analyticsRoutes(app, context);
  networkRoutes(app, context);
  statsRoutes(app, context);
  feedRoutes(app, context);
  app.get('/api/openapi.json', async () => openApi());
  staticRoutes(app, options.webRoot);

  app.addHook('onClose', async () => {
    sourceState?.close();
    await store.close();
  });
  return app;
}

/** Names the offending parameter, which Ajv's own message leaves out for unknown ones. */
function validationMessage(error: FastifyError): string {
  return (error.validation ?? [])
    .map((v) => {
      const where = `${error.validationContext ?? 'input'}${v.instancePath.replace(/\//g, '.')}`;
      const unknown = (v.params as { additionalProperty?: string }).additionalProperty;
      return unknown ? `${where}: unknown parameter "${unknown}"` : `${where} ${v.message}`;
    })
    .join('; ');
}

function reasonPhrase(status: number): string {
  return { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type' }[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
