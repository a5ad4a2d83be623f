export interface CorsOptions {
  /** Origins allowed to call the proxy from a page (`https://app.example.com`), or `'*'` for any. */
  origin: string | readonly string[];
  /** Seconds a browser may cache a preflight answer. Default 600. */
  maxAge?: number | undefined;
}

/** CORS headers for a request from `origin`, or null when that origin is not allowed. */
export function corsHeaders(cors: CorsOptions | undefined, origin: string | null): Record<string, string> | null {
  if (!cors || origin === null) return null;
  const allowed = typeof cors.origin === 'string' ? [cors.origin] : cors.origin;
  if (allowed.includes('*')) return { 'Access-Control-Allow-Origin': '*' };
  if (!allowed.includes(origin)) return null;
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/** The answer to a preflight from an allowed origin. Key headers are never listed: the proxy drops them anyway. */
export function preflightHeaders(cors: CorsOptions, allowOrigin: Record<string, string>): Record<string, string> {
  return {
    ...allowOrigin,
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Accept, Content-Type',
    'Access-Control-Max-Age': String(cors.maxAge ?? 600),
  };
}
