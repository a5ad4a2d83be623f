// Parameters checked against the endpoint descriptors, as the real APIs do. Values arrive as text (path, query) or
// JSON (body) and are checked by the SDK's own rules (the string length bounds included), plus the one-of groups. Unknown parameters are ignored. Each provider words the 400 its own way.
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

/** The outcome of checking a request: typed parameters, and what is missing or invalid (name -> message). */
export interface ParamCheck {
  readonly params: Params;
  readonly missing: Readonly<Record<string, string>>;
  readonly invalid: Readonly<Record<string, string>>;
}

function raw(spec: ParamDescriptor, wire: string, parts: RequestParts): unknown {
  if (spec.in === 'path') return parts.path[wire];
  if (spec.in === 'query') return parts.query.get(wire) ?? undefined;
  return parts.body[wire];
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** `1-500 characters`, `at least 3 characters`, `at most 64 characters`. */
export function lengthBounds(spec: ParamDescriptor): string | undefined {
  const { minLength: min, maxLength: max } = spec;
  if (min !== undefined && max !== undefined) return `${min}-${max} characters`;
  if (min !== undefined) return `at least ${min} characters`;
  if (max !== undefined) return `at most ${max} characters`;
  return undefined;
}

/**
 * Every declared parameter of the request, typed, with what is missing or malformed.
 * `skip` names parameters checked elsewhere (paging values, which only have to be ones the sandbox gave out).
 */
export function checkParams(endpoint: EndpointDescriptor, parts: RequestParts, skip: ReadonlySet<string>): ParamCheck {
  const params: Record<string, Scalar> = {};
  const missing: Record<string, string> = {};
  const invalid: Record<string, string> = {};
  for (const [name, spec] of Object.entries(endpoint.params)) {
    if (skip.has(name)) continue;
    const value = raw(spec, spec.wire ?? name, parts);
    // An empty string counts as absent below, unless the parameter has a minimum length it falls short of.
    if (value === '' && (spec.minLength ?? 0) > 0) {
      invalid[name] = `Invalid ${name}: expected a string of ${lengthBounds(spec) ?? ''} (got 0).`;
      continue;
    }
    if (isAbsent(value)) {
      if (spec.required) missing[name] = `A valid ${name} is required.`;
      continue;
    }
    try {
      // validateParam checks the length bounds too: a string it returns fits them.
      params[name] = validateParam(endpoint.key, name, spec, value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const bounds = lengthBounds(spec);
      invalid[name] = `Invalid ${name}: expected ${error.expected}${bounds ? ` of ${bounds}` : ''}.`;
    }
  }
  const given = (name: string) => {
    const spec = endpoint.params[name];
    return spec !== undefined && !isAbsent(raw(spec, spec.wire ?? name, parts));
  };
  const unmet = unmetOneOf(endpoint, given);
  if (unmet) missing[unmet[0] ?? ''] = `A valid ${unmet.join(' or ')} is required.`;
  return { params, missing, invalid };
}

/** TikAPI's way: every declared parameter, typed; throws its 400 with a `fields` map when one is missing or malformed. */
export function validateParams(endpoint: EndpointDescriptor, parts: RequestParts, skip: ReadonlySet<string>): Params {
  const { params, missing, invalid } = checkParams(endpoint, parts, skip);
  if (Object.keys(missing).length || Object.keys(invalid).length) throw fieldsFailure({ ...missing }, { ...invalid });
  return params;
}
