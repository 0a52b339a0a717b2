import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * A preHandler for write endpoints: a bearer token equal to the configured one. With no token
 * configured, writes are refused outright rather than left open.
 */
export function requireToken(token: string | null) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) throw new HttpError(403, 'writes are disabled: start the server with PARAAT_TOKEN set to allow them');
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // Compare digests so the time taken says nothing about how much of the token was right.
    if (!match || !timingSafeEqual(digest(match[1]), digest(token))) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, match ? 'the bearer token is not valid' : 'missing "Authorization: Bearer <token>" header');
    }
  };
}
