import type { EndpointDescriptor } from '../endpoints/types.js';
import { ValidationError } from '../errors.js';

/** The first one-of group of the endpoint none of whose members is present, or undefined when every group is met. */
export function unmetOneOf(endpoint: EndpointDescriptor, present: (name: string) => boolean): readonly string[] | undefined {
  return endpoint.oneOf?.find((group) => !group.some(present));
}

/** The error for a call that gives none of a one-of group (`username` or `user_id`), named by its first member. */
export function oneOfError(endpoint: EndpointDescriptor, group: readonly string[]): ValidationError {
  const [first = '', ...others] = group;
  return new ValidationError(
    endpoint.key,
    first,
    `a value for one of ${group.join(', ')}`,
    `${others.map((name) => `or "${name}"`).join(' ')} is required (give at least one)`,
  );
}
