// The Node listener: the fetch handler behind node:http (through @hono/node-server).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { createSandboxHandler, type SandboxHandler } from './handler.js';
import type { SandboxOptions } from './options.js';

export interface RunningSandbox {
  /** Base URL to give the SDK: `TikAPI({ sandbox: true, baseUrl: sb.url })`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

export interface Sandbox {
  readonly handler: SandboxHandler;
  /** Answers a request in-process, without a socket. */
  fetch(request: Request): Promise<Response>;
  /** Starts listening; port 0 picks a free one. */
  listen(port?: number, hostname?: string): Promise<RunningSandbox>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const handler = createSandboxHandler(options);
  return {
    handler,
    fetch: (request) => handler.fetch(request),
    listen(port = 0, hostname = '127.0.0.1') {
      const server = createAdaptorServer({
        overrideGlobalObjects: false,
        fetch: (request, env) => {
          const { incoming } = env as HttpBindings;
          return handler.fetch(request, { dropConnection: () => incoming.socket.destroy() });
        },
      }) as Server;
      return new Promise<RunningSandbox>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, hostname, () => {
          server.off('error', reject);
          const actual = (server.address() as AddressInfo).port;
          const host = hostname.includes(':') ? `[${hostname}]` : hostname;
          resolve({
            url: `http://${host}:${actual}`,
            port: actual,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                server.closeAllConnections();
              }),
          });
        });
      });
    },
  };
}
