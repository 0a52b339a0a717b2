import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { attachAnalytics } from '../analytics/index.js';
import type { Article, Document } from '../document/index.js';
import type { Pipeline, PipelineConfig } from '../pipeline/index.js';
import { createPipeline } from '../pipeline/index.js';
import { openStore } from '../store/index.js';
import type { IngestResult, ServerContext } from './context.js';
import { HttpError } from './errors.js';
import { collectOpenApi } from './openapi.js';
import { analyticsRoutes } from './routes/analytics.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { networkRoutes } from './routes/network.js';
import { statsRoutes } from './routes/stats.js';
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
}

/** Builds the HTTP server (not listening yet): API routes, OpenAPI document and the web interface. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // One connection (or pool) for the whole server: the routes, the analytics and the ingest share it.
  const store = attachAnalytics(await openStore(options.dbPath));
  // Loading the language models takes a second: only when an article is first coded or annotated.
  let pipeline: Pipeline | null = null;
  const codingPipeline = () => (pipeline ??= createPipeline(options.pipeline));
  const context: ServerContext = {
    store,
    token: options.token,
    async ingest(articles: Article[]): Promise<IngestResult> {
      const result: IngestResult = { stored: 0, already_stored: 0, articles: [] };
      const docs: Document[] = [];
      for (const article of articles) {
        const known = (await store.hasArticle(article.id)) || docs.some((d) => d.article.id === article.id);
        if (known) {
          result.already_stored++;
          result.articles.push({ id: article.id, events: 0, stored: false });
          continue;
        }
        const doc = codingPipeline().process(article);
        docs.push(doc);
        result.articles.push({ id: article.id, events: doc.events.length, stored: true });
      }
      result.stored = await store.saveDocuments(docs);
      return result;
    },
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    // Unknown parameters are an error rather than silently dropped; numbers in query strings are coerced.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
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
  app.get('/api/openapi.json', async () => openApi());
  staticRoutes(app, options.webRoot);

  app.addHook('onClose', async () => {
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
