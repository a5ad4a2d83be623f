import type { EndpointDescriptor, HttpMethod, Scalar } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import type { PagingValues } from '../paginate/styles.js';
import { tikapi } from '../providers/tikapi.js';
import type { KeyHeader, ProviderDescriptor } from '../providers/types.js';
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
  /** Who serves the endpoint: how keys are sent. TikAPI when absent. */
  provider?: ProviderDescriptor | undefined;
}

export const API_KEY_HEADER = tikapi.keys.apiKey.header;
export const ACCOUNT_KEY_HEADER = tikapi.keys.accountKey.header;

const declares = (endpoint: EndpointDescriptor, name: string): boolean => Object.hasOwn(endpoint.params, name);

/**
 * Validates params against the descriptor and forms the exact HTTP request. Pure. `paging` holds the paging values
 * the server handed out (the cursor of the page to fetch): sent back as-is, never re-validated.
 */
export function buildRequest(
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, unknown>> | undefined,
  target: RequestTarget,
  paging?: PagingValues,
): BuiltRequest {
  const given = params ?? {};
  const { keys } = target.provider ?? tikapi;
  const keyHeaders = Object.values(keys).map((how: KeyHeader) => how.header);
  const headers: Record<string, string> = { Accept: 'application/json', ...callerHeaders(endpoint.key, target.headers, keyHeaders) };
  for (const name of Object.keys(given)) {
    if (!declares(endpoint, name)) {
      const known = Object.keys(endpoint.params);
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
  /** A value no descriptor param places: in the query of a GET, else in the body. */
  const unplaced = (name: string, value: Scalar) => {
    if (endpoint.method === 'GET') query.push([name, String(value)]);
    else body[name] = value;
  };
  for (const [name, spec] of Object.entries(endpoint.params)) {
    const trusted = paging && Object.hasOwn(paging, name) ? paging[name] : undefined;
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

  checkOneOf(endpoint, given, paging);
  for (const [name, value] of Object.entries(paging ?? {})) {
    if (!declares(endpoint, name)) unplaced(name, value);
  }

  for (const [name, raw] of Object.entries(target.extraParams ?? {})) {
    if (declares(endpoint, name)) {
      throw new ValidationError(endpoint.key, name, 'the regular params argument', 'is a known parameter, not an extra one');
    }
    if (raw === undefined || raw === null) continue;
    if (endpoint.method === 'GET' && typeof raw === 'object') {
      throw new ValidationError(endpoint.key, name, 'a string, number or boolean', 'cannot be sent in a query string');
    }
    unplaced(name, extraParamValue(endpoint.key, name, raw));
  }
  const sendKey = (how: KeyHeader | undefined, key: string | undefined) => {
    if (how && key) headers[how.header] = how.format.replace('{key}', key);
  };
  sendKey(keys.apiKey, target.apiKey);
  if (endpoint.auth === 'apiKey+accountKey') sendKey(keys.accountKey, target.accountKey);

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
  trusted: PagingValues | undefined,
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
