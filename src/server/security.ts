import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';
import { hostName, LOOPBACK_HOSTS } from './hosts.js';

/**
 * Security headers on every response (a Content-Security-Policy without inline script, nosniff,
 * no framing, no referrer) and a Host allow-list checked before anything else.
 */
export async function secure(app: FastifyInstance, allowedHosts: string[]): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The same refusal for browsers that predate frame-ancestors.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Served over plain HTTP on this machine: a Strict-Transport-Security header would mean nothing.
    strictTransportSecurity: false,
  });
  // After helmet's hook, so a refused request carries the headers too.
  const allowed = new Set([...LOOPBACK_HOSTS, ...allowedHosts].map((h) => hostName(h.includes(':') && !h.startsWith('[') ? `[${h}]` : h)));
  app.addHook('onRequest', async (request) => {
    const name = hostName(request.headers.host ?? '');
    if (!allowed.has(name)) {
      throw new HttpError(403, `host "${name}" is not allowed: serve with --host ${name || 'NAME'} or --allow-host ${name || 'NAME'} to allow it`);
    }
  });
}
