// Parameters checked against the endpoint descriptors, as the real API does: 400 with a `fields` map.
// Values arrive as text (path, query) or JSON (body). Unknown parameters are ignored.
import type { EndpointDescriptor, ParamDescriptor, Scalar } from '@tokkit/core';
import { fieldsFailure } from './failures.js';

export type Params = Readonly<Record<string, Scalar>>;

export interface RequestParts {
  path: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: Readonly<Record<string, unknown>>;
}

const numericText = /^-?\d+(\.\d+)?$/;
const patterns = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

function expected(spec: ParamDescriptor): string {
  if (spec.enum) return `one of ${spec.enum.join(', ')}`;
  const parts: string[] = [];
  if (spec.type === 'number') parts.push('a number');
  else if (spec.type === 'boolean') parts.push('true or false');
  else parts.push('a string');
  if (spec.max !== undefined) parts.push(`at most ${spec.max}`);
  if (spec.min !== undefined) parts.push(`at least ${spec.min}`);
  if (spec.pattern) parts.push(`matching ${spec.pattern}`);
  return parts.join(', ');
}

function raw(spec: ParamDescriptor, wire: string, parts: RequestParts): unknown {
  if (spec.in === 'path') return parts.path[wire];
  if (spec.in === 'query') return parts.query.get(wire) ?? undefined;
  return parts.body[wire];
}

/** The value in typed form, or undefined when it does not fit the descriptor. */
function check(spec: ParamDescriptor, value: unknown): Scalar | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  if (spec.enum) return spec.enum.find((option) => String(option) === String(value));
  let typed: Scalar;
  if (spec.type === 'boolean') {
    if (typeof value === 'boolean') typed = value;
    else if (value === 'true' || value === 'false') typed = value === 'true';
    else return undefined;
    return typed;
  }
  if (spec.type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) typed = value;
    else if (typeof value === 'string' && numericText.test(value.trim())) typed = Number(value);
    else return undefined;
  } else if (typeof value === 'boolean') {
    if (spec.type === 'string') return undefined;
    typed = value;
  } else {
    typed = typeof value === 'number' && spec.type === 'string' ? String(value) : value;
  }
  const text = String(typed);
  const numeric = typeof typed === 'number' ? typed : numericText.test(text) ? Number(text) : undefined;
  if (spec.max !== undefined && numeric !== undefined && numeric > spec.max) return undefined;
  if (spec.min !== undefined && numeric !== undefined && numeric < spec.min) return undefined;
  if (spec.pattern && !pattern(spec.pattern).test(text)) return undefined;
  return typed;
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
    const typed = check(spec, value);
    if (typed === undefined) invalid[name] = `Invalid ${name}: expected ${expected(spec)}.`;
    else params[name] = typed;
  }
  if (Object.keys(missing).length || Object.keys(invalid).length) throw fieldsFailure(missing, invalid);
  return params;
}
