import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves the built web interface; paths never leave its folder. */
export function staticRoutes(app: FastifyInstance, webRoot: string | null): void {
  app.get<{ Params: { '*': string } }>('/*', async (request, reply) => {
    const wanted = request.params['*'] || 'index.html';
    if (wanted.startsWith('api/')) return reply.code(404).send({ error: 'Not Found', message: `no API route GET /${wanted}` });
    if (!webRoot) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web interface is not built. Run: npm run build:web (or paraat serve, which builds it when it can).');
    }
    const root = resolve(webRoot);
    const file = resolve(join(root, wanted));
    if (file !== root && !file.startsWith(root + sep)) return reply.code(404).send({ error: 'Not Found', message: 'no such file' });
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return reply.code(404).send({ error: 'Not Found', message: `no such file: /${wanted}` });
    // Built assets carry a content hash in their names and never change; index.html must be fresh.
    reply.header('cache-control', wanted.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(await readFile(file));
  });
}
