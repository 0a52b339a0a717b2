import type { FastifyInstance, RouteOptions } from 'fastify';

// Routes describe themselves for the OpenAPI document next to their validation schemas.
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    security?: Record<string, string[]>[];
  }
}

interface JsonSchema {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
}

interface Operation {
  summary?: string;
  parameters: Record<string, unknown>[];
  requestBody?: unknown;
  security?: unknown;
  responses: Record<string, unknown>;
}

function parameters(schema: JsonSchema | undefined, where: 'query' | 'path') {
  return Object.entries(schema?.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (schema?.required ?? []).includes(name),
    description: s.description,
    schema: s,
  }));
}

/** Collects the routes' own validation schemas into an OpenAPI 3.1 document, so the two never drift. */
export function collectOpenApi(app: FastifyInstance): () => unknown {
  const paths: Record<string, Record<string, Operation>> = {};
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || !route.schema) return;
    const schema = route.schema as { summary?: string; querystring?: JsonSchema; params?: JsonSchema; body?: unknown; security?: unknown };
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      (paths[path] ??= {})[method.toLowerCase()] = {
        summary: schema.summary,
        parameters: [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')],
        ...(schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } } : {}),
        ...(schema.security ? { security: schema.security } : {}),
        responses: {
          '200': { description: 'OK (JSON)' },
          '400': { description: 'invalid input: { error, message } says what is wrong' },
          ...(schema.security ? { '401': { description: 'missing or wrong bearer token' }, '403': { description: 'writes disabled' } } : {}),
        },
      };
    }
  });
  return () => ({
    openapi: '3.1.0',
    info: { title: 'Paraat API', version: '1', description: 'Political events coded from news (PLOVER/CAMEO), with escalation analytics.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  });
}
