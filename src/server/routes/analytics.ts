import type { FastifyInstance } from 'fastify';
import { dyadSeries, listAlerts, topDyads } from '../../analytics/index.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { actorCode, checkedDate, dayDate, limit } from '../params.js';
import { searchActors } from '../queries/actors.js';

export function analyticsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: { q?: string; limit: number } }>(
    '/api/actors',
    {
      schema: {
        summary: 'Actors seen in events whose code or name contains q',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, limit: limit(100, 20) },
        },
      },
    },
    async (request) => ({ actors: await searchActors(store.sql, request.query.q, request.query.limit) }),
  );

  app.get<{ Params: { a: string; b: string }; Querystring: { interval: 'day' | 'week'; directed: boolean; since?: string; until?: string } }>(
    '/api/dyads/:a/:b/series',
    {
      schema: {
        summary: 'Daily or weekly aggregates and conflict–cooperation index of a pair, with its alerts',
        params: { type: 'object', properties: { a: actorCode, b: actorCode }, required: ['a', 'b'] },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            interval: { type: 'string', enum: ['day', 'week'], default: 'day' },
            directed: { type: 'boolean', default: false, description: 'only events from a to b' },
            since: dayDate,
            until: dayDate,
          },
        },
      },
    },
    async (request) => {
      const a = request.params.a.toUpperCase();
      const b = request.params.b.toUpperCase();
      if (a === b) throw new HttpError(400, 'a dyad needs two different actors');
      const q = request.query;
      const since = checkedDate(q.since, 'since');
      const until = checkedDate(q.until, 'until');
      return {
        a,
        b,
        interval: q.interval,
        directed: q.directed,
        points: await dyadSeries(store.sql, a, b, { interval: q.interval, directed: q.directed, since, until }),
        alerts: await listAlerts(store.sql, { pair: [a, b], since, until, limit: 1000 }),
      };
    },
  );

  app.get<{ Querystring: { since?: string; limit: number } }>(
    '/api/dyads/top',
    {
      schema: {
        summary: 'The pairs with the most conflict intensity since a day (default: the 30 days before the latest data)',
        querystring: { type: 'object', additionalProperties: false, properties: { since: dayDate, limit: limit(100, 10) } },
      },
    },
    async (request) => topDyads(store.sql, { since: checkedDate(request.query.since, 'since'), limit: request.query.limit }),
  );

  app.get<{ Querystring: { actor?: string; since?: string; until?: string; limit: number } }>(
    '/api/alerts',
    {
      schema: {
        summary: 'Escalation alerts, latest first, with the ids of the events that caused them',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { actor: actorCode, since: dayDate, until: dayDate, limit: limit(500, 50) },
        },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        alerts: await listAlerts(store.sql, {
          actor: q.actor?.toUpperCase(),
          since: checkedDate(q.since, 'since'),
          until: checkedDate(q.until, 'until'),
          limit: q.limit,
        }),
      };
    },
  );
}
