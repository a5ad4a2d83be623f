import { securityHeaders } from './security-headers.js';

/**
 * Response headers never passed on: hop-by-hop, framing (the body is re-encoded), cookies of the API, key
 * headers, and the ones the proxy alone decides (CORS and the security headers).
 */
const droppedResponseHeaders = new Set([
  'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'set-cookie', 'upgrade',
  'proxy-authenticate', 'trailer', 'te', 'x-api-key', 'x-account-key', 'content-security-policy',
  'x-content-type-options', 'content-type',
]);

const nullBodyStatuses = new Set([204, 205, 304]);

function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * The API's answer as the caller gets it: keys redacted from body and headers (in any spelling), its status
 * without the upstream reason phrase, only JSON bodies (anything else is replaced by a JSON note), CORS headers
 * the proxy chose, and the security headers.
 */
export function relayResponse(
  upstream: Response,
  text: string,
  redact: (text: string) => string,
  cors: Record<string, string> | null,
): Response {
  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (droppedResponseHeaders.has(lower) || lower.startsWith('access-control-')) return;
    headers.set(name, redact(value));
  });
  for (const [name, value] of Object.entries({ ...cors, ...securityHeaders })) headers.set(name, value);
  if (nullBodyStatuses.has(upstream.status)) return new Response(null, { status: upstream.status, headers });
  if (text === '') return new Response(null, { status: upstream.status, headers });
  headers.set('Content-Type', 'application/json');
  const contentType = upstream.headers.get('content-type');
  const body = isJson(contentType)
    ? redact(text)
    : JSON.stringify({
        status: 'error',
        message: `tokkit proxy: the API answered HTTP ${upstream.status} with ${redact(contentType ?? 'no content type')}, which is not relayed.`,
      });
  return new Response(body, { status: upstream.status, headers });
}
