import { ValidationError } from '../errors.js';

/** Headers that frame the message or route it: set by the HTTP client, never by a caller. */
const framingHeaders = new Set([
  'host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer',
  'expect', 'proxy-connection', 'http2-settings',
]);
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// CR, LF and NUL would split or end the header; other controls and characters above U+00FF are not header bytes.
const badValueChar = /[\u0000-\u0008\u000A-\u001F\u007F]|[^\u0000-\u00FF]/;

/**
 * Caller headers (client-wide and per call) checked before anything is sent: a header that would split the
 * request, replace its framing or carry a key (one of the provider's `keyHeaders`: `X-API-KEY`, Scavio's
 * `Authorization`) is a ValidationError naming it.
 */
export function callerHeaders(
  endpoint: string,
  given: Readonly<Record<string, unknown>> | undefined,
  keyHeaders: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const isKeyHeader = (lower: string) => keyHeaders.some((header) => header.toLowerCase() === lower);
  for (const [name, value] of Object.entries(given ?? {})) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (!token.test(name)) {
      throw new ValidationError(endpoint, name, 'a header name of letters, digits and !#$%&\'*+-.^_`|~', 'is not a valid header name');
    }
    if (isKeyHeader(lower)) {
      throw new ValidationError(
        endpoint,
        name,
        'the apiKey option (and accountKey for an account key)',
        'is a key header and cannot be set through headers',
      );
    }
    if (framingHeaders.has(lower)) {
      throw new ValidationError(endpoint, name, 'a header the HTTP client does not set itself', 'frames the request and cannot be set');
    }
    if (typeof value !== 'string') {
      throw new ValidationError(endpoint, name, 'a string header value', `must be a string (got ${typeof value})`);
    }
    if (badValueChar.test(value)) {
      throw new ValidationError(
        endpoint,
        name,
        'a header value without CR, LF, NUL or other control characters, in Latin-1',
        'has a character a header cannot carry',
      );
    }
    out[name] = value;
  }
  return out;
}
