import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { stats } from '../queries/stats.js';

export function statsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get('/api/stats', { schema: { summary: 'Counts per language, source, event type and QuadClass per day' } }, async () => stats(store.sql));
}
