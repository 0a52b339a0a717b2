import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { checkedDate, dayDate, limit } from '../params.js';
import { eventsPerCountry, networkEdges } from '../queries/network.js';

const period = {
  type: 'object',
  additionalProperties: false,
  properties: { since: dayDate, until: dayDate, limit: limit(1000, 200) },
} as const;

type PeriodQuery = { since?: string; until?: string; limit: number };

export function networkRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: PeriodQuery }>(
    '/api/network',
    { schema: { summary: 'Directed event flows between actors in a period, with their mean score', querystring: period } },
    async (request) => {
      const q = request.query;
      return { edges: await networkEdges(store.sql, checkedDate(q.since, 'since'), checkedDate(q.until, 'until'), q.limit) };
    },
  );

  app.get<{ Querystring: PeriodQuery }>(
    '/api/countries',
    { schema: { summary: 'Events per country (as actor or recipient) in a period, for the map', querystring: period } },
    async (request) => {
      const q = request.query;
      return { countries: (await eventsPerCountry(store.sql, checkedDate(q.since, 'since'), checkedDate(q.until, 'until'))).slice(0, q.limit) };
    },
  );
}
