import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable as NodeReadable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createProxy, PROXY_SECURITY_HEADERS, type ProxyOptions } from '@tokkit/core';
import { nodeFetch } from './node-fetch.js';

export type NodeProxyListener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** node:stream loads with the first proxied request: importing @tokkit/node alone does not pay for it. */
const streams = () => Promise.all([import('node:stream'), import('node:stream/promises')]);

function toRequest(req: IncomingMessage, Readable: typeof NodeReadable): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Only the path and query are used: the upstream is fixed, whatever Host or absolute URL a caller sends.
  const path = req.url?.startsWith('/') ? req.url : '/';
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://proxy.invalid${path}`, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * `createProxy()` as a `node:http` listener: `http.createServer(createNodeProxy({ apiKey, basePath: '/tikapi' }))`,
 * or call it from your own server for the paths below `basePath`.
 */
export function createNodeProxy(options: ProxyOptions): NodeProxyListener {
  const handle = createProxy({ fetch: nodeFetch, ...options });
  return async (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') req.resume();
    const [{ Readable }, { pipeline }] = await streams();
    let response: Response;
    try {
      response = await handle(toRequest(req, Readable));
    } catch {
      response = Response.json(
        { status: 'error', message: 'tokkit proxy: bad request.' },
        { status: 400, headers: PROXY_SECURITY_HEADERS },
      );
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // A refused body is left unread: close the connection rather than read the rest of it.
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.complete) headers.connection = 'close';
    if (response.statusText) res.writeHead(response.status, response.statusText, headers);
    else res.writeHead(response.status, headers);
    if (!response.body) {
      res.end();
      return;
    }
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res).catch(() => res.destroy());
  };
}
