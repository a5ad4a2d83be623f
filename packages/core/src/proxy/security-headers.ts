/**
 * On everything the proxy answers: a browser never sniffs a body into HTML or script, and nothing served from the
 * proxy's origin may load, run or frame anything.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
