import type { Scalar } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';
import { isWellFormed } from './well-formed.js';

const EXPECTED = 'a string, a finite number, a boolean or a bigint';

/**
 * An `extraParams` value in wire form. Not checked against any descriptor, but it must be something a query
 * string and a JSON body can both carry: a bigint goes as its digits, anything else that is not a scalar is refused.
 */
export function extraParamValue(endpoint: string, name: string, value: unknown): Scalar {
  if (!isWellFormed(name)) throw new ValidationError(endpoint, name, 'a name that is valid Unicode', 'has a lone surrogate');
  switch (typeof value) {
    case 'string':
      if (!isWellFormed(value)) throw new ValidationError(endpoint, name, 'text that is valid Unicode', 'has a lone surrogate');
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new ValidationError(endpoint, name, EXPECTED, `is ${String(value)}, not a finite number`);
      return value;
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    default:
      throw new ValidationError(endpoint, name, EXPECTED, `cannot be sent (got ${value === null ? 'null' : typeof value})`);
  }
}
