// Serves the built site (.vitepress/dist) on 127.0.0.1 below a path prefix (the site's base), on a free port
// unless one is given. Used by scripts/docs.sh and the docs tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildInfo } from './build-info.js';

export const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.vitepress', 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedSite {
  /** The site's root, ending in its base: http://127.0.0.1:PORT/prefix/ */
  url: string;
  /** Every file served, in order, with its size and whether the browser only prefetched it: what the budgets count. */
  served: { path: string; bytes: number; prefetch: boolean }[];
  close(): Promise<void>;
}

function resolveFile(relative: string): string | undefined {
  const path = normalize(join(distDir, decodeURIComponent(relative)));
  if (path !== distDir && !path.startsWith(distDir + sep)) return undefined;
  for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function serveSite(base = '/', port = 0): Promise<ServedSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const log: ServedSite['served'] = [];
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = pathname.startsWith(prefix) ? resolveFile(pathname.slice(prefix.length)) : undefined;
    const status = file ? 200 : 404;
    const served = file ?? resolveFile('404.html');
    res.writeHead(status, {
      'content-type': (served && types[extname(served)]) || 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (!served) return void res.end('not found');
    const purpose = `${req.headers['sec-purpose'] ?? ''} ${req.headers.purpose ?? ''}`;
    log.push({ path: pathname, bytes: statSync(served).size, prefetch: purpose.includes('prefetch') });
    createReadStream(served).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}${prefix}`,
        served: log,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('no built site: run `pnpm --filter @tokkit/docs build` first');
  const site = await serveSite(readBuildInfo().base, Number(process.env.PORT ?? 0));
  console.log(`tokkit docs: ${site.url}  (Ctrl-C stops)`);
}
