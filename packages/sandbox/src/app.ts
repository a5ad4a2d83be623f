// The router: every endpoint of the catalogue at its method and path (Hono), 404 for anything else.
import { allEndpoints, type EndpointDescriptor } from '@tokkit/core';
import { Hono } from 'hono';
import { Failure, notFound } from './failures.js';
import { type ServeContext, serveEndpoint } from './serve-endpoint.js';

function honoPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** Static paths first, so /public/discover/keyword wins over /public/discover/{category}. */
function byStaticFirst(a: EndpointDescriptor, b: EndpointDescriptor): number {
  return Number(a.path.includes('{')) - Number(b.path.includes('{'));
}

export function buildApp(context: ServeContext): Hono {
  const app = new Hono();
  for (const endpoint of [...allEndpoints].sort(byStaticFirst)) {
    app.on(endpoint.method, honoPath(endpoint.path), (c) => serveEndpoint(endpoint, c.req.raw, c.req.param(), context));
  }
  app.notFound((c) => notFound(c.req.method, new URL(c.req.url).pathname).toResponse());
  app.onError((error) => {
    if (error instanceof Failure) return error.toResponse();
    return new Failure(500, { message: `Sandbox error: ${error.message}` }).toResponse();
  });
  return app;
}
