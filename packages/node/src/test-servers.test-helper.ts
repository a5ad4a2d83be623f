/** Local HTTP servers for the Node adapter's tests, on 127.0.0.1 only. (Not matched by `*.test.ts`.) */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  server: Server;
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const server = createServer(handler);
  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes `total` bytes in 64 KiB chunks, waiting for 'drain' so nothing piles up on this side either. */
export async function writeGenerated(res: ServerResponse, total: number, failAfter?: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  while (sent < total) {
    if (failAfter !== undefined && sent >= failAfter) {
      res.destroy();
      return;
    }
    const size = Math.min(chunk.length, total - sent);
    sent += size;
    if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
      await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  }
  res.end();
}
