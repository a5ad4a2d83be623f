import type { ParamDescriptor, Scalar } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { isWellFormed } from './well-formed.js';

/** A value users may pass for a parameter. `bigint` keeps IDs above 2^53 exact. */
export type ParamInput = string | number | bigint | boolean;

const numericText = /^-?\d+(\.\d+)?$/;
const patternCache = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    patternCache.set(pattern, re);
  }
  return re;
}

function describe(spec: ParamDescriptor): string {
  if (spec.enum) return `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const parts: string[] = [];
  if (spec.type === 'number') parts.push('a number');
  else if (spec.type === 'boolean') parts.push('true or false');
  else if (spec.type === 'string') parts.push('a string');
  else parts.push('a string or number');
  if (spec.min !== undefined) parts.push(`>= ${spec.min}`);
  if (spec.max !== undefined) parts.push(`<= ${spec.max}`);
  if (spec.pattern) parts.push(`matching ${spec.pattern}`);
  return parts.join(' ');
}

/**
 * Checks one value against its descriptor and returns it in wire form:
 * a JSON value for bodies (numbers stay numbers, booleans stay booleans) that `String()` turns into query text.
 */
export function validateParam(endpoint: string, name: string, spec: ParamDescriptor, value: unknown): Scalar {
  const fail = (problem: string): never => {
    throw new ValidationError(endpoint, name, describe(spec), problem);
  };
  const received = (): string => `got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`;

  if (spec.enum) {
    const match = spec.enum.find((option) => option === value || String(option) === String(value));
    if (match === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
      return fail(`is not an accepted value (${received()})`);
    }
    return match;
  }

  let wire: Scalar;
  switch (spec.type) {
    case 'boolean':
      if (typeof value !== 'boolean') return fail(`must be a boolean (${received()})`);
      return value;
    case 'number':
      wire = toNumber(value) ?? fail(`must be a number (${received()})`);
      break;
    case 'string':
      wire = toText(value) ?? fail(`must be a string (${received()})`);
      break;
    default:
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number' && !Number.isFinite(value)) fail(`must be a finite number (got ${String(value)})`);
      wire = typeof value === 'number' ? value : (toText(value) ?? fail(`must be a string or number (${received()})`));
  }
  if (typeof wire === 'string' && !isWellFormed(wire)) fail('has a lone surrogate, which is not text');

  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    fail('is a number too large to be exact in JavaScript; pass it as a string or bigint');
  }
  const numeric = typeof wire === 'number' ? wire : numericText.test(wire) ? Number(wire) : undefined;
  if (spec.max !== undefined && numeric !== undefined && numeric > spec.max) fail(`is ${numeric}, above the maximum`);
  if (spec.min !== undefined && numeric !== undefined && numeric < spec.min) fail(`is ${numeric}, below the minimum`);
  // Characters as people count them: an emoji outside the BMP is one, not two UTF-16 units.
  const length = typeof wire === 'string' ? [...wire].length : 0;
  const { minLength = 0, maxLength = length } = spec;
  if (length < minLength || length > maxLength) fail(`is ${length} characters long, not ${minLength}-${maxLength}`);
  if (spec.pattern && !compiled(spec.pattern).test(String(wire))) fail(`does not have the expected form (${received()})`);
  return wire;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && numericText.test(value.trim())) return Number(value);
  if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(value);
  }
  return undefined;
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
