import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_API_KEY } from '@tokkit/core';
import { createNodeProxy } from '@tokkit/node';

const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>tokkit in a page</title>
<style>body{font:16px system-ui;margin:2rem} dt{font-weight:bold} li{margin:.2rem 0}</style></head>
<body><h1>tokkit through createProxy</h1>
<dl><dt>runtime</dt><dd id="runtime"></dd><dt>nickname</dt><dd id="nickname"></dd>
<dt>followers</dt><dd id="followers"></dd><dt>/key/info</dt><dd id="refused"></dd>
<dt>key guard</dt><dd id="guard"></dd><dt>error</dt><dd id="error"></dd></dl>
<h2>posts</h2><ol id="posts"></ol>
<script type="module" src="/app.js"></script></body></html>`;

/** The site's server: the page, its script, and the proxy at /tikapi (the key stays here). */
export async function startPageServer(script: string, sandboxUrl: string) {
  const proxy = createNodeProxy({ apiKey: DEMO_API_KEY, baseUrl: sandboxUrl, basePath: '/tikapi' });
  const proxied: string[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      proxied.push(req.url ?? '');
      void proxy(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    proxied,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
