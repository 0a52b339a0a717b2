import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';

export function feedRoutes(app: FastifyInstance, { feeds }: ServerContext): void {
  app.get('/api/feeds', { schema: { summary: 'The watched feeds: last poll and success, articles stored, failures and the last error' } }, async () => ({
    feeds: feeds().map((f) => ({
      url: f.url,
      last_poll: f.lastPoll,
      last_success: f.lastSuccess,
      next_poll: f.nextPoll,
      items: f.items,
      failures: f.failures,
      last_error: f.lastError,
    })),
  }));
}
