import { redactHeaders, redactText } from '../transport/redact.js';

/** Response headers never passed on: hop-by-hop, framing (the body is re-encoded) and cookies of the API. */
const droppedResponseHeaders = new Set([
  'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'set-cookie', 'upgrade',
  'proxy-authenticate', 'trailer', 'te', 'x-api-key', 'x-account-key',
]);

const nullBodyStatuses = new Set([204, 205, 304]);

/** The API's answer as the caller gets it: keys redacted from body and headers, framing and cookies dropped. */
export function relayResponse(
  upstream: Response,
  text: string,
  secrets: readonly string[],
  cors: Record<string, string> | null,
): Response {
  const headers = new Headers();
  redactHeaders(upstream.headers, secrets).forEach((value, name) => {
    if (!droppedResponseHeaders.has(name.toLowerCase())) headers.set(name, value);
  });
  for (const [name, value] of Object.entries(cors ?? {})) headers.set(name, value);
  const body = nullBodyStatuses.has(upstream.status) ? null : redactText(text, secrets);
  return new Response(body, { status: upstream.status, statusText: upstream.statusText, headers });
}
