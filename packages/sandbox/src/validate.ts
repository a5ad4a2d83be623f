// Parameters checked against the endpoint descriptors, as the real API does: 400 with a `fields` map.
// Values arrive as text (path, query) or JSON (body) and are checked by the SDK's own rules. Unknown parameters are ignored.
import {
  type EndpointDescriptor,
  type ParamDescriptor,
  type Scalar,
  unmetOneOf,
  ValidationError,
  validateParam,
} from '@tokkit/core';
import { fieldsFailure } from './failures.js';

export type Params = Readonly<Record<string, Scalar>>;

export interface RequestParts {
  path: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: Readonly<Record<string, unknown>>;
}

function raw(spec: ParamDescriptor, wire: string, parts: RequestParts): unknown {
  if (spec.in === 'path') return parts.path[wire];
  if (spec.in === 'query') return parts.query.get(wire) ?? undefined;
  return parts.body[wire];
}

/**
 * Every declared parameter of the request, typed; throws the API's 400 when one is missing or malformed.
 * `skip` names parameters checked elsewhere (the paging value, which only has to be one the sandbox gave out).
 */
export function validateParams(endpoint: EndpointDescriptor, parts: RequestParts, skip: ReadonlySet<string>): Params {
  const params: Record<string, Scalar> = {};
  const missing: Record<string, string> = {};
  const invalid: Record<string, string> = {};
  for (const [name, spec] of Object.entries(endpoint.params)) {
    if (skip.has(name)) continue;
    const value = raw(spec, spec.wire ?? name, parts);
    if (value === undefined || value === null || value === '') {
      if (spec.required) missing[name] = `A valid ${name} is required.`;
      continue;
    }
    try {
      params[name] = validateParam(endpoint.key, name, spec, value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      invalid[name] = `Invalid ${name}: expected ${error.expected}.`;
    }
  }
  const given = (name: string) => {
    const spec = endpoint.params[name];
    const value = spec === undefined ? undefined : raw(spec, spec.wire ?? name, parts);
    return value !== undefined && value !== null && value !== '';
  };
  const unmet = unmetOneOf(endpoint, given);
  if (unmet) missing[unmet[0] ?? ''] = `A valid ${unmet.join(' or ')} is required.`;
  if (Object.keys(missing).length || Object.keys(invalid).length) throw fieldsFailure(missing, invalid);
  return params;
}
