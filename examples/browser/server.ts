// The site's server: the page, its script (bundled with esbuild at start, as a build step would), and the proxy at
// /tikapi that adds the key. The key (TIKAPI_KEY) and the upstream (TIKAPI_BASE_URL, else the API) stay here.
//   TIKAPI_KEY=... [TIKAPI_BASE_URL=...] [PORT=8080] tsx server.ts
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { baseUrlFromEnv, createNodeProxy } from '@tokkit/node';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const apiKey = process.env.TIKAPI_KEY;
if (!apiKey) {
  console.error('Set TIKAPI_KEY (for the local sandbox: its public demo key, see README.md).');
  process.exit(1);
}

const html = readFileSync(`${here}index.html`, 'utf8');
const bundle = await build({
  entryPoints: [`${here}src/app.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0]?.text ?? '';

// Only the public endpoints are forwarded (the default allow-list); /tikapi/key/info and account endpoints get 403.
const proxy = createNodeProxy({ apiKey, baseUrl: baseUrlFromEnv(process.env), basePath: '/tikapi' });

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  else if (path === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
  else if (path?.startsWith('/tikapi/')) void proxy(req, res);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`tokkit browser example on http://${address}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
