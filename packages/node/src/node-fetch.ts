/**
 * The fetch @tokkit/node sends with: Node's own. Node 20+ fetch runs on the undici copy built into Node,
 * whose global Agent keeps connections alive and pools them per origin, so every call to the API reuses an
 * open TLS connection (see README: why no `undici` dependency). It is looked up at call time, so tools that
 * replace `globalThis.fetch` (mocks, tracing) still see tokkit's requests.
 */
export const nodeFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);
