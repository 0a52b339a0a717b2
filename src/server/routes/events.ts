import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { actorCode, checkedDate, limit, partialDate } from '../params.js';
import type { PageFilter } from '../../store/index.js';
import { eventSpans, quoteRow } from '../queries/articles.js';

/** The query string: the store's page filter, with the dyad as written ("A-B") and the words as q. */
type EventsQuery = Omit<PageFilter, 'dyad' | 'text'> & { dyad?: string; q?: string };

export function eventRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: EventsQuery }>(
    '/api/events',
    {
      schema: {
        summary: 'Events, newest stored first, filtered; page on with `cursor` = the previous next_cursor',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            actor: actorCode,
            recipient: actorCode,
            dyad: { type: 'string', pattern: '^[A-Za-z0-9]{2,12}-[A-Za-z0-9]{2,12}$', description: 'A-B: events between A and B, either direction' },
            type: { type: 'string', pattern: '^[A-Za-z_]{2,24}$', description: 'PLOVER event type, e.g. ASSAULT' },
            quad: { type: 'integer', minimum: 1, maximum: 4, description: 'QuadClass 1–4' },
            lang: { type: 'string', pattern: '^[a-z]{2}$' },
            since: partialDate,
            until: partialDate,
            q: { type: 'string', minLength: 1, maxLength: 200, description: 'words in the article text, accent-insensitive' },
            cursor: { type: 'integer', minimum: 1 },
            limit: limit(200, 50),
          },
        },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.q !== undefined && !/[\p{L}\p{N}]/u.test(q.q)) throw new HttpError(400, `q: "${q.q}" holds no words to search for`);
      const { q: text, dyad, ...filter } = q;
      return store.pageEvents({
        ...filter,
        text,
        dyad: dyad?.split('-') as [string, string] | undefined,
        since: checkedDate(q.since, 'since'),
        until: checkedDate(q.until, 'until'),
      });
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/events/:id',
    {
      schema: {
        summary: 'One event with its sentence, article, the rules that fired and its highlighted evidence',
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
      },
    },
    async (request) => {
      const event = await store.getEvent(request.params.id);
      if (!event) throw new HttpError(404, `no event with id ${request.params.id}`);
      const { text, ...article } = (await store.article(event.article_id))!;
      const quotes = (await store.quotesOf([event.article_id])).filter((q) => q.start < event.evidence.end && q.end > event.evidence.start).map(quoteRow);
      return {
        event,
        article,
        sentence: event.sentence,
        rules: event.rules,
        spans: eventSpans(text, event),
        quotes,
      };
    },
  );
}
