// The router: every endpoint of each served provider at its method and path below the provider's `sandboxPrefix`
// (Hono), 404 for anything else, in the shape of the provider the path falls under.
import type { EndpointDescriptor } from '@tokkit/core';
import { Hono } from 'hono';
import { Failure } from './failures.js';
import type { ProviderServer, ServeContext } from './provider-server.js';
import type { SandboxProvider } from './providers.js';
import { scavioServer } from './scavio/server.js';
import { tikapiServer } from './serve-endpoint.js';
import { userHandleServer } from './userhandle/server.js';

const makers: Readonly<Record<SandboxProvider, (context: ServeContext) => ProviderServer>> = {
  tikapi: tikapiServer,
  scavio: scavioServer,
  userhandle: userHandleServer,
};

export function providerServers(context: ServeContext): readonly ProviderServer[] {
  return context.options.providers.map((name) => makers[name](context));
}

function honoPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** Static paths first, so /public/discover/keyword wins over /public/discover/{category}. */
function byStaticFirst(a: EndpointDescriptor, b: EndpointDescriptor): number {
  return Number(a.path.includes('{')) - Number(b.path.includes('{'));
}

function below(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The served provider a path falls under: the longest matching prefix, TikAPI's root last. */
export function serverFor(servers: readonly ProviderServer[], pathname: string): ProviderServer | undefined {
  const prefixed = servers.filter((s) => s.descriptor.sandboxPrefix !== '' && below(pathname, s.descriptor.sandboxPrefix));
  prefixed.sort((a, b) => b.descriptor.sandboxPrefix.length - a.descriptor.sandboxPrefix.length);
  return prefixed[0] ?? servers.find((s) => s.descriptor.sandboxPrefix === '');
}

/** An error in the shape of the provider `pathname` falls under (plain `{ message }` when none is served there). */
export function failureFor(
  servers: readonly ProviderServer[],
  pathname: string,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Failure {
  const server = serverFor(servers, pathname);
  return server ? server.failure(status, code, message, headers) : Failure.exact(status, { message }, headers);
}

export function buildApp(servers: readonly ProviderServer[]): Hono {
  const app = new Hono();
  for (const server of servers) {
    const prefix = server.descriptor.sandboxPrefix;
    for (const endpoint of [...server.endpoints].sort(byStaticFirst)) {
      app.on(endpoint.method, `${prefix}${honoPath(endpoint.path)}`, (c) => server.serve(endpoint, c.req.raw, c.req.param()));
    }
  }
  app.notFound((c) => {
    const { pathname } = new URL(c.req.url);
    return failureFor(servers, pathname, 404, 'not_found', `No endpoint at ${c.req.method} ${pathname}.`).toResponse();
  });
  app.onError((error, c) => {
    if (error instanceof Failure) return error.toResponse();
    const { pathname } = new URL(c.req.url);
    return failureFor(servers, pathname, 500, 'internal_error', `Sandbox error: ${error.message}`).toResponse();
  });
  return app;
}
