// The try-it service worker: the sandbox and createProxy (holding the public demo keys) run in the reader's
// browser, so every endpoint can be called live with no key and no network. Requests to `<scope>__sandbox/...`
// go through the proxy, exactly as a page's calls go through a real deployment's proxy, and from there to the
// sandbox's fetch handler. The proxy forwards no caller headers, so the sandbox's fault header (the fault
// selector of the form) is handed on here, request by request.
/// <reference lib="webworker" />
import { createProxy, DEMO_ACCOUNT_KEY, DEMO_API_KEY } from '@tokkit/browser-safe';
import { createSandboxHandler, FAULT_HEADER } from '@tokkit/sandbox/handler';
import { SANDBOX_SEGMENT } from './mount.js';

declare const self: ServiceWorkerGlobalScope;

const UPSTREAM = 'https://sandbox.tokkit.invalid';
const sandbox = createSandboxHandler();
const mount = `${new URL(self.registration.scope).pathname.replace(/\/?$/, '/')}${SANDBOX_SEGMENT}`;

function proxyFor(fault: string | null) {
  return createProxy({
    apiKey: DEMO_API_KEY,
    accountKey: DEMO_ACCOUNT_KEY,
    allow: ['public.*', 'user.*', 'key'],
    basePath: mount,
    baseUrl: UPSTREAM,
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (fault) request.headers.set(FAULT_HEADER, fault);
      return sandbox.fetch(request);
    },
  });
}

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(`${mount}/`)) return;
  event.respondWith(proxyFor(event.request.headers.get(FAULT_HEADER))(event.request));
});
