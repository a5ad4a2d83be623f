import type { EndpointDescriptor, HttpMethod, Scalar } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { extraParamValue } from './extra-param.js';
import { oneOfError, unmetOneOf } from './one-of.js';
import { callerHeaders } from './request-headers.js';
import { suggestName } from './suggest.js';
import { validateParam } from './validate-param.js';

/** A request ready for any HTTP client: no I/O has happened yet. */
export interface BuiltRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** JSON text for POST endpoints. */
  body?: string;
}

export interface RequestTarget {
  baseUrl: string;
  /** Absent when a proxy adds the keys. */
  apiKey?: string | undefined;
  accountKey?: string | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** Parameters the catalogue does not know yet (query for GET, body for POST): not checked against a descriptor, but scalars only. */
  extraParams?: Readonly<Record<string, unknown>> | undefined;
  /** Paging values the server handed out: sent back as-is, never re-validated. */
  trusted?: Readonly<Record<string, Scalar>> | undefined;
}

export const API_KEY_HEADER = 'X-API-KEY';
export const ACCOUNT_KEY_HEADER = 'X-ACCOUNT-KEY';

const declares = (endpoint: EndpointDescriptor, name: string): boolean => Object.hasOwn(endpoint.params, name);

/** Validates params against the descriptor and forms the exact HTTP request. Pure. */
export function buildRequest(
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, unknown>> | undefined,
  target: RequestTarget,
): BuiltRequest {
  const given = params ?? {};
  const known = Object.keys(endpoint.params);
  const headers: Record<string, string> = { Accept: 'application/json', ...callerHeaders(endpoint.key, target.headers) };
  for (const name of Object.keys(given)) {
    if (!declares(endpoint, name)) {
      const hint = suggestName(name, known);
      throw new ValidationError(
        endpoint.key,
        name,
        known.length ? `one of ${known.join(', ')}` : 'no parameters',
        `is not a parameter of this endpoint${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
  }

  let path = endpoint.path;
  const query: [string, string][] = [];
  // No prototype: a parameter named `__proto__` is a plain field here, never the object's prototype.
  const body: Record<string, Scalar> = Object.create(null) as Record<string, Scalar>;
  for (const [name, spec] of Object.entries(endpoint.params)) {
    const trusted = target.trusted && Object.hasOwn(target.trusted, name) ? target.trusted[name] : undefined;
    const raw = trusted ?? (Object.hasOwn(given, name) ? given[name] : undefined);
    if (raw === undefined || raw === null) {
      if (spec.required) throw new ValidationError(endpoint.key, name, describeRequired(spec.in), 'is required');
      continue;
    }
    const value = trusted ?? validateParam(endpoint.key, name, spec, raw);
    const wire = spec.wire ?? name;
    if (spec.in === 'path') path = path.replace(`{${wire}}`, pathSegment(endpoint.key, name, String(value)));
    else if (spec.in === 'query') query.push([wire, String(value)]);
    else body[wire] = value;
  }

  checkOneOf(endpoint, given, target.trusted);
  for (const [name, value] of Object.entries(target.trusted ?? {})) {
    if (declares(endpoint, name)) continue;
    if (endpoint.method === 'GET') query.push([name, String(value)]);
    else body[name] = value;
  }

  for (const [name, raw] of Object.entries(target.extraParams ?? {})) {
    if (declares(endpoint, name)) {
      throw new ValidationError(endpoint.key, name, 'the regular params argument', 'is a known parameter, not an extra one');
    }
    if (raw === undefined || raw === null) continue;
    if (endpoint.method === 'GET' && typeof raw === 'object') {
      throw new ValidationError(endpoint.key, name, 'a string, number or boolean', 'cannot be sent in a query string');
    }
    const value = extraParamValue(endpoint.key, name, raw);
    if (endpoint.method === 'GET') query.push([name, String(value)]);
    else body[name] = value;
  }
  if (target.apiKey) headers[API_KEY_HEADER] = target.apiKey;
  if (endpoint.auth === 'apiKey+accountKey' && target.accountKey) headers[ACCOUNT_KEY_HEADER] = target.accountKey;

  const search = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const url = `${target.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  if (endpoint.method === 'GET') return { method: 'GET', url, headers };
  headers['Content-Type'] = 'application/json';
  return { method: endpoint.method, url, headers, body: JSON.stringify(body) };
}

/** Refuses a call that gives none of a one-of group (`username` or `user_id`): the API would answer 400. */
function checkOneOf(
  endpoint: EndpointDescriptor,
  given: Readonly<Record<string, unknown>>,
  trusted: Readonly<Record<string, Scalar>> | undefined,
): void {
  const present = (name: string) =>
    (Object.hasOwn(given, name) && given[name] !== undefined && given[name] !== null) ||
    (trusted !== undefined && Object.hasOwn(trusted, name));
  const unmet = unmetOneOf(endpoint, present);
  if (unmet) throw oneOfError(endpoint, unmet);
}

function describeRequired(location: string): string {
  return location === 'path' ? 'a value for the URL path' : 'a value';
}

/**
 * Encodes a path value so it can never leave its segment (`/`, `?`, `#` are escaped). URL parsers resolve
 * `.` and `..` even when percent-encoded, so those two values are refused outright.
 */
function pathSegment(endpoint: string, name: string, value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new ValidationError(endpoint, name, 'a value for the URL path', `cannot be ${JSON.stringify(value)}`);
  }
  return encodeURIComponent(value);
}
