import type { FastifyInstance } from 'fastify';
import type { Article } from '../../document/index.js';
import { formatBytes, parseJsonRecord } from '../../ingest/index.js';
import { requireToken } from '../auth.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { articleView } from '../queries/articles.js';

const MAX_BATCH = 100;

const articleInput = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    id: { type: 'string', maxLength: 200 },
    text: { type: 'string', minLength: 1 },
    title: { type: ['string', 'null'], maxLength: 1000 },
    date: { type: ['string', 'null'], maxLength: 40 },
    lang: { type: ['string', 'null'], pattern: '^[a-z]{2}$' },
    url: { type: ['string', 'null'], maxLength: 2000 },
    source: { type: ['string', 'null'], maxLength: 200 },
  },
} as const;

type ArticleInput = Record<string, string | null>;

export function articleRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: { id: string } }>(
    '/api/articles/:id',
    {
      schema: {
        summary: 'An article with its events, quotes and the spans to highlight (evidence, trigger, actors, quantities, quotes, named actors)',
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{20}$' } }, required: ['id'] },
      },
    },
    async (request) => {
      const view = await articleView(context.store, request.params.id);
      if (!view) throw new HttpError(404, `no article with id ${request.params.id}`);
      return view;
    },
  );

  app.post<{ Body: ArticleInput | ArticleInput[] }>(
    '/api/articles',
    {
      // On the request, before its body is read or parsed: a client without the token learns nothing more.
      onRequest: requireToken(context.token),
      schema: {
        summary: 'Ingest one article or an array of articles (JSON Lines fields); needs Authorization: Bearer $PARAAT_TOKEN; an article longer than the server\'s --max-article-bytes gets a 413',
        security: [{ bearer: [] }],
        body: { oneOf: [articleInput, { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: articleInput }] },
      },
    },
    async (request, reply) => {
      const inputs = Array.isArray(request.body) ? request.body : [request.body];
      const articles: Article[] = [];
      const warnings: string[] = [];
      inputs.forEach((input, i) => {
        const item = parseJsonRecord(JSON.stringify(input), 'request', i + 1);
        const problems = item.problems.map((p) => `article ${i + 1}: ${p.message}`);
        if (!item.article) throw new HttpError(400, problems.join('; '));
        warnings.push(...problems);
        const bytes = Buffer.byteLength(item.article.text);
        const max = context.limits.maxArticleBytes;
        if (bytes > max) throw new HttpError(413, `article ${i + 1}: its text is ${formatBytes(bytes)}, more than this server's limit of ${formatBytes(max)}`);
        articles.push({ ...item.article, origin: { file: 'api', line: i + 1 } });
      });
      const result = await context.ingest(articles);
      reply.code(result.stored > 0 ? 201 : 200);
      return { ...result, warnings: [...warnings, ...result.warnings] };
    },
  );
}
