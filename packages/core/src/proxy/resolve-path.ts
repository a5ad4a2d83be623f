/** `/tikapi/`, `tikapi` and `/tikapi` all mean `/tikapi`; `/` and `` mean the root. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  if (trimmed.split('/').some((s) => s === '' || s === '.' || s === '..' || /[%\\?#]/.test(s))) {
    throw new TypeError(`createProxy: basePath ${JSON.stringify(basePath)} is not a plain path.`);
  }
  return `/${trimmed}`;
}

/**
 * The API path segments (decoded) of a request path below `basePath`, or null when the path is not
 * strictly below it or could mean something else to another parser: empty, `.` or `..` segments
 * (also percent-encoded), encoded `/` or `\`, double encoding, control characters, malformed escapes.
 */
export function apiSegmentsBelow(basePath: string, pathname: string): string[] | null {
  if (basePath !== '' && !pathname.startsWith(`${basePath}/`)) return null;
  const rest = pathname.slice(basePath.length + 1);
  if (rest === '') return null;
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (decoded === '' || decoded === '.' || decoded === '..') return null;
    if (/[/\\%]|[\u0000-\u001f\u007f]/.test(decoded)) return null;
    segments.push(decoded);
  }
  return segments;
}
